import Extraction
import Testing

// A refusal is no meeting (guidelines), whether told by the verb ("refused to meet") or by its
// noun and gerund ("his refusal", "for refusing", "for declining"). Invented names.

@Test(arguments: [
    "Opposition leader Ivan Dorosh criticised President Petro Hrytsenko for refusing to meet him on Friday.",
    "Opposition leader Ivan Dorosh criticised President Petro Hrytsenko for declining to meet him on Friday.",
    "After his rejection of talks with President Petro Hrytsenko, Ivan Dorosh left the capital.",
])
func aRefusalToldByItsNounOrGerundIsNoMeeting(sentence: String) {
    let f = extract(sentence, published: "2004-11-20")
    #expect(f.meetings.isEmpty)
}

@Test func aRefusalOfSomethingElseLeavesTheMeeting() {
    let f = extract(
        "Ivan Dorosh met President Petro Hrytsenko on Friday despite his earlier refusal to sign the accord.", published: "2004-11-20")
    #expect(f.meetings.map { Set($0.participants) } == [["Ivan Dorosh", "Petro Hrytsenko"]])
}
