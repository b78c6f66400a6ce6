import Extraction
import Testing

// A report from a summit whose lead comes before its dateline, and "the two leaders" after an
// encounter of more than two. Own sentences and invented names.

@Test func aLeadBeforeTheDatelineTakesTheCityNamedForTheSummit() {
    let f = extract(
        """
        Prime Minister Ravi Menon held bilateral talks with Russian president Ivan Orlov on the sidelines of the summit

        New Delhi: "The prime minister set out our view at the summit," Foreign Secretary Vijay Rao said on Friday.

        Earlier in the day, Prime Minister Ravi Menon held bilateral talks with Russian president Ivan Orlov on the sidelines of the summit in Uzbekistan's Samarkand.
        """,
        published: "2022-09-16")
    #expect(!f.meetings.isEmpty)
    #expect(f.meetings.allSatisfy { Set($0.participants) == ["Ravi Menon", "Ivan Orlov"] && $0.place == "Samarkand" })
}

@Test func theTwoLeadersAfterAnEncounterOfFourAreItsFirstTwo() {
    let f = extract(
        """
        Prime Minister Ravi Menon held bilateral talks with Russian president Ivan Orlov, Iranian president Ali Karimi and Turkish president Kemal Aydin on the sidelines of the summit in Samarkand on Friday.

        Menon told Orlov that peace matters during the talks between the two leaders.
        """,
        published: "2022-09-16")
    let groups = f.meetings.map { Set($0.participants) }
    #expect(groups.allSatisfy { $0.count == 2 })
    #expect(Set(groups) == [["Ravi Menon", "Ivan Orlov"], ["Ravi Menon", "Ali Karimi"], ["Ravi Menon", "Kemal Aydin"]])
}
