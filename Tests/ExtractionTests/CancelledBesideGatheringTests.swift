import Extraction
import Testing

// A meeting called off beside the gathering the traveller was bound for leaves no encounter.
// Own sentences and invented names.

@Test func aMeetingCancelledOnTheWayToASummitLeavesNone() {
    let f = extract(
        "President John Reed flew to Chile for a summit on Thursday, canceling a meeting with Russian President Ivan Orlov.",
        published: "2018-11-29")
    #expect(f.meetings.isEmpty)
}

@Test func aMeetingAtTheSummitThatGoesAheadIsKept() {
    let f = extract(
        "President John Reed flew to Chile for a summit on Thursday and met Russian President Ivan Orlov there.",
        published: "2018-11-29")
    #expect(f.meetings.map { Set($0.participants) } == [["John Reed", "Ivan Orlov"]])
}
