import Extraction
import Testing

// A listed territory shown or described as a state's by "as" and the state's demonym ("a map
// showed the whole of X as Argentine") is presented as disputed; "visited X as Russian president"
// or "as Argentine guides watched" is not. Sentences written for these tests.

@Test(arguments: [
    "Argentina and Chile traded notes after a tourist map showed the Southern Patagonian Ice Field as Argentine.",
    "Argentina and Chile traded notes after a tourist map showed the Southern Patagonian Ice Field as Chilean and the lakes as Argentine.",
])
func aListedTerritoryShownAsAStatesIsDisputed(_ text: String) {
    let f = extract(text)
    #expect(f.territories.first?.names.first?.name == "Southern Patagonian Ice Field")
    #expect(f.territories.first?.claimants == ["ARG", "CHL"])
}

@Test(arguments: [
    "Climbers from Argentina and Chile crossed the Southern Patagonian Ice Field as Argentine guides watched.",
    "Leaders of Argentina and Chile flew over the Southern Patagonian Ice Field as Chilean President on Monday.",
])
func aListedTerritoryBeforeADemonymOfSomethingElseIsNotDisputed(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
