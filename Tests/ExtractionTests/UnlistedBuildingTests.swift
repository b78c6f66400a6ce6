import Extraction
import Testing

// After "at", a capitalised name that no list knows and that ends its phrase is a building's
// name (a town takes "in"): the venue of the encounter when no city is named for it, and a venue
// beside a city when the encounter is told again elsewhere. Own sentences, invented buildings.

@Test func anUnlistedNameAfterAtIsTheVenue() {
    let f = extract(
        """
        President Lena Moreau received Foreign Minister Kofi Adjei at Vellamora yesterday.
        """, published: "2024-03-07")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Vellamora")
    let g = extract(
        """
        Prime Minister Ivo Petrov called on President Dara Quinn at the Korsovar-e-Dan, the presidential office, on Monday.
        """, published: "2024-03-07")
    #expect(g.meeting("Ivo Petrov", "Dara Quinn")?.place == "Korsovar-e-Dan")
}

@Test func aCityNamedForTheEncounterStillComesBeforeTheBuilding() {
    let f = extract(
        """
        President Lena Moreau received Foreign Minister Kofi Adjei at Vellamora in Warsaw on Tuesday.
        """, published: "2024-03-07")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Warsaw")
}

/// Not a building: a capitalised word that qualifies the noun after it, a possessive, a day, a
/// title, a state, an organisation.
@Test func aCapitalisedWordBeforeItsNounOrAnInvitationIsNoBuilding() {
    let f = extract(
        """
        President Lena Moreau received Foreign Minister Kofi Adjei at the Presidential lounge of the airport on Tuesday.
        """, published: "2024-03-07")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == nil)
    let g = extract(
        """
        Prime Minister Ivo Petrov met President Dara Quinn at Petrov's invitation on Monday.
        """, published: "2024-03-07")
    #expect(g.meeting("Ivo Petrov", "Dara Quinn")?.place == nil)
    let h = extract(
        """
        Prime Minister Ivo Petrov met President Dara Quinn at NATO on Monday.
        """, published: "2024-03-07")
    #expect(h.meeting("Ivo Petrov", "Dara Quinn")?.place == nil)
}

/// "the talks at Vellamora" told after the visit's city: one encounter, in the city.
@Test func aBuildingToldElsewhereStandsInTheCityOfTheVisit() {
    let f = extract(
        """
        Foreign Minister Lena Moreau travelled to Lisbon on Monday for talks with Foreign Minister Kofi Adjei.
        The two ministers spoke for two hours.
        A photograph showed Moreau and Adjei before their meeting at Vellamora.
        """, published: "2024-03-07")
    let pair = f.meetings.filter { Set($0.participants) == ["Lena Moreau", "Kofi Adjei"] }
    #expect(pair.count == 1)
    #expect(pair.first?.place == "Lisbon")
}

/// "at his residence in Baluwatar": a building told by its kind, in a town or quarter no list
/// knows, is placed in that town; a name that goes on past it is no town read whole.
@Test func aBuildingsKindInAnUnlistedTownGivesTheTown() {
    let f = extract(
        """
        President Lena Moreau received Foreign Minister Kofi Adjei at her official residence in Marrowvale on Tuesday.
        """, published: "2024-03-07")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Marrowvale")
    let g = extract(
        """
        Prime Minister Ivo Petrov met President Dara Quinn at the defence ministry in Dov el-Rasa on Monday.
        """, published: "2024-03-07")
    #expect(g.meeting("Ivo Petrov", "Dara Quinn")?.place == nil)
}
