import Extraction
import Testing

// Rows of territories.tsv added or split in the thirteenth round, from the documented lists of
// territorial disputes: North Rock is an islet of its own beside Machias Seal Island, both claimed
// by Canada and the United States; the Marouini River Tract (Suriname and France) and Kpéaba
// (Guinea and Côte d'Ivoire). Sentences written for these tests.

@Test func northRockIsATerritoryApartFromMachiasSealIsland() {
    let f = extract("Canada and the United States both claim Machias Seal Island and the smaller North Rock, and fishermen from both argue over the waters.")
    let names = Set(f.territories.flatMap { $0.names.map(\.name) })
    #expect(f.territories.count == 2)
    #expect(names == ["Machias Seal Island", "North Rock"])
    #expect(f.territories.allSatisfy { $0.claimants == ["CAN", "USA"] })
}

@Test func newlyListedDisputesAreFoundWithTheirClaimantsAndHolder() {
    let marouini = extract("Suriname renewed its claim to the Marouini River Tract, which France administers, in talks in Paramaribo.")
    #expect(marouini.territories.first?.names.first?.name == "Marouini River Tract")
    #expect(marouini.territories.first?.claimants == ["FRA", "SUR"])
    #expect(marouini.territories.first?.controlledBy == "FRA")
    let kpeaba = extract("Guinean soldiers withdrew from Kpeaba, the disputed village that Côte d'Ivoire says lies on its side of the border.")
    #expect(kpeaba.territories.first?.claimants == ["CIV", "GIN"])
    // Named as a place where something happened, it is no territory.
    #expect(extract("Farmers from Guinea and Côte d'Ivoire sold rice at the market in Kpeaba on Tuesday.").territories.isEmpty)
}

// The fourteenth round split `Camar Bulan|Tanjung Datu` into two rows (news report the two areas of
// the Indonesia–Malaysia land border apart) and gave the Marouini River Tract the name built on the
// Litani, the river France takes for the border.
@Test func camarBulanAndTanjungDatuAreTwoTerritories() {
    let f = extract("Indonesia and Malaysia both claim Camar Bulan and Tanjung Datu, on their land border in Borneo.")
    #expect(f.territories.count == 2)
    #expect(Set(f.territories.flatMap { $0.names.map(\.name) }) == ["Camar Bulan", "Tanjung Datu"])
    let marouini = extract("Suriname raised its claim to the Litani-Marouini triangle, which France administers.")
    #expect(marouini.territories.first?.claimants == ["FRA", "SUR"])
    #expect(marouini.territories.first?.controlledBy == "FRA")
}
