import Extraction
import Testing

// "Talking to B, A said ...", "Meeting B, A stressed ...": a participle of meeting that opens the
// sentence has the speaker after its comma as its subject. Sentences written for these tests.

@Test(arguments: ["Talking to", "Meeting", "Talking with"])
func aParticipleOfMeetingOpeningTheSentenceMeetsTheSpeaker(_ opener: String) {
    let body = "\(opener) Foreign Minister Hakan Fidan of Turkey, Foreign Minister Ishaq Dar of Pakistan said the two countries would deepen trade."
    let f = extract(body, published: "2024-05-10")
    #expect(f.pairs == [["Hakan Fidan", "Ishaq Dar"]])
    #expect(f.meeting("Hakan Fidan", "Ishaq Dar")?.status == .held)
}

@Test func talkingToThePressMeetsNoOne() {
    let body = "Talking to reporters, Foreign Minister Ishaq Dar of Pakistan said Foreign Minister Hakan Fidan of Turkey had written to him."
    #expect(extract(body, published: "2024-05-10").meetings.isEmpty)
}
