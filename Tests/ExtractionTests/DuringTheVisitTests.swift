import Extraction
import Testing

// "During the visit, A also met B": the phrase refers back to the visit the report told, so
// the visit's city holds for encounters told that way even after a paragraph on what was said.
// Own sentences, fictional people.

private let visitReport = [
    "Foreign Minister Tomas Verlan met President Arno Kallas on Wednesday during his official visit to Tallinn.",
    "The meeting came a week after the elections.",
    "It aims to deepen trade ties, a spokesman said.",
    "The minister conveyed greetings from his president.",
    "President Kallas thanked him for the support.",
    "The two discussed regional security.",
    "On energy, the minister explained the position of his government.",
]

@Test func anEncounterToldDuringTheVisitIsInTheVisitCity() {
    let f = extract(
        (visitReport + ["During the visit, the Foreign Minister met Prime Minister Juris Ozols."]).joined(separator: " "),
        published: "2017-07-19")
    #expect(f.meeting("Tomas Verlan", "Juris Ozols")?.place == "Tallinn")
}

/// Without the reference back, an encounter a paragraph on is not placed by a visit told so
/// far before: the minister may have moved on.
@Test func anEncounterAParagraphOnWithoutTheVisitHasNoCityOfIt() {
    let f = extract(
        (visitReport + ["The Foreign Minister met Prime Minister Juris Ozols."]).joined(separator: " "),
        published: "2017-07-19")
    #expect(f.meeting("Tomas Verlan", "Juris Ozols")?.place == nil)
}
