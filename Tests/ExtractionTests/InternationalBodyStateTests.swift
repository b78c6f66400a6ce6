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
