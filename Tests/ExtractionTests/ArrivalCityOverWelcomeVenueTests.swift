import Extraction
import Testing

// The city the sentence before names for an arrival comes before the venue of the welcome
// (guidelines: the city, else the venue). Own sentences and invented names.

@Test func theArrivalCityOfTheSentenceBeforeComesBeforeTheAirport() {
    let f = extract(
        """
        President Ramon Cruz arrived in Jakarta on the evening of 8 September from the summit in Vientiane.
        He was met at the Halim airport by Ambassador Lumen Reyes and Minister Budi Santoso.
        """,
        published: "2016-09-09")
    #expect(f.meeting("Ramon Cruz", "Budi Santoso")?.place == "Jakarta")
}

@Test func aWelcomeAtAnAirportWithNoCityToldKeepsTheAirport() {
    let f = extract(
        "President Ramon Cruz was met at the Halim airport by Minister Budi Santoso on Thursday.",
        published: "2016-09-09")
    #expect(f.meeting("Ramon Cruz", "Budi Santoso")?.place == "Halim airport")
}
