import Extraction
import Testing

// A sea named after a state ("the Gulf of Guinea", "the Gulf of Mexico") mentions no state; the
// short form of a state's name ("Eq Guinea") does. Own sentences and invented people.

@Test func aGulfNamedAfterAStateIsNoMentionOfIt() {
    let f = extract(
        "Oil was found in the Gulf of Guinea, and President Ana Duarte met President Tomas Varga of Cameroon in Yaounde on Monday.",
        published: "2008-07-15")
    #expect(f.codes == ["CMR"])
    let mexico = extract("Ships crossed the Gulf of Mexico and the Bay of Bengal as Kenya watched.", published: "2008-07-15")
    #expect(mexico.codes == ["KEN"])
}

@Test func eqGuineaIsEquatorialGuinea() {
    let f = extract("Gabon and Eq Guinea took their quarrel over the island to the court.", published: "2008-07-15")
    #expect(f.codes == ["GAB", "GNQ"])
}
