import Extraction
import Testing

// "On Tuesday the foreign ministry said that A and B would meet again soon": the day before a
// verb of saying whose "that" holds the meeting word is the day of the saying, not of the
// encounter. A day inside the report stays the encounter's. Own sentences.

@Test func theDayOfTheSayingIsNotTheEncounters() {
    let facts = extract(
        "On Tuesday the foreign ministry said that the envoys Pia Holm and Antti Salo would meet again soon.", published: "2017-09-06")
    #expect(facts.meeting("Pia Holm", "Antti Salo")?.date == nil)
    let described = extract(
        "Describing the summit again on Tuesday, the foreign ministry said that the two envoys, Pia Holm and Antti Salo, would meet again soon.",
        published: "2017-09-06")
    #expect(described.meeting("Pia Holm", "Antti Salo")?.date == nil)
}

/// A verb of reporting too: "On August 2, the press service reported that ... a call between A and B".
@Test func theDayOfTheReportingIsNotTheCalls() {
    let facts = extract(
        "On August 2, the presidential press service reported that President Ana Ruiz and President Jan Berg had spoken by telephone.",
        published: "2023-09-01")
    #expect(facts.meeting("Ana Ruiz", "Jan Berg") != nil)
    #expect(facts.meeting("Ana Ruiz", "Jan Berg")?.date == nil)
}

@Test func aDayInsideTheReportStaysTheEncounters() {
    let facts = extract(
        "The foreign ministry said that the envoys Pia Holm and Antti Salo would meet on Friday.", published: "2017-09-06")
    #expect(facts.meeting("Pia Holm", "Antti Salo")?.date == Day(iso: "2017-09-08"))
}
