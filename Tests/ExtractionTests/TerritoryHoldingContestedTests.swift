import Extraction
import Testing

// "X has been under A's administration since 2004, though B contests this": a state's holding
// that another state contests is a dispute, with the first state the holder. Contesting a review
// or a port's management is no claim to land. Sentences written for these tests, with invented
// places between real states.

@Test(arguments: [
    "Maruka Island has been under Togolese administration since 2004, though Ghana contests this.",
    "Maruka Island is under Togolese control, but Ghana disputes it.",
])
func aHoldingAnotherStateContestsIsADispute(_ text: String) {
    let f = extract(text)
    #expect(f.territories.first?.names.first?.name == "Maruka Island")
    #expect(f.territories.first?.claimants == ["GHA", "TGO"])
    #expect(f.territories.first?.controlledBy == "TGO")
}

@Test(arguments: [
    "The Maruka election result is under Togolese review, though Ghana contests this.",
    "Kesla Port has been under Togolese management since 2004, though Ghana contests this.",
])
func aReviewOrAPortsManagementContestedIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
