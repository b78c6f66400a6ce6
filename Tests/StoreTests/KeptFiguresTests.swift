import Extraction
import Foundation
import SQLite
import Testing

@testable import Store

// What the schema keeps beside the rows it is worked out from (each territory's number of articles
// and claimants, the aliases' trigram index) must stay what a full recount gives, whatever the
// writer, an undone article, a lost transaction, a merge or a delete does.

private func rows(_ store: Store, _ sql: String) throws -> [[Value]] {
    try store.database.prepare(sql).allRows()
}

private func day(_ d: Int) -> Day { Day(year: 2020, month: 3, day: d)! }

/// An article naming one territory by `names`, with `claims` and, when `mentioned`, a mention.
private func territoryArticle(
    _ title: String, on d: Int, names: [TerritoryName], claims: [(String, ClaimKind)], mentioned: Bool = true
) -> (article: Article, facts: ArticleFacts) {
    let body = "\(title) opens. \(names.map(\.name).joined(separator: " and ")) were discussed."
    var b = FactsBuilder(body: body)
    let evidence = b.evidence(names[0].name)
    b.facts.territories = [
        TerritoryFact(names: names, claims: claims.map { Claim(country: $0.0, kind: $0.1, evidence: evidence) }, evidence: mentioned ? [evidence] : [])
    ]
    return (Article(title: title, date: day(d), body: body), b.facts)
}

/// The differences between the kept figures and a recount from the rows (empty when they agree):
/// articles from territory_articles, and from the claims and mentions themselves; claimants from
/// the claims; no kept row for a territory that is gone.
private func disagreements(_ store: Store, checkAgainstFacts: Bool = true) throws -> [String] {
    var found: [String] = []
    let kept = try rows(
        store,
        """
        SELECT t.id, coalesce((SELECT articles FROM territory_counts WHERE territory_id = t.id), 0),
               (SELECT count(*) FROM territory_articles WHERE territory_id = t.id),
               (SELECT count(*) FROM (SELECT article_id FROM claims WHERE territory_id = t.id
                                      UNION SELECT article_id FROM mentions WHERE territory_id = t.id))
        FROM territories t ORDER BY t.id
        """)
    for row in kept {
        if row[1] != row[2] { found.append("territory \(row[0]): kept \(row[1]) articles, territory_articles has \(row[2])") }
        if checkAgainstFacts && row[1] != row[3] { found.append("territory \(row[0]): kept \(row[1]) articles, claims and mentions give \(row[3])") }
    }
    let claimants = "SELECT territory_id, country, claims FROM territory_claimants ORDER BY 1, 2"
    let recounted = "SELECT territory_id, country, count(*) FROM claims GROUP BY territory_id, country ORDER BY 1, 2"
    if try rows(store, claimants) != rows(store, recounted) {
        found.append("claimants \(try rows(store, claimants)) but claims give \(try rows(store, recounted))")
    }
    let orphans = try rows(
        store,
        """
        SELECT territory_id FROM territory_counts WHERE territory_id NOT IN (SELECT id FROM territories)
        UNION SELECT territory_id FROM territory_claimants WHERE territory_id NOT IN (SELECT id FROM territories)
        """)
    if !orphans.isEmpty { found.append("kept rows of territories that are gone: \(orphans)") }
    return found
}

/// disputed-territories' claimants and articles as they were worked out before they were kept.
private func recountedTable(_ store: Store) throws -> [[Value]] {
    try rows(
        store,
        """
        SELECT t.name,
               (SELECT group_concat(country, ', ') FROM (SELECT DISTINCT country FROM claims WHERE territory_id = t.id ORDER BY country)),
               (SELECT count(*) FROM (SELECT article_id FROM claims WHERE territory_id = t.id
                                      UNION SELECT article_id FROM mentions WHERE territory_id = t.id))
        FROM territories t ORDER BY t.name
        """)
}

private func shownTable(_ store: Store) throws -> [[Value]] {
    let result = try store.run(QueryCatalog.builtIn().query(named: "disputed-territories"))
    return result.rows.map { [$0[0], $0[2], $0[4]] }
}

