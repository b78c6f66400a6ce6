import Extraction
import Testing

// An aside on the subject that reports an encounter of its own (", who met B in C on Monday,")
// keeps its own day, place and tense; the sentence's verb after it reports another. Sentences
// written for these tests.

@Test func anAsideEncounterAndTheSentencesOwnAreTwo() {
    let f = extract(
        "Estonian Foreign Minister Ivo Kasek, who held talks with Latvian Foreign Minister Aldo Perrin in Riga on Monday, will hold talks with Lithuanian Foreign Minister Rasa Petraite in Vilnius today.",
        published: "2011-02-16")
    let riga = f.meeting("Ivo Kasek", "Aldo Perrin")
    #expect(riga?.status == .held)
    #expect(riga?.date == Day(iso: "2011-02-14"))
    #expect(riga?.place == "Riga")
    let vilnius = f.meeting("Ivo Kasek", "Rasa Petraite")
    #expect(vilnius?.status == .planned)
    #expect(vilnius?.place == "Vilnius")
}

@Test func anAsideEncounterBeforeAVerbWithoutMeetingKeepsItsOwnDay() {
    let f = extract(
        "Estonian Foreign Minister Ivo Kasek, who held talks with Latvian Foreign Minister Aldo Perrin in Riga on Monday, is expected in Vilnius tomorrow.",
        published: "2011-02-16")
    let riga = f.meeting("Ivo Kasek", "Aldo Perrin")
    #expect(riga?.status == .held)
    #expect(riga?.date == Day(iso: "2011-02-14"))
}

@Test(arguments: [
    // The aside goes on after its comma: no cut there.
    "Estonian Foreign Minister Ivo Kasek, who phoned Latvian Foreign Minister Aldo Perrin first and, an hour later, Lithuanian Foreign Minister Rasa Petraite on Monday, said the calls had helped."
])
func anAsideThatGoesOnAfterItsCommaKeepsItsDay(_ text: String) {
    let f = extract(text, published: "2011-02-16")
    #expect(f.meeting("Ivo Kasek", "Rasa Petraite")?.date == Day(iso: "2011-02-14"))
}
