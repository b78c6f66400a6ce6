import Extraction
import Testing

// A title-case headline capitalises every word, and the run after a state reads like a name:
// "Samoa Eyes Closer Fisheries Ties" is no person of Samoa. A line of names that ends as a
// sentence ends, or a headline name the body names again, stands. Own sentences and names.

private func people(_ body: String) -> Set<String> {
    Set(extract(body, published: "2022-04-05").people.map(\.name))
}

@Test func aRunOfCapitalsInATitleCaseHeadlineIsNoPerson() {
    let found = people(
        """
        Samoa Eyes Closer Fisheries Ties With Fiji As Leaders Meet in Apia

        Samoan Prime Minister Arnold Tavita met Fijian Prime Minister Josefa Rokobula in Apia on Monday.
        """)
    #expect(found == ["Arnold Tavita", "Josefa Rokobula"])
}

@Test func aSentenceListingNamesKeepsThem() {
    let found = people("The leaders met in Apia on Monday. With them were Samoa's Tuala Fepulea and Tonga's Sione Lolohea.")
    #expect(found.isSuperset(of: ["Tuala Fepulea", "Sione Lolohea"]))
}

@Test func aHeadlineNameTheBodyNamesAgainStands() {
    let found = people(
        """
        Samoa's Tavita Hosts Fijian Leader Rokobula in Apia

        Samoan Prime Minister Arnold Tavita met Fijian Prime Minister Josefa Rokobula in Apia on Monday.
        """)
    #expect(found.isSuperset(of: ["Arnold Tavita", "Josefa Rokobula"]))
}
