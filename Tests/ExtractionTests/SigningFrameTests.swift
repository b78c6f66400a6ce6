import Extraction
import Testing

// Two states' signing told with a day and a place, naming no one, frames the encounters of their
// people named next, as an unnamed report of talks does. Sentences written for these tests.

@Test func theSigningsDayAndPlaceGoToTheEncounterOfItsPeople() {
    let f = extract(
        "In Stockholm yesterday Estonia and Latvia signed a pact on fishing quotas.\n\nThe Estonian text was signed by Prime Minister Ivo Kasek. Swedish Foreign Minister Aldo Perrin hosted Kasek for talks ahead of the signing.",
        published: "2003-02-08")
    let m = f.meeting("Ivo Kasek", "Aldo Perrin")
    #expect(m?.date == Day(iso: "2003-02-07"))
    #expect(m?.place == "Stockholm")
}

@Test func aSigningHereIsInTheDatelineCity() {
    let f = extract(
        "TARTU (Wire) - A rail treaty was signed here on Wednesday by Estonia and Latvia.\n\nPrime Minister Rasa Petraite held talks with Foreign Minister Ivo Kasek of Estonia and Foreign Minister Aldo Perrin of Latvia after the ink dried.",
        published: "2010-09-16")
    let m = f.meetings.first { $0.participants.contains("Rasa Petraite") }
    #expect(m?.date == Day(iso: "2010-09-15"))
    #expect(m?.place == "Tartu")
}

@Test func aSigningOfOtherStatesFramesNoOne() {
    let f = extract(
        "In Oslo yesterday Norway and Sweden signed a pact on fishing quotas.\n\nEstonian Prime Minister Ivo Kasek held talks with Latvian Foreign Minister Aldo Perrin.",
        published: "2003-02-08")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.date == nil)
}
