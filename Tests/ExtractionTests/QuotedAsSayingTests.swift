import Extraction
import Testing

// "A quoted B as saying ...": A passes on B's words and takes no part in the encounter B speaks
// of. Own sentences and invented people.

@Test func whoQuotesAnotherIsNoParticipant() {
    let f = extract("Presidential spokesman Tomas Varga quoted President Elena Marsh as saying the talks had gone well.", published: "2014-03-05")
    #expect(f.meetings.isEmpty)
    let both = extract(
        "Spokesman Tomas Varga quoted Prime Minister Ivo Radek as saying his talks with President Elena Marsh had gone well.", published: "2014-03-05")
    #expect(both.pairs == [["Elena Marsh", "Ivo Radek"]])
}
