import Extraction
import Testing

// "bilateral" is a meeting only as a noun ("held a bilateral with B"); before a noun of trade or
// relations it is their adjective. Own sentences and invented names.

@Test func bilateralBeforeANounOfTradeIsNoPlannedMeeting() {
    let f = extract(
        "President Sara Lind telephoned Lam Van Duc, Prime Minister of Laos, on Tuesday. "
            + "Both leaders agreed on room to raise bilateral commerce in farm goods.",
        published: "2020-04-13")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.status == .held)
}

@Test func bilateralAsANounOrBeforeTalksIsStillAMeeting() {
    for sentence in [
        "President Ana Morel held a bilateral with Prime Minister Joe Tam in Lima on Friday.",
        "President Ana Morel held bilateral talks with Prime Minister Joe Tam in Lima on Friday.",
        "President Ana Morel and Prime Minister Joe Tam will hold a bilateral on the sidelines in Lima on Friday.",
    ] {
        let f = extract(sentence, published: "2020-04-13")
        #expect(f.meetings.map { Set($0.participants) } == [["Ana Morel", "Joe Tam"]], "\(sentence)")
    }
}
