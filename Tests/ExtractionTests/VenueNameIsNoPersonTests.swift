import Extraction
import Testing

// The name of a venue that the article writes with its venue word ("the Cerro Verde Palace") is
// no person when it stands alone later, even beside a title ("At Cerro Verde, the President
// met B"). A venue named after a person keeps that person: a given name opens the name. Own
// sentences.

@Test func aVenuesNameAloneIsNoPerson() {
    let body = """
        President Ana Ruiz held talks with President Luis Arce of Bolivia at the Cerro Verde Palace in Valparaiso yesterday.

        Also at Cerro Verde, the President met President Jorge Vega of Peru.
        """
    let f = extract(body, published: "2006-03-12")
    #expect(!f.names.contains("Cerro Verde"))
    #expect(f.names.isSuperset(of: ["Ana Ruiz", "Luis Arce", "Jorge Vega"]))
}

@Test func aVenueNamedAfterAPersonKeepsThePerson() {
    let body = """
        President Thabo Mbeki met Prime Minister Jan Berg at the Nelson Mandela Centre yesterday.

        Nelson Mandela, the former president, greeted the two men.
        """
    #expect(extract(body, published: "2006-03-12").names.contains("Nelson Mandela"))
}
