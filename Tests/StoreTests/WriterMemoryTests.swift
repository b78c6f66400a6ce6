import Extraction
import Foundation
import SQLite
import Testing

@testable import Store

// The writer remembers stored people and countries between articles (PersonIndex,
// CountryIndex). What it remembers must never outlive the rows behind it, nor miss rows another
// connection wrote: these tests fail when it does.

/// An article naming one person, its body made distinct by `marker`.
private func article(
    _ marker: String, person: String, country: String = "RUS",
    territory: String? = nil
) -> (article: Article, facts: ArticleFacts) {
    var b = FactsBuilder(body: "\(person) spoke about \(territory ?? "trade") in \(marker).")
    b.facts.people = [PersonFact(name: person, country: country, mentions: [b.evidence(person)])]
    if let territory {
        b.facts.territories = [
            TerritoryFact(
                names: [TerritoryName(name: territory)],
                claims: [Claim(country: country, kind: .claims, evidence: b.evidence(territory))],
                evidence: [b.evidence(territory)])
        ]
    }
    return (Article(title: marker, date: Day(year: 2020, month: 3, day: 1), body: b.body), b.facts)
}

private func count(_ store: Store, _ sql: String) throws -> Int64 {
    if case .integer(let n)? = try store.database.prepare(sql).scalar() { return n }
    return -1
}

@Test func personOfAnArticleUndoneIsStoredAgainByTheNextArticle() throws {
    let store = try Store(path: temporaryDatabase())
    // Article b is undone after its person is written: the writer must not take the person it
    // wrote for b, now gone, for the same person in c.
    try store.database.execute(
        """
        CREATE TEMP TRIGGER fail_b BEFORE INSERT ON main.claims
        WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'b'
        BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
        """)
    // Nor must it take Norway, first stored by b, as stored for c.
    let results = store.add([
        article("a", person: "Sergei Lavrov"),
        article("b", person: "Ivan Petrov", country: "NOR", territory: "Kuril"),
        article("c", person: "Ivan Petrov", country: "NOR"),
        article("d", person: "Ivan Petrov", country: "NOR"),
    ])
    #expect((try? results[0].get()) != nil)
    #expect(throws: SQLiteError.self) { try results[1].get() }
    #expect((try? results[2].get()) != nil)
    #expect((try? results[3].get()) != nil)
    #expect(try count(store, "SELECT count(*) FROM people WHERE name = 'Ivan Petrov'") == 1)
    #expect(
        try count(
            store,
            """
            SELECT count(*) FROM person_articles pa JOIN people p ON p.id = pa.person_id WHERE p.name = 'Ivan Petrov'
            """) == 2)
    #expect(try store.database.prepare("PRAGMA foreign_key_check").allRows().isEmpty)
}

@Test func personAnotherConnectionStoredIsFoundByTheWriter() throws {
    let path = temporaryDatabase()
    let first = try Store(path: path)
    let second = try Store(path: path)
    _ = try first.add(article: article("a", person: "Ivan Ivanov").article, facts: article("a", person: "Ivan Ivanov").facts)
    // The second connection stores another Ivanov; the first has read the surname before.
    let pyotr = article("b", person: "Pyotr Ivanov")
    _ = try second.add(article: pyotr.article, facts: pyotr.facts)
    // "P. Ivanov" is Pyotr (compatible given name), which only the second connection wrote.
    let initial = article("c", person: "P. Ivanov")
    _ = try first.add(article: initial.article, facts: initial.facts)
    #expect(try count(first, "SELECT count(*) FROM people") == 2)
    #expect(
        try count(
            first,
            """
            SELECT count(*) FROM person_articles pa JOIN people p ON p.id = pa.person_id WHERE p.name = 'Pyotr Ivanov'
            """) == 2)
}
