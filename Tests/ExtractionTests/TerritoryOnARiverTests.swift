import Extraction
import Testing

// "X Island in the Y River, which both countries claim": the river is where the place lies, and
// the clause claims the place before it. A river itself, or a known city on it, is no territory.
// Sentences written for these tests, with invented places between real states.

@Test(arguments: [
    ("Soldiers from Benin and Niger clashed on Kessa Island in the Niger River, which both countries claim.", "Kessa Island"),
    ("Soldiers from Benin and Niger clashed at Kessa Island on the Mekrou river, which both countries claim.", "Kessa Island"),
    ("Soldiers from Benin and Niger clashed near Kessa on the Mekrou river, which both countries say lies on their side of the border.", "Kessa"),
])
func thePlaceOnARiverIsWhatTheClauseClaims(_ text: String, _ name: String) {
    let f = extract(text)
    #expect(f.territories.map { $0.names.first?.name } == [name])
    #expect(f.territories.first?.claimants == ["BEN", "NER"])
}

@Test(arguments: [
    "Benin and Niger agreed to share water from the Mekrou river, which both countries use for farming.",
    "Traders from Benin and Niger met in Malanville on the Niger River, which both countries claim is polluted.",
])
func aRiverOrACityOnItIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
