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

// A given name that is also a place or a territory ("Santiago", "Sabah") opens a name before a
// surname the lists know only as a town ("Pena") or a particle joined to a name ("al-Nasser").

@Test(arguments: ["Santiago Pena", "Victoria Pena", "Sabah al-Nasser", "Santiago al-Rahim"])
func aPlacesNameBeforeATownsNameOrAParticleIsAPerson(_ name: String) {
    let f = extract("Foreign Minister \(name) met Chilean Foreign Minister Rosa Ibarra in Ottawa on Monday.", published: "2021-05-18")
    #expect(f.names.contains(name))
    #expect(f.pairs == [[name, "Rosa Ibarra"].sorted()])
}

@Test func aTerritoryStaysATerritoryBeforeALowercaseWord() {
    let f = extract(
        "Malaysia and the Philippines both claim Sabah. Foreign Minister Rosa Ibarra said Sabah al fresco dining was popular.",
        published: "2021-05-18")
    #expect(f.names == ["Rosa Ibarra"])
    #expect(names(f).contains("Sabah"))
}

// "the Honourable A B": the courtesy style is read word by word, and the name after it is a person's.

@Test(arguments: ["the Honourable", "the Honorable", "Honourable"])
func aNameAfterTheHonourableIsAPerson(_ style: String) {
    let f = extract("Prime Minister Kila Tau spoke by telephone with \(style) Mere Waititi on Monday.", published: "2022-11-04")
    #expect(f.names == ["Kila Tau", "Mere Waititi"])
    #expect(f.pairs == [["Kila Tau", "Mere Waititi"]])
}

// Courtesy styles of other regions before a name ("Ratu", "Shri", "Maulana", "Daw") and Myanmar's
// "State Counsellor" leave the name after them a person's.

@Test(arguments: ["Ratu", "Shri", "Smt.", "Maulana", "Begum", "Alhaji", "Daw", "State Counsellor", "State Counsellor Daw"])
func aNameAfterACourtesyStyleOfItsRegionIsAPerson(_ style: String) {
    let f = extract("Prime Minister Kila Tau met \(style) Tevita Lomani in Suva on Monday.", published: "2022-11-04")
    #expect(f.names == ["Kila Tau", "Tevita Lomani"])
    #expect(f.pairs == [["Kila Tau", "Tevita Lomani"]])
}
