import Extraction
import Testing

// Encounters as reports translated from French tell them: a "tête-à-tête", "exchanged with B";
// and "his stay in C", which places its visitor in C as "he is in C" does. Invented names.

@Test(arguments: ["tête-à-tête", "tete-a-tete"])
func aTeteATeteIsAnEncounter(_ word: String) {
    let f = extract("Estonian President Arno Velt held a \(word) with Latvian President Ivo Kalns in Riga on Monday.", published: "2019-02-11")
    #expect(f.meetings.map { Set($0.participants) } == [["Arno Velt", "Ivo Kalns"]])
}

@Test func exchangingWithSomeoneIsAConversation() {
    let f = extract("The Estonian president Arno Velt has once again exchanged with Ivo Kalns, his Latvian counterpart, on Monday.", published: "2019-02-11")
    #expect(f.meetings.map { Set($0.participants) } == [["Arno Velt", "Ivo Kalns"]])
}

@Test(arguments: [
    "Estonian President Arno Velt exchanged fire with critics, and Latvian President Ivo Kalns stayed silent.",
    "Estonian President Arno Velt exchanged with reporters on Monday before Latvian President Ivo Kalns spoke.",
])
func exchangingWithThePressOrAnObjectIsNoEncounter(_ text: String) {
    #expect(extract(text, published: "2019-02-11").meetings.isEmpty)
}

@Test func theCityOfAStayPlacesTheEncounter() {
    let f = extract(
        "Arno Velt, President of Estonia, continues his stay in Riga. This Monday, he met Ivo Kalns, President of Latvia.", published: "2019-02-11")
    #expect(f.meetings.first?.place == "Riga")
}
