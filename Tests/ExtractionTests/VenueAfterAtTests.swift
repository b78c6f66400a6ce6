import Extraction
import Testing

// "met B for talks at Grace Harbour on Monday": a name after "at" that opens with a given name
// is a venue's as often as a person's, so the given name alone makes no person there. Own
// sentences and invented names.

private func people(_ body: String) -> Set<String> {
    Set(extract(body, published: "2022-04-05").people.map(\.name))
}

@Test func aGivenNameOpeningANameAfterAtMakesNoPerson() {
    let found = people("Samoan Prime Minister Arnold Tavita met Fijian Prime Minister Josefa Rokobula for talks at Grace Harbour on Monday.")
    #expect(found == ["Arnold Tavita", "Josefa Rokobula"])
}

@Test func aGivenNameElsewhereStillMakesAPerson() {
    let found = people("Samoan Prime Minister Arnold Tavita met Fijian Prime Minister Josefa Rokobula on Monday. Grace Harbour, an adviser, took notes.")
    #expect(found.contains("Grace Harbour"))
}
