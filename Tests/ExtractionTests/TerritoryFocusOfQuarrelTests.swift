import Extraction
import Testing

// "X is the subject of a long-running dispute", "X has been at the heart of a bitter territorial
// row": the quarrel said of a name, whatever words describe the quarrel between its article and
// its noun; "X, which both countries contest": a quarrel verb in a clause whose subject is the
// states or "both". Sentences written for these tests, with invented places between real states.

@Test(arguments: [
    "Maruka Island has been at the centre of a bitter territorial dispute between Ghana and Togo.",
    "Maruka Island is the subject of a long-running dispute between Ghana and Togo.",
    "Maruka Island remains at the heart of a decades-old sovereignty row between Ghana and Togo.",
    "Ghana and Togo sent gunboats to Maruka Island, which both countries contest.",
    "Maruka Island, which Ghana and Togo dispute, lies in the Volta estuary.",
])
func aPlaceAQuarrelIsAboutIsDisputed(_ text: String) {
    let f = extract(text)
    #expect(f.territories.first?.names.first?.name == "Maruka Island")
    #expect(f.territories.first?.claimants == ["GHA", "TGO"])
}

@Test(arguments: [
    "Kortex Telecom has been at the centre of a bitter trade dispute between Ghana and Togo.",
    "The Maruka Prize is the subject of a long-running dispute between Ghana and Togo.",
    "The Maruka Accord, which both countries contest, was signed by Ghana and Togo in 1994.",
    "Ambassador Efua Mensah has been at the heart of a diplomatic row between Ghana and Togo.",
])
func aFirmAPrizeOrAPersonAQuarrelIsAboutIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
