import Extraction
import Testing

// A meeting called off beside the gathering the traveller was bound for leaves no encounter.
// Own sentences and invented names.

@Test func aMeetingCancelledOnTheWayToASummitLeavesNone() {
    let f = extract(
        "Chancellor Ida Brandt left for Peru for a summit on Friday, canceling a planned meeting with Bolivian President Luis Morel.",
        published: "2018-11-29")
    #expect(f.meetings.isEmpty)
}

@Test func aMeetingAtTheSummitThatGoesAheadIsKept() {
    let f = extract(
        "Chancellor Ida Brandt left for Peru for a summit on Friday and met Bolivian President Luis Morel there.",
        published: "2018-11-29")
    #expect(f.meetings.map { Set($0.participants) } == [["Ida Brandt", "Luis Morel"]])
}
