import Extraction
import Testing

// "The two leaders" after an encounter of ministers and a sentence naming two heads of state:
// the heads, not the ministers. And "the anticipated meeting" is a plan. Invented names.

@Test func theTwoLeadersAreTheHeadsNamedLastNotTheMinistersMet() {
    let f = extract(
        "The reason for postponing the meeting between Estonian Foreign Minister Arno Velt and Latvian Foreign Minister Ivo Kalns was unclear. "
            + "The anticipated meeting between Velt and Kalns was considered the key step for the second summit this year between Estonian President Mari Tamm and Latvian President Juris Ozols. "
            + "The two leaders agreed in a phone call last Thursday to meet soon in Vilnius.",
        published: "2025-10-21")
    #expect(f.meetings.contains { Set($0.participants) == ["Mari Tamm", "Juris Ozols"] && $0.mode == .call })
    #expect(!f.meetings.contains { Set($0.participants) == ["Arno Velt", "Ivo Kalns"] && $0.mode == .call })
}

@Test func theTwoLeadersAfterHeadsWhoMetAreThoseHeads() {
    let f = extract(
        "Estonian President Mari Tamm met Latvian President Juris Ozols in Riga on Monday. Lithuanian President Rita Dauksa and Polish President Jan Nowak were not there. "
            + "The two leaders discussed energy.",
        published: "2025-10-21")
    #expect(!f.meetings.contains { Set($0.participants) == ["Rita Dauksa", "Jan Nowak"] })
}

@Test func anAnticipatedMeetingIsPlanned() {
    let f = extract(
        "The anticipated meeting between Estonian Foreign Minister Arno Velt and Latvian Foreign Minister Ivo Kalns was considered a key step.",
        published: "2025-10-21")
    #expect(f.meetings.map(\.status) == [.planned])
}
