import Extraction
import Testing

// "The two leaders" several sentences after the leaders' encounter, with a minister named
// since: the two people last named who lead a state, not the minister. "Monday's meeting would
// be ..." speaks of a meeting still to come. Own sentences and invented names.

private let report = """
    Samoan President Arnold Tavita plans to meet Fijian Prime Minister Josefa Rokobula next week.
    Rokobula confirmed the plan in a radio address.
    Tavita said he would travel with a small delegation.
    Relations between the islands have been cool since a fisheries quarrel.
    Fijian Foreign Minister Mele Vaka said on Sunday that the quarrel was behind them.
    """

@Test func theTwoLeadersOutOfReachAreTheLeadersNamedLast() {
    let f = extract(report + " Next week's meeting will be the two leaders' first encounter since the quarrel.", published: "2022-04-06")
    #expect(!f.meetings.contains { $0.participants.contains("Mele Vaka") })
    #expect(f.meetings.map { Set($0.participants) } == [["Arnold Tavita", "Josefa Rokobula"]])
}

@Test func aMeetingNounBeforeWouldIsStillToCome() {
    let f = extract(
        "Samoan President Arnold Tavita invited Fijian Prime Minister Josefa Rokobula to Apia. The meeting would be the two leaders' first in a year, officials said.",
        published: "2022-04-06")
    #expect(f.meetings.map { Set($0.participants) } == [["Arnold Tavita", "Josefa Rokobula"]])
    #expect(f.meetings.allSatisfy { $0.status == .planned })
}
