import Extraction
import Testing

// "Bill" is both a given name and a word of bodies and things ("the Finance Bill"). Sentences
// written for these tests.

@Test(arguments: ["Bill Okafor", "Bill Stanton"])
func aGivenNameThatIsAlsoAWordOfThingsOpensAPersonsName(_ name: String) {
    let f = extract("Canadian Foreign Minister \(name) met Chilean Foreign Minister Rosa Ibarra in Ottawa on Monday.", published: "2021-05-18")
    #expect(f.names.contains(name))
    #expect(f.pairs == [[name, "Rosa Ibarra"].sorted()])
}

@Test func theSameWordAfterANameOrAloneIsNoPerson() {
    let f = extract(
        "The Finance Bill passed its second reading on Monday. Senator Rosa Ibarra said the Bill would be amended.", published: "2021-05-18")
    #expect(f.names == ["Rosa Ibarra"])
}
