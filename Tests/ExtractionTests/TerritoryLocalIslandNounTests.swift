import Extraction
import Testing

// Names of islands in the languages of the place often close in a lowercase noun for island
// ("Zlatni otok", "Kardak adası"): the noun is a word of the name, as "Island" is in English.
// Sentences written for these tests, with fictional places.

@Test(arguments: [
    (
        "Serbian river police detained two Croatian anglers near Veliki otok, the wooded river island that Serbs call Velika Ada.", "Veliki otok",
        ["HRV", "SRB"]
    ),
    ("Greece and Turkey both claim Kaya adası, a rocky islet off the coast.", "Kaya adası", ["GRC", "TUR"]),
])
func aNameClosingInALocalNounForIslandIsTheTerritory(_ text: String, _ name: String, _ claimants: [String]) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.map(\.name).contains(name) == true)
    #expect(f.territories.first?.claimants == claimants)
}

@Test(arguments: [
    "Croatian and Serbian teachers said the word otok means island in their languages.",
    "Serbian and Croatian anglers fished near Veliki otok all summer without trouble.",
])
func aLocalNounForIslandAloneSaysNoDispute(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

/// A Bengali "char" is an island of silt in a river; "disputes on" it are disputes over it, and
/// the river border of the sentence is the territory's context.
@Test func disputesOnACharAreATerritorialDispute() {
    let f = extract(
        "The disputes on Tarvi Char began when surveyors from Bangladesh and India tried to fix the midstream of the river.",
        published: "2019-10-14")
    #expect(f.territories.first?.names.map(\.name) == ["Tarvi Char"])
    #expect(f.territories.first?.claimants == ["BGD", "IND"])
}

/// A dispute "on" something that is no land is none: the quarrel words need a place.
@Test func aDisputeOnAPolicyIsNoTerritory() {
    #expect(extract("Bangladesh and India settled their dispute on Visa Rules after two rounds of talks.", published: "2019-10-14").territories.isEmpty)
}
