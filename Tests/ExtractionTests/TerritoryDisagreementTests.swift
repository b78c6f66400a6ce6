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
