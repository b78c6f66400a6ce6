import Extraction
import Testing

// Officials of an international body serve the body, which has its own code (guidelines: "UN",
// "EU", ...); the International Monetary Fund is one. A body is not a country of the article.
// Own sentences and invented names.

@Test func anIMFOfficialServesTheFund() {
    let f = extract(
        "Philippine President Ana Reyes met International Monetary Fund Managing Director Karin Vos in Manila on Monday.",
        published: "2017-04-24")
    #expect(f.people.first { $0.name == "Karin Vos" }?.country == "IMF")
    #expect(f.people.first { $0.name == "Ana Reyes" }?.country == "PHL")
    #expect(!f.countries.contains { $0.code == "IMF" })
}

/// The Caribbean Community's officials serve it; the Arab League's code is LAS (its own
/// abbreviation, where "AL" would read as Albania's two-letter code); the European Parliament
/// is a body of the European Union.
@Test(arguments: [
    ("CARICOM Secretary-General, Ambassador Irwin Marks, met Guyanese President David Granger in Georgetown.", "Irwin Marks", "CARICOM"),
    ("Arab League Secretary-General Ahmed Fathi met Lebanese President Michel Nasr in Beirut.", "Ahmed Fathi", "LAS"),
    ("European Parliament President Jerzy Nowak met Czech Prime Minister Jan Novak in Prague.", "Jerzy Nowak", "EU"),
])
func officialsOfRegionalBodiesServeTheirBody(_ text: String, _ name: String, _ code: String) {
    #expect(extract(text, published: "2017-02-17").person(name)?.country == code)
}

/// "four CARICOM Member States", "the EU Single Market": a body's parts and markets are no people.
@Test(arguments: [
    "The ties were established in 1972 by four CARICOM Member States, namely Barbados, Guyana, Jamaica and Trinidad and Tobago.",
    "\"We discussed the EU Single Market,\" Prime Minister Keith Rowley said.",
])
func aBodysMemberStatesAndMarketAreNoPeople(_ text: String) {
    #expect(extract(text, published: "2017-02-17").people.allSatisfy { $0.name == "Keith Rowley" })
}
