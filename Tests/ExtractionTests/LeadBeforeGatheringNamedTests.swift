import Extraction
import Testing

// A report from a forum whose lead comes before its dateline, and "the two leaders" after an
// encounter of more than two. Own sentences and invented names.

@Test func aLeadBeforeTheDatelineTakesTheCityNamedForTheSummit() {
    let f = extract(
        """
        Chancellor Ida Brandt held bilateral talks with Bolivian president Luis Morel on the margins of the summit

        Lima: "The chancellor made her case at the summit," spokesman Jon Holt said on Tuesday.

        Before lunch, Chancellor Ida Brandt held bilateral talks with Bolivian president Luis Morel on the margins of the summit in Peru's Cusco.
        """,
        published: "2022-09-16")
    #expect(!f.meetings.isEmpty)
    #expect(f.meetings.allSatisfy { Set($0.participants) == ["Ida Brandt", "Luis Morel"] && $0.place == "Cusco" })
}

@Test func theTwoLeadersAfterAnEncounterOfFourAreItsFirstTwo() {
    let f = extract(
        """
        Chancellor Ida Brandt held bilateral talks with Bolivian president Luis Morel, Chilean president Ana Ruiz and Peruvian president Tomas Vidal at the summit in Cusco on Tuesday.

        Brandt told Morel that trade matters during the talks between the two leaders.
        """,
        published: "2022-09-16")
    let groups = f.meetings.map { Set($0.participants) }
    #expect(groups.allSatisfy { $0.count == 2 })
    #expect(Set(groups) == [["Ida Brandt", "Luis Morel"], ["Ida Brandt", "Ana Ruiz"], ["Ida Brandt", "Tomas Vidal"]])
}
