import Extraction
import Testing

// The city the sentence before names for an arrival comes before the venue of the welcome
// (guidelines: the city, else the venue). Own sentences and invented names.

@Test func theArrivalCityOfTheSentenceBeforeComesBeforeTheAirport() {
    let f = extract(
        """
        President Ramon Cruz landed in Jakarta late on Tuesday after a forum in Manila.
        He was welcomed at the Halim airport by Minister Budi Santoso and Ambassador Lumen Reyes.
        """,
        published: "2016-09-09")
    #expect(f.meeting("Ramon Cruz", "Budi Santoso")?.place == "Jakarta")
}

@Test func aWelcomeAtAnAirportWithNoCityToldKeepsTheAirport() {
    let f = extract(
        "Minister Budi Santoso welcomed President Ramon Cruz at the Halim airport on Thursday.",
        published: "2016-09-09")
    #expect(f.meeting("Ramon Cruz", "Budi Santoso")?.place == "Halim airport")
}
