import Extraction
import Testing

// Two states' signing told with a day and a place, naming no one, frames the encounters of their
// people named next, as an unnamed report of talks does. Sentences written for these tests.

@Test func theSigningsDayAndPlaceGoToTheEncounterOfItsPeople() {
    let f = extract(
        "Estonia and Latvia yesterday signed an agreement on the sea border in Stockholm.\n\nPrime Minister Ivo Kasek signed for Estonia. The Swedish Foreign Minister, Aldo Perrin, held talks with Kasek before the ceremony.",
        published: "2003-02-08")
    let m = f.meeting("Ivo Kasek", "Aldo Perrin")
    #expect(m?.date == Day(iso: "2003-02-07"))
    #expect(m?.place == "Stockholm")
}

@Test func aSigningHereIsInTheDatelineCity() {
    let f = extract(
        "TARTU (Wire) - Estonia and Latvia signed a treaty here on Wednesday.\n\nForeign Ministers Ivo Kasek and Aldo Perrin signed the treaty in the presence of Prime Minister Rasa Petraite, who had talks with Kasek beforehand.",
        published: "2010-09-16")
    let m = f.meetings.first { $0.participants.contains("Rasa Petraite") }
    #expect(m?.date == Day(iso: "2010-09-15"))
    #expect(m?.place == "Tartu")
}

@Test func aSigningOfOtherStatesFramesNoOne() {
    let f = extract(
        "Norway and Sweden yesterday signed an agreement on fisheries in Oslo.\n\nEstonian Prime Minister Ivo Kasek held talks with Latvian Foreign Minister Aldo Perrin.",
        published: "2003-02-08")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.date == nil)
}