@Test func keptTerritoryFiguresEqualARecountThroughLoadsMergesUndosAndDeletes() throws {
    let store = try Store(path: temporaryDatabase())
    let eastland = TerritoryName(name: "Eastland")
    let eastStrip = TerritoryName(name: "East Strip", usedBy: "BBB")
    var batch = [
        territoryArticle("One", on: 1, names: [TerritoryName(name: "Northern Territories", usedBy: "JPN")], claims: [("JPN", .claims)]),
        territoryArticle("Two", on: 2, names: [TerritoryName(name: "Southern Kurils", usedBy: "RUS")], claims: [("RUS", .holds), ("RUS", .claims)]),
        territoryArticle("Three", on: 3, names: [eastland], claims: [("AAA", .holds)]),
        territoryArticle("Four", on: 4, names: [TerritoryName(name: "East Strip")], claims: [("BBB", .claims)], mentioned: false),
        territoryArticle("Five", on: 5, names: [eastland], claims: []),
    ]
    #expect(store.add(batch).allSatisfy { (try? $0.get()) != nil })
    #expect(try disagreements(store) == [])
    #expect(try rows(store, "SELECT count(*) FROM territories") == [[.integer(3)]])

    // An article undone alone (its savepoint) and a transaction lost whole, around a merge of
    // Eastland and East Strip that one of the kept articles makes.
    try store.database.execute(
        """
        CREATE TEMP TRIGGER fail_undone BEFORE INSERT ON main.mentions
        WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'Undone'
        BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;
        CREATE TEMP TRIGGER lose_lost BEFORE INSERT ON main.mentions
        WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'Lost'
        BEGIN SELECT RAISE(ROLLBACK, 'transaction lost for the test'); END;
        """)
    batch = [
        territoryArticle("Six", on: 6, names: [eastland, eastStrip], claims: [("BBB", .holds)]),
        territoryArticle("Undone", on: 7, names: [TerritoryName(name: "Westmark")], claims: [("CCC", .claims)]),
        territoryArticle("Seven", on: 8, names: [TerritoryName(name: "Kuril")], claims: [("JPN", .claims)]),
        territoryArticle("Lost", on: 9, names: [eastland], claims: [("DDD", .claims)]),
        territoryArticle("Eight", on: 10, names: [TerritoryName(name: "Northwatch")], claims: [("EEE", .claims)]),
    ]
    let results = store.add(batch)
    #expect(results.map { (try? $0.get()) != nil } == [true, false, true, false, true])
    #expect(try disagreements(store) == [])
    #expect(try rows(store, "SELECT name FROM territories ORDER BY name") == [[.text("Eastland")], [.text("Northern Territories")], [.text("Northwatch")]])
    #expect(try shownTable(store) == recountedTable(store))
    #expect(try shownTable(store)[0] == [.text("Eastland"), .text("AAA, BBB"), .integer(4)])

    // Deletes the Store never makes, made by hand: an article (its claims, mentions and
    // territory entries go with it), a claim, a claim moved to another country, a territory.
    try store.database.execute("DELETE FROM articles WHERE title = 'Two'")
    #expect(try disagreements(store) == [])
    try store.database.execute("UPDATE claims SET country = 'JPN' WHERE article_id = (SELECT id FROM articles WHERE title = 'Six')")
    try store.database.execute("DELETE FROM claims WHERE country = 'AAA'")
    // A claim deleted alone leaves its article among the territory's (territory_articles keeps it).
    #expect(try disagreements(store, checkAgainstFacts: false) == [])
    try store.database.execute("DELETE FROM territories WHERE name = 'Northwatch'")
    #expect(try disagreements(store, checkAgainstFacts: false) == [])
    #expect(try shownTable(store)[0] == [.text("Eastland"), .text("BBB, JPN"), .integer(4)])
    #expect(try rows(store, "SELECT territory_id FROM territory_counts ORDER BY 1").count == 2)
}

/// People with meetings, so each can be found through meetings-of.
private func storePeople(_ store: Store, _ names: [String]) throws {
    var i = 0
    while i < names.count {
        let pair = [names[i], names[(i + 1) % names.count]]
        let body = "\(pair[0]) met \(pair[1]) on talks number \(i)."
        var b = FactsBuilder(body: body)
        b.facts.people = pair.map { PersonFact(name: $0, mentions: [b.evidence($0)]) }
        b.facts.meetings = [
            MeetingFact(participants: pair, status: .held, date: day(1 + i), datePrecision: .day, evidence: [b.evidence("met")])
        ]
        _ = try store.add(article: Article(date: day(1 + i), body: body), facts: b.facts)
        i += 2
    }
}

