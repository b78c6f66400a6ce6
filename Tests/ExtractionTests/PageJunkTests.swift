import Testing
import Extraction

@Test func donationBoxesMenusAndCreditsAreLeftOut() {
    let f = extract("""
    Subscribe to our newsletter
    Menu
    Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow on Monday.
    Photo: Reuters
    … we have a small favor to ask. Please support us monthly.
    Reporting by Jane Smith; Editing by John Doe
    """, published: "2019-01-16")
    #expect(f.names == ["Taro Kono", "Sergei Lavrov"])
    #expect(f.sentences.count == 1)
}

@Test func headlinesListedUnderRelatedAreNotTheArticle() {
    let f = extract("""
    Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow on Monday.
    Related coverage
    Biden meets Xi in Bali
    Modi and Sharif to hold talks next week

    The talks will continue in Tokyo, Kono said.
    """, published: "2019-01-16")
    #expect(f.meetings.count == 1)
    #expect(!f.sentences.contains { $0.text.contains("Bali") })
    #expect(f.sentences.contains { $0.text.contains("continue in Tokyo") })
}
