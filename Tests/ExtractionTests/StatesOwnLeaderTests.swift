import Extraction
import Testing

// "Russia's Putin", "China's Xi": a surname after a state's name that only that state's office
// holders carry is a person; a company after a state's name is not. Own sentences; the leaders'
// names are facts of the leaders table.

@Test func aLeadersSurnameAfterItsStateIsAPerson() {
    let f = extract("Russia's Putin and Turkey's Erdogan met in Sochi on Monday.", published: "2019-09-10")
    #expect(Set(f.people.map(\.name)) == ["Putin", "Erdogan"])
    #expect(f.people.first { $0.name == "Putin" }?.country == "RUS")
    #expect(f.meetings.map { Set($0.participants) } == [["Putin", "Erdogan"]])
}

@Test func aFamilyNameWrittenFirstIsTheLeadersSurname() {
    let f = extract("Observers said China's Xi had set the tone for the visit.", published: "2019-09-10")
    #expect(f.people.map(\.name) == ["Xi"])
    #expect(f.people.first?.country == "CHN")
}

@Test func aCompanyAfterItsStateIsNoPerson() {
    let f = extract("Russia's Gazprom and Japan's Toyota signed a deal in Sochi on Monday.", published: "2019-09-10")
    #expect(f.people.isEmpty)
}
