import Extraction
import Foundation
import SQLite
import Testing

@testable import Store

@Test func searchTextQuotesEveryWordSoNothingIsFTSSyntax() throws {
    #expect(SearchText("Kuril")?.ftsQuery == "\"Kuril\"*")
    #expect(SearchText("AND OR")?.ftsQuery == "\"AND\"* \"OR\"*")
    // A word with punctuation inside is one phrase of its parts, as the index split them.
    #expect(SearchText("NEAR(a, b) col:x ^y -z")?.ftsQuery == "\"NEAR a\"* \"b\"* \"col x\"* \"y\"* \"z\"*")
    // An unpaired quote is no phrase; a pair is one.
    #expect(SearchText("\"Kuril")?.ftsQuery == "\"Kuril\"*")
    #expect(SearchText("Kuril\"")?.ftsQuery == "\"Kuril\"*")
    #expect(SearchText("\"Northern Territories\" Japan")?.ftsQuery == "\"Northern Territories\" \"Japan\"*")
    #expect(SearchText("O'Brien")?.terms == ["O Brien"])
    #expect(SearchText("Kōno")?.terms == ["Kōno"])
    #expect(SearchText("* \" -- ()") == nil)
    #expect(SearchText("") == nil)
    #expect(SearchText(Array(repeating: "w", count: 100).joined(separator: " "))?.terms.count == SearchText.maxTerms)
}

private func storeWithTheKurilArticle() throws -> Store {
    let store = try Store(path: temporaryDatabase())
    let (article, facts) = kurilArticle()
    _ = try store.add(article: article, facts: facts)
    var other = FactsBuilder(body: "Emmanuel Macron spoke in Paris about trade.")
    other.facts.people = [PersonFact(name: "Emmanuel Macron", country: "FRA", mentions: [other.evidence("Emmanuel Macron")])]
    _ = try store.add(article: Article(title: "Trade talk", date: Day(year: 2020, month: 3, day: 1), body: other.body), facts: other.facts)
    return store
}

@Test func searchFindsArticlesByBodyTitleAndPrefixWithSnippetAndFacts() throws {
    let store = try storeWithTheKurilArticle()
    let page = try store.searchArticles("kuril")
    #expect(page.total == 1)
    let match = try #require(page.matches.first)
    #expect(match.title == "Russia Asks Japan")
    #expect(match.published == "2019-01-16")
    #expect(match.snippet.pieces.filter(\.isMatch).map(\.text) == ["Kuril"])
    #expect(match.snippet.text.contains("known as the Kuril to Russia"))
    #expect(match.facts.people.map(\.name).sorted() == ["Sergei Lavrov", "Shinzo Abe", "Taro Kono", "Vladimir Putin"])
    let held = try #require(match.facts.meetings.first { $0.status == "held" })
    #expect(held.participants == ["Taro Kono", "Sergei Lavrov"])
    #expect(held.place == "Moscow")
    #expect(held.date == "2019-01-14")
    #expect(held.sentence?.hasPrefix("Russian Foreign Minister Sergei Lavrov met") == true)
    #expect(match.facts.claims.map { "\($0.country) \($0.kind) \($0.territory)" }.sorted() == ["JPN claims Kuril", "RUS holds Kuril"])

    // By the title, by a word's beginning, case and diacritics aside; every word must be there.
    #expect(try store.searchArticles("trade TALK").matches.map(\.title) == ["Trade talk"])
    #expect(try store.searchArticles("Terr").total == 1)
    #expect(try store.searchArticles("kōno").total == 1)
    #expect(try store.searchArticles("Kono Macron").total == 0)
    #expect(try store.searchArticles("\"Northern Territories\"").total == 1)
    #expect(try store.searchArticles("\"Territories Northern\"").total == 0)
}

@Test func searchTextThatLooksLikeFTSSyntaxGivesResultsOrAClearError() throws {
    let store = try storeWithTheKurilArticle()
    #expect(try store.searchArticles("\"Kuril").total == 1)
    #expect(try store.searchArticles("AND OR").total == 0)
    #expect(try store.searchArticles("Kuril OR Macron").total == 0)
    #expect(try store.searchArticles("NEAR(Kuril Russia)").total == 0)
    #expect(try store.searchArticles("Kuril*").total == 1)
    #expect(try store.searchArticles("'; DROP TABLE articles; --").total == 0)
    #expect(throws: StoreError.nothingToSearch("* ()")) { try store.searchArticles("* ()") }
    #expect(try store.database.prepare("SELECT count(*) FROM articles").scalar() == .integer(2))
}

@Test func searchPagesThroughTheMatches() throws {
    let store = try Store(path: temporaryDatabase())
    for i in 0..<5 {
        let b = FactsBuilder(body: "Report number \(i) on the summit.")
        _ = try store.add(article: Article(title: "Summit \(i)", body: b.body), facts: b.facts)
    }
    let first = try store.searchArticles("summit", limit: 2)
    let rest = try store.searchArticles("summit", limit: 10, offset: 2)
    #expect(first.total == 5 && rest.total == 5)
    #expect(first.matches.count == 2 && rest.matches.count == 3)
    #expect(Set((first.matches + rest.matches).map(\.articleID)).count == 5)
}

@Test func nameSearchFindsPeopleTerritoriesPlacesAndCountries() throws {
    let store = try storeWithTheKurilArticle()
    let lavrov = try store.searchNames("lavrov")
    #expect(lavrov.map(\.kind) == [.person])
    #expect(lavrov.first?.name == "Sergei Lavrov")
    let northern = try store.searchNames("northern terr")
    #expect(northern.map(\.kind) == [.territory])
    #expect(northern.first?.name == "Kuril")
    #expect(northern.first?.matched == "Northern Territories")
    #expect(try store.searchNames("mosc").map { "\($0.kind.rawValue) \($0.name)" } == ["place Moscow"])
    #expect(try store.searchNames("japan").map { "\($0.kind.rawValue) \($0.id ?? "")" } == ["country JPN"])
    #expect(try store.searchNames("zzz").isEmpty)
    #expect(throws: StoreError.nothingToSearch("%")) { try store.searchNames("%") }
}

@Test func anIndexedArticleCanBeFoundByItsEvidenceAndTheIndexMatchesTheTables() throws {
    let store = try storeWithTheKurilArticle()
    // FTS5's own check of the index against the text it reads back through its view.
    try store.database.execute("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)")
    let evidence = try store.database.prepare("SELECT evidence FROM article_search_text WHERE id = 1").scalar()?.text
    #expect(evidence?.contains("Lavrov met Japanese") == true)
    #expect(evidence?.contains("Russia holds the islands.") == true)
    #expect(try store.database.prepare("SELECT count(*) FROM article_search WHERE evidence MATCH 'holds'").scalar() == .integer(1))
}
