import Extraction
import Testing

// Two sides failing to agree ("still disagree on the line", "have never agreed how to divide")
// present the listed territories of a sentence that itself speaks of borders, waters or territory
// as disputed. Listed names (Carlingford Lough, Tanjung Datu, Camar Bulan: rows of
// territories.tsv); sentences written for these tests.

@Test(arguments: [
    ("Carlingford Lough, on the Irish border, is a sea lough whose waters Britain and Ireland have never agreed how to divide.", ["Carlingford Lough"]),
    ("Officials from Indonesia and Malaysia still disagree on the border line at Tanjung Datu and Camar Bulan.", ["Camar Bulan", "Tanjung Datu"]),
])
func disagreementOnTheLineBesideAListedTerritoryIsADispute(_ text: String, _ names: [String]) {
    let f = extract(text)
    #expect(Set(f.territories.flatMap { $0.names.map(\.name) }) == Set(names))
    #expect(f.territories.allSatisfy { $0.claimants.count == 2 })
}

@Test(arguments: [
    // Disagreement over something else, in a sentence that does not speak of borders or waters.
    "Britain and Ireland met at Carlingford Lough and disagreed over tariffs.",
    "Indonesia and Malaysia met near Tanjung Datu and disagreed on palm oil prices.",
    // Borders, but no disagreement.
    "Ministers from Indonesia and Malaysia toured the border post at Tanjung Datu.",
])
func noDisagreementOnTheLineIsNoDispute(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

// In a clause said of a place no list knows, states that never agreed how to divide it, or
// disagree on its line, claim it; a disagreement over a venue or a choice does not. Invented
// places between real states.
@Test(arguments: [
    ("Patrols watch Kessa Ridge, a strip of land on the border that Peru and Chile have never agreed how to divide.", "Kessa Ridge"),
    ("Fishermen use Varno Bay, an inlet whose waters Britain and Ireland have never agreed how to divide.", "Varno Bay"),
])
func statesThatNeverAgreedHowToDivideAPlaceClaimIt(_ text: String, _ name: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.map(\.name) == [name])
    #expect(f.territories.first?.claimants.count == 2)
}

@Test(arguments: [
    "Delegates met at Kessa Lodge, a hotel that Peru and Chile disagreed about choosing.",
    "The talks were held in Tacna, a town near the border that Peru and Chile disagreed on as a venue.",
    "The prize went to Kessa Ridge, a film that Peru and Chile disagreed about for months.",
])
func aDisagreementOverAVenueOrAChoiceClaimsNoPlace(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
