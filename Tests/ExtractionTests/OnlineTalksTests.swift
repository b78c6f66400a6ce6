import Extraction
import Testing

// "online" before a meeting noun or right after the meeting word makes the encounter a call;
// elsewhere in the report it says nothing of the means. Own sentences and invented names.

@Test func talksHeldOnlineAreACall() {
    for sentence in [
        "Secretary Ivo Marsh held online discussions with President Ana Lutz on Monday.",
        "Secretary Ivo Marsh and President Ana Lutz met online on Monday.",
    ] {
        #expect(extract(sentence, published: "2021-11-15").meetings.map(\.mode) == [.call], "\(sentence)")
    }
    let f = extract("Secretary Ivo Marsh met President Ana Lutz in Lima on Monday. The talks were streamed online.", published: "2021-11-15")
    #expect(f.meetings.map(\.mode) == [.inPerson])
}
