import Extraction
import Testing

// "The secretary, who was on a trip abroad, was due to meet B": the role set off by a "who"
// aside is still the subject of the verb after it, and names the one holder. Invented names.

@Test func aRoleBeforeAWhoAsideIsTheSubjectItNames() {
    let f = extract(
        "US Secretary of State Mike Pollard abruptly cancelled a visit to Germany. "
            + "The secretary, who was in the midst of an overseas trip, was due to meet Chancellor Anna Kell and German Foreign Minister Tomas Berg.",
        published: "2019-05-07")
    #expect(f.meetings.allSatisfy { $0.participants.contains("Mike Pollard") })
    #expect(Set(f.meetings.flatMap(\.participants)) == ["Mike Pollard", "Anna Kell", "Tomas Berg"])
}
