import Extraction
import Testing

// "A received B, who had arrived in C leading a delegation, in the X palace complex": the city the
// aside brings the guest to is the encounter's, before the venue (guidelines: the city, else the
// venue). An aside that only speaks of a city is not. Invented names.

@Test func theCityAnArrivalAsideNamesComesBeforeTheVenue() {
    let f = extract(
        "Latvian President Ivo Kalns received Arno Velt, Foreign Minister of Estonia, who had arrived in Riga leading a delegation to a commission meeting, in the Oguzkhan palace complex.",
        published: "2011-07-22")
    #expect(f.meetings.map(\.place) == ["Riga"])
}

@Test func aCitySpokenOfInAnAsideIsNoPlaceOfTheEncounter() {
    let f = extract(
        "Latvian President Ivo Kalns received Estonian Foreign Minister Arno Velt, who told him that no government in Tallinn would agree, at the Oguzkhan palace complex.",
        published: "2011-07-22")
    #expect(f.meetings.first?.place != "Tallinn")
}
