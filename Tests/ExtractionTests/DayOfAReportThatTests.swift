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

@Test func aDayInsideTheReportStaysTheEncounters() {
    let facts = extract(
        "The foreign ministry said that the envoys Pia Holm and Antti Salo would meet on Friday.", published: "2017-09-06")
    #expect(facts.meeting("Pia Holm", "Antti Salo")?.date == Day(iso: "2017-09-08"))
}
