import Extraction
import Foundation
import SQLite
import Testing

@testable import Store

/// An article of four sentences: a meeting cited in the first; Eastland (AAA) named first in the
/// second, which no fact cites; Westmark (BBB) named in the cited sentence and again later.
private func tradeArticle() -> (Article, ArticleFacts) {
    let body = "Ada Quill met Cora Fenn of Westmark in Avalon. Avalon lies in Eastland. Ada Quill spoke of Westmark later. Eastland and Westmark trade."
    var b = FactsBuilder(body: body)
    let at = { (sentence: Int, start: Int, text: String) in Evidence(sentence: sentence, start: start, end: start + text.count) }
    b.facts.countries = [
        CountryFact(code: "AAA", name: "Eastland", mentions: [at(1, 62, "Eastland"), at(3, 107, "Eastland")]),
        CountryFact(code: "BBB", name: "Westmark", mentions: [at(0, 27, "Westmark"), at(2, 91, "Westmark"), at(3, 120, "Westmark")]),
    ]
    b.facts.people = [
        PersonFact(name: "Ada Quill", mentions: [at(0, 0, "Ada Quill"), at(2, 72, "Ada Quill")]),
        PersonFact(name: "Cora Fenn", mentions: [at(0, 14, "Cora Fenn")]),
    ]
    b.facts.meetings = [MeetingFact(participants: ["Ada Quill", "Cora Fenn"], status: .held, place: "Avalon", evidence: [b.evidence("met")])]
    return (Article(title: "Trade", date: Day(year: 2020, month: 3, day: 1), body: body), b.facts)
}

private let storedMentions = """
    SELECT sentence, start, entity_kind, person_id, country FROM mentions ORDER BY sentence, start
    """

@Test func storeKeepsTheCitedSentencesTheirMentionsAndACountrysFirstMentionElsewhere() throws {
    let store = try Store(path: temporaryDatabase())
    let (article, facts) = tradeArticle()
    #expect(facts.sentences.count == 4)
    _ = try store.add(article: article, facts: facts)
    // The meeting's sentence, and the one where Eastland is first named (no cited sentence names it).
    #expect(try store.database.prepare("SELECT idx FROM sentences ORDER BY idx").allRows() == [[.integer(0)], [.integer(1)]])
    #expect(
        try store.database.prepare(storedMentions).allRows() == [
            [.integer(0), .integer(0), .text("person"), .integer(1), .null],
            [.integer(0), .integer(14), .text("person"), .integer(2), .null],
            [.integer(0), .integer(27), .text("country"), .null, .text("BBB")],
            [.integer(1), .integer(62), .text("country"), .null, .text("AAA")],
        ])
    // Each country still counts the article as one naming it.
    let countries = try store.run(QueryCatalog.builtIn().query(named: "countries"))
    #expect(countries.rows.map { $0.last } == [.integer(1), .integer(1)])
    #expect(try store.database.prepare("PRAGMA foreign_key_check").allRows().isEmpty)
}

@Test func versionSevenDatabaseKeepsOnlyWhatANewLoadKeeps() throws {
    let (article, facts) = tradeArticle()
    let fresh = try Store(path: temporaryDatabase())
    _ = try fresh.add(article: article, facts: facts)
    let path = temporaryDatabase()
    do {
        // A version-7 database: every sentence and every mention stored, as the writer did then.
        let store = try Store(path: path)
        _ = try store.add(article: article, facts: facts)
        try store.database.execute("PRAGMA foreign_keys = OFF; DELETE FROM mentions; DELETE FROM sentences;")
        for sentence in facts.sentences {
            try store.database.prepare("INSERT INTO sentences VALUES (1, ?, ?, ?, ?)").run(sentence.index, sentence.start, sentence.end, sentence.text)
        }
        let mention = try store.database.prepare(
            "INSERT INTO mentions (article_id, sentence, start, \"end\", entity_kind, person_id, country) VALUES (1, ?, ?, ?, ?, ?, ?)")
        for country in facts.countries {
            for e in country.mentions { try mention.run(e.sentence, e.start, e.end, "country", nil as Int64?, country.code) }
        }
        for (id, person) in facts.people.enumerated() {
            for e in person.mentions { try mention.run(e.sentence, e.start, e.end, "person", Int64(id + 1), nil as String?) }
        }
        try store.database.execute("DROP INDEX meetings_undated; PRAGMA foreign_keys = ON; PRAGMA user_version = 7")
    }
    let migrated = try Store(path: path)
    #expect(try migrated.database.userVersion() == Store.schemaVersion)
    #expect(try migrated.database.prepare(storedMentions).allRows() == fresh.database.prepare(storedMentions).allRows())
    let sentences = "SELECT * FROM sentences ORDER BY 1, 2"
    #expect(try migrated.database.prepare(sentences).allRows() == fresh.database.prepare(sentences).allRows())
}
