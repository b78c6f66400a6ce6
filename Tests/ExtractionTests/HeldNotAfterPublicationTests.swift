import Extraction
import Testing

// A held encounter took place by the publication date (guidelines): no day after it is lent to
// one, whatever plan or leave-taking nearby names a day to come. Invented names.

@Test func aHeldEncounterIsNeverDatedAfterPublication() {
    let f = extract(
        "Prime Minister Tomas Berg will not be part of the leaders retreat tomorrow. "
            + "Mr Berg will leave tomorrow, and his seat in the Island Leaders Forum will be taken over by Minister Anna Kell. "
            + "Mr Berg held several bilateral meetings on the margins of the Forum. "
            + "He met his Latvian counterpart, Ivo Kalns, and Lithuanian Prime Minister Rita Dauksa.",
        published: "2025-09-10")
    let held = f.meetings.filter { $0.status == .held }
    #expect(!held.isEmpty)
    #expect(held.allSatisfy { $0.date.map { $0 <= Day(iso: "2025-09-10")! } ?? true })
}

@Test func aHeldEncounterOnItsOwnDayKeepsIt() {
    let f = extract("Estonian Prime Minister Tomas Berg met Latvian Prime Minister Ivo Kalns in Riga on Tuesday.", published: "2025-09-10")
    #expect(f.meetings.first?.date == Day(iso: "2025-09-09"))
}