@Test func anyPartOfANameFindsThePeopleAPassOverEveryAliasFinds() throws {
    let store = try Store(path: temporaryDatabase())
    let names = [
        "Sergei Lavrov", "Kōno Tarō", "Jean-Luc O'Neil", "Ma Ying-jeou", "Li Qiang", "ANNA LAVROVA", "Zoë d'Arc", "Ed Al",
    ]
    try storePeople(store, names)
    #expect(try rows(store, "SELECT count(*) FROM people") == [[.integer(Int64(names.count))]])
    // The index holds exactly the aliases.
    #expect(
        try rows(store, "SELECT person_id, alias_key, alias FROM person_alias_trigrams ORDER BY 1, 2")
            == rows(store, "SELECT person_id, alias_key, alias FROM person_aliases ORDER BY 1, 2"))
    // The test the query documents ("any part of a name or alias, any case"), over every alias.
    let everyAlias = try store.database.prepare(
        """
        SELECT DISTINCT p.name FROM person_aliases al JOIN people p ON p.id = al.person_id
        WHERE instr(al.alias_key, lower(?1)) > 0
           OR al.alias LIKE '%' || replace(replace(replace(?1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\'
        ORDER BY 1
        """)
    let meetingsOf = try QueryCatalog.builtIn().query(named: "meetings-of")
    let searches = [
        "lavrov", "LAVROV", "Lavrova", "kono", "Kōno", "KŌNO", "tarō", "o'neil", "ONeil", "-luc", "ying-j", "zoë", "ZOË", "d'a",
        "li", "Li", "ed", "a", "e", "", "%", "_", "ov%", "\"", "ma y", "ed al", "no such name", "ANNA", "x",
    ]
    for search in searches {
        let expected = try everyAlias.allRowsBinding(search).map { $0[0] }
        let found = Set(try store.run(meetingsOf, parameters: ["person": search]).rows.map { $0[0] })
        #expect(found == Set(expected), "\(search)")
    }
    #expect(try everyAlias.allRowsBinding("kono").count == 1)
    #expect(try everyAlias.allRowsBinding("a").count > 3)

    // A person deleted by hand leaves their names in the trigram index (no trigger may write it);
    // the next person stored takes the freed id, and the old names must not find them.
    let last = try rows(store, "SELECT id, name FROM people ORDER BY id DESC LIMIT 1")[0]
    #expect(last[1] == .text("Ed Al"))
    guard case .integer(let lastID) = last[0] else { return }
    try store.database.execute("DELETE FROM people WHERE name = 'Ed Al'")
    try storePeople(store, ["Nora Vale", "Ivo Park"])
    #expect(try rows(store, "SELECT name FROM people WHERE id = \(lastID)") == [[.text("Nora Vale")]])
    #expect(try store.run(meetingsOf, parameters: ["person": "Ed Al"]).rows.isEmpty)
    #expect(try store.run(meetingsOf, parameters: ["person": "Nora"]).rows.map { $0[0] } == [.text("Nora Vale")])
}

extension Statement {
    fileprivate func allRowsBinding(_ value: String) throws -> [[Value]] {
        reset()
        try bind([value])
        return try allRows()
    }
}

@Test func aliasIndexHoldsExactlyTheStoredAliasesAfterAnUndoneArticleAndALostTransaction() throws {
    let store = try Store(path: temporaryDatabase())
    // Each article names a person of its own (new aliases to index) and one they share.
    func article(_ title: String, _ person: String) -> (article: Article, facts: ArticleFacts) {
        let body = "\(person) spoke with Marta Olsen in \(title)."
        var b = FactsBuilder(body: body)
        b.facts.people = [
            PersonFact(name: person, aliases: [String(person.split(separator: " ").last!)], mentions: [b.evidence(person)]),
            PersonFact(name: "Marta Olsen", mentions: [b.evidence("Marta Olsen")]),
        ]
        return (Article(title: title, body: body), b.facts)
    }
    // Undone once its person and aliases are written (their row in person_articles fails); lost whole.
    try store.database.execute(
        """
        CREATE TEMP TRIGGER fail_undone BEFORE INSERT ON main.person_articles
        WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'Undone'
        BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;
        CREATE TEMP TRIGGER lose_lost BEFORE INSERT ON main.person_articles
        WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'Lost'
        BEGIN SELECT RAISE(ROLLBACK, 'transaction lost for the test'); END;
        """)
    let results = store.add([
        article("Avalon", "Ada Quill"), article("Undone", "Uwe Brand"), article("Camelot", "Cora Fenn"),
        article("Lost", "Lia Storm"), article("Erewhon", "Eli Hart"),
    ])
    #expect(results.map { (try? $0.get()) != nil } == [true, false, true, false, true])
    let stored = "SELECT person_id, alias_key, alias FROM person_aliases ORDER BY 1, 2"
    let indexed = "SELECT person_id, alias_key, alias FROM person_alias_trigrams ORDER BY 1, 2"
    #expect(try rows(store, indexed) == rows(store, stored))
    #expect(try rows(store, "SELECT count(*) FROM person_aliases") == [[.integer(7)]])
    try store.database.execute("INSERT INTO person_alias_trigrams (person_alias_trigrams, rank) VALUES ('integrity-check', 1)")
    for gone in ["Uwe Brand", "Lia Storm"] {
        #expect(try rows(store, "SELECT count(*) FROM person_alias_trigrams WHERE alias = '\(gone)'") == [[.integer(0)]])
    }
}
