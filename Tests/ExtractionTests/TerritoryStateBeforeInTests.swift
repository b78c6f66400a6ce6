import Extraction
import Testing

// "A statement by several Arab states and Russia in Morocco questioned Iran's sovereignty over
// X": "Russia in Morocco" is no name of X in Morocco's usage ("known as Y to Russia" is). Invented
// islands between real states.

@Test func aStateBeforeInIsNoNameOfTheTerritory() {
    let f = extract(
        "He reacted to a joint statement issued by several Arab states and Russia in Morocco, which questioned Iran's sovereignty over the three islands of Marlow, Tessel and Kestrel. "
            + "The United Arab Emirates also claims the three islands.",
        published: "2023-12-23")
    #expect(!f.territories.isEmpty)
    #expect(f.territories.allSatisfy { !$0.names.map(\.name).contains("Russia") })
    #expect(f.territories.allSatisfy { !$0.claimants.contains("MAR") })
}

@Test func aNameBeforeToAStateIsStillThatStatesName() {
    let f = extract("The disputed island, known as Marlow to Gabon and Tessel to Equatorial Guinea, lies in the bay.", published: "2023-12-23")
    #expect(f.territories.first.map { Set($0.names.map(\.name)) }?.isSuperset(of: ["Marlow", "Tessel"]) == true)
}
