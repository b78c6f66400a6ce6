import Extraction
import Testing

// "rules out talks with B": a refusal, no meeting (guidelines); "ruling" without "out" is no
// refusal. Own sentences and invented names.

@Test func rulingOutAMeetingIsNoMeeting() {
    for sentence in [
        "President Ivo Marsh is ruling out talks with Ana Lutz, the leader of the opposition, after the vote.",
        "President Ivo Marsh rules out a meeting with opposition leader Ana Lutz.",
    ] {
        #expect(extract(sentence, published: "2024-10-31").meetings.isEmpty, "\(sentence)")
    }
    let f = extract("The ruling party's leader Ivo Marsh met opposition leader Ana Lutz on Monday.", published: "2024-10-31")
    #expect(f.meetings.map { Set($0.participants) } == [["Ivo Marsh", "Ana Lutz"]])
}
