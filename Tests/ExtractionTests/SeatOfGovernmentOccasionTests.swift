import Extraction
import Testing

// A seat of government named before a noun of the occasion ("at a White House meeting", "the
// Kremlin talks") is where that encounter sat; the seat as a speaker ("what the White House
// called a deal") places nothing. Own sentences and invented people.

@Test(arguments: [
    ("discussed trade at a White House meeting yesterday", "White House"),
    ("met in a White House meeting yesterday", "White House"),
    ("discussed trade at a Kremlin meeting yesterday", "Kremlin"),
])
func aSeatOfGovernmentBeforeTheOccasionIsItsPlace(_ told: String, _ place: String) {
    let f = extract("Prime Minister Jean Tremblay and President John Harlow \(told).", published: "2002-03-15")
    #expect(f.meeting("Jean Tremblay", "John Harlow")?.place == place)
}

@Test func theSeatSpeakingPlacesNothing() {
    let f = extract(
        "President John Harlow was received by King Faisal Omar at the Yamamah Palace, where the two signed what the White House called a package of deals.",
        published: "2025-05-14")
    #expect(f.meeting("John Harlow", "Faisal Omar")?.place == "Yamamah Palace")
}
