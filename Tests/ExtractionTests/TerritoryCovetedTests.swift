import Extraction
import Testing

// A state that covets land another state holds quarrels over it as one that claims it does.
// Invented places between real states.

@Test(arguments: [
    "Venezuela has long coveted the Tessan region, which Guyana administers.",
    "Venezuela covets the Tessan region, which is administered by Guyana.",
])
func landCovetedFromItsHolderIsDisputed(_ text: String) {
    let f = extract(text, published: "2021-03-10")
    #expect(f.territories.map { Set($0.claimants) } == [["VEN", "GUY"]])
    #expect(f.territories.first?.controlledBy == "GUY")
}

@Test(arguments: [
    "Investors have long coveted the Chinese market, which Beijing controls tightly.",
    "Ruritania has coveted the Olympic medal for decades, and Germany won it again.",
])
func aCovetedThingThatIsNoLandIsNoTerritory(_ text: String) {
    #expect(extract(text, published: "2021-03-10").territories.isEmpty)
}
