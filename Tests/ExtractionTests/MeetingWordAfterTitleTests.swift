import Extraction
import Testing

// A meeting word or a body's noun alone after a title is no person: "the Pacific Leaders
// Meeting", "the Leader of the Nation". Invented names.

@Test func aMeetingNamedAfterItsLeadersIsNoPerson() {
    let f = extract(
        "Prime Minister Tomas Berg will leave tomorrow, and his seat at the Island Leaders Meeting will be taken by Minister Anna Kell, who arrived today.",
        published: "2025-09-10")
    #expect(!f.people.contains { $0.name == "Meeting" })
}

@Test func theLeaderOfTheNationIsATitleNotAName() {
    let f = extract(
        "On September 14, in the capital, the Founder of Peace and Unity — Leader of the Nation, President of Estonia, Honorable Tomas Berg, met with the President of Latvia, Honorable Ivo Kalns.",
        published: "2023-09-14")
    #expect(!f.people.contains { $0.name == "Nation" })
    #expect(f.meetings.map { Set($0.participants) } == [["Tomas Berg", "Ivo Kalns"]])
}
