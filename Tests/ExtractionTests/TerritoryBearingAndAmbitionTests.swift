import Extraction
import Testing

// Less-known disputes told in ways the earlier patterns missed: a bearing from another place
// between a name and its claimants ("X, west of the Y islands, is disputed by A and B"), a state's
// "designs on" land, a border "pocket", and a feature at sea said to lie within a state's exclusive
// economic zone. Sentences written for these tests, with invented places between real states.

@Test(arguments: [
    ("Marlow Shoal, west of the Kestrel Islands, is disputed by Vietnam, China, Malaysia and Brunei.", "Marlow Shoal", 4),
    ("Marlow Shoal, about 100 km west of Palawan, is claimed by both China and the Philippines.", "Marlow Shoal", 2),
    ("Tessan Rock, some 40 nautical miles north-east of the cape, is claimed by Japan and South Korea.", "Tessan Rock", 2),
])
func aBearingAsideDoesNotHideTheNameClaimed(_ text: String, _ name: String, _ claimants: Int) {
    let f = extract(text)
    #expect(f.territories.map { $0.names.map(\.name) } == [[name]])
    #expect(f.territories.first?.claimants.count == claimants)
}

@Test func designsOnLandAreAClaim() {
    let f = extract("Djibouti accused Eritrea of having designs on the Fennel Hills, a strip of land on their shared border.")
    #expect(f.territories.first?.names.first?.name == "Fennel Hills")
    #expect(f.territories.first?.claimants == ["DJI", "ERI"])
}

@Test func aBorderPocketClosesATerritorysName() {
    let f = extract("Serbia and Croatia both say the Tornja pocket is theirs.")
    #expect(f.territories.first?.names.map(\.name).contains("Tornja pocket") == true)
    #expect(f.territories.first?.claimants == ["HRV", "SRB"])
}

@Test func aFeatureWithinAStatesEconomicZoneIsClaimed() {
    let f = extract("Vietnam says Larkin Reef lies within its exclusive economic zone. China disagrees.")
    #expect(f.territories.first?.names.first?.name == "Larkin Reef")
    #expect(f.territories.first?.claimants == ["CHN", "VNM"])
}

@Test(arguments: [
    // Designs and markets, pockets of fighters, waters with no feature named: no territory.
    "The Chinese firm has designs on the European market, and Germany worries about its plans for the border region.",
    "The Chinese firm is in a row over the Asian market, and Germany worries about the border region.",
    "The governor has designs on the presidency of Kenya.",
    "Rebels still hold pockets of resistance near the border with Syria.",
    "Indonesia says the fishing grounds lie within its exclusive economic zone.",
])
func ambitionsAndPocketsWithoutLandAreNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

@Test func aListedNameWithALowercaseNounOfLandIsAlsoNamedAsWritten() {
    // The list knows "Kalapani"; the body writes "the Kalapani region", a name of its own.
    let f = extract("Nepal renewed its protest over the Kalapani region, which India holds and Nepal claims.")
    #expect(f.territories.first?.names.map(\.name).contains("Kalapani region") == true)
}

@Test(arguments: [
    "Myanmar troops set up a camp at Tessan village in India's Manipur state, claiming that the land was rightly theirs.",
    "Myanmar troops set up a camp at Tessan village in the Chandel district of India, claiming that the land was rightly theirs.",
])
func theLandClaimedRefersToTheVillageNamedFirst(_ text: String) {
    let f = extract(text)
    #expect(f.territories.map { $0.names.first?.name } == ["Tessan"])
    #expect(f.territories.first?.claimants == ["IND", "MMR"])
}

@Test(arguments: [
    "Farmers from Tessan village in Manipur sold the land, saying it belonged to their grandfather.",
    "The house at Tessan village once belonged to India's first prime minister.",
])
func landThatBelongedToAPersonIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

@Test(arguments: [
    "Chinese and Philippine ships faced off again. Marlow Shoal, about 100 km west of Palawan, is disputed territory.",
    "Chinese and Philippine ships faced off again. Marlow Shoal, west of the Kestrel Islands, has long been a disputed reef.",
])
func aBearingAsideDoesNotHideTheNameSaidToBeDisputed(_ text: String) {
    #expect(extract(text).territories.map { $0.names.map(\.name) } == [["Marlow Shoal"]])
}

@Test(arguments: [
    "Venezuelan troops crossed into the Tessan area, which Guyana considers its sovereign territory.",
    "Guyana considers the Tessan area its sovereign territory, but Venezuela claims it.",
])
func aStateConsideringAPlaceItsSovereignTerritoryClaimsIt(_ text: String) {
    let f = extract(text)
    #expect(f.territories.first?.names.first?.name == "Tessan")
    #expect(f.territories.first?.claimants == ["GUY", "VEN"])
}

@Test func aStateConsideringAPlaceItsNationalParkClaimsNothing() {
    #expect(extract("Guyana considers the Tessan area its national park, and Venezuelan tourists visit it.").territories.isEmpty)
}
