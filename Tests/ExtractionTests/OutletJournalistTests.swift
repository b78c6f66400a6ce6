import Extraction
import Testing

// A name an outlet owns in the possessive ("Al Jazeera's A", "the BBC's B", "DW's A, B and C")
// is a journalist's, and journalists are no people (guidelines); nor do they take part in the
// talks they comment on. Own sentences, fictional people.

@Test(arguments: [
    "In this episode, Al Jazeera's Sami Zaid talks to Ahmet Kaya, the Turkish foreign minister.",
    "The BBC's Chris Moore in Delhi says there has never been a settlement on the island.",
])
func aNameAnOutletOwnsIsAJournalist(_ text: String) {
    let names = extract(text, published: "2018-08-19").people.map(\.name)
    #expect(!names.contains("Sami Zaid"))
    #expect(!names.contains("Chris Moore"))
}

@Test func everyNameOfAListAnOutletOwnsIsAJournalist() {
    let f = extract(
        """
        Merkel-Putin meeting: DW's Tomas Berg, Emma Lind and Nina Haas comment on the bilateral talks. \
        Chancellor Anna Weber met President Ivan Sokolov at Meseberg Palace on Saturday.
        """, published: "2018-08-19")
    #expect(f.people.map(\.name).sorted() == ["Anna Weber", "Ivan Sokolov"])
    #expect(f.pairs == [["Anna Weber", "Ivan Sokolov"]])
}

/// A state in the possessive owns its official: "Russia's A" is no journalist.
@Test func aNameAStateOwnsIsNoJournalist() {
    let f = extract("Chancellor Anna Weber met Russia's Ivan Sokolov at Meseberg Palace on Saturday.", published: "2018-08-19")
    #expect(f.person("Ivan Sokolov")?.country == "RUS")
}

/// A social network is where someone posted, not a person: "via his official Twitter account".
@Test func aSocialNetworkIsNoPerson() {
    let f = extract(
        "Via his official Twitter account, President Yoweri Museveni announced that he had bilateral talks with Paul Kagame.", published: "2022-04-25")
    #expect(f.person("Twitter") == nil)
}
