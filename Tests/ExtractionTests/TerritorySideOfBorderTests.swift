import Extraction
import Testing

// A state saying a place lies on its side of the border, or within its territory, claims it:
// "X, which both A and B say lies on their side of the border", "A says X lies within its
// territory". Sentences written for these tests, with invented places between real states.

@Test(arguments: [
    ("The clashes began at Tarvo Hill, which both Kyrgyzstan and Tajikistan say lies on their side of the border.", "Tarvo Hill"),
    ("Kyrgyzstan says Tarvo Hill lies on its side of the border, but Tajikistan disagrees.", "Tarvo Hill"),
    ("Guinea says Mbelo Rock lies within its territory, a claim Sierra Leone rejects.", "Mbelo Rock"),
    ("Peru and Bolivia both say Kanta Island lies within their borders.", "Kanta Island"),
])
func placeSaidToLieOnAStatesSideIsClaimed(_ text: String, _ name: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.contains { $0.name == name } == true)
    #expect(f.territories.first?.claimants.count == 2)
}

@Test(arguments: [
    // Blame, a market, an election, a place where something happened: no land claimed.
    "Kyrgyzstan says the blame lies on its side of the border.",
    "The Osh market, which both Kyrgyzstan and Tajikistan say lies on their side of the border, reopened.",
    "The fighting began at Tarvo Hill, where Kyrgyzstan says its guards were attacked by Tajikistan.",
    "Kyrgyzstan says the disputed election lies within its law, Tajikistan said.",
    "Peru says the Lima summit lies within its plans for the year, Bolivia said.",
])
func sideOfBorderWithoutALandClaimIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
