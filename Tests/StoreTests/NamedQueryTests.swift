import Extraction
import Foundation
import SQLite
import Testing

@testable import Store

private func seededStore() throws -> Store {
    let store = try Store(path: temporaryDatabase())
    let (article, facts) = kurilArticle()
    _ = try store.add(article: article, facts: facts)
    return store
}

@Test func whoMetWhomGivesOnePairPerMeetingInTheArticlesOrder() throws {
    let store = try seededStore()
    let result = try store.run(QueryCatalog.builtIn().query(named: "who-met-whom"))
    #expect(result.columns == ["person_a", "country_a", "person_b", "country_b", "date", "status", "place", "mode", "article", "sources"])
    #expect(
        result.rows == [
            [
                .text("Taro Kono"), .text("JPN"), .text("Sergei Lavrov"), .text("RUS"), .text("2019-01-14"), .text("held"), .text("Moscow"), .text("in_person"),
                .integer(1), .integer(1),
            ],
            [
                .text("Shinzo Abe"), .text("JPN"), .text("Vladimir Putin"), .text("RUS"), .null, .text("planned"), .null, .text("in_person"), .integer(1),
                .integer(1),
            ],
        ])
}

@Test func whoMetWhomFiltersByPersonAndCountry() throws {
    let store = try seededStore()
    let query = try QueryCatalog.builtIn().query(named: "who-met-whom")
    #expect(try store.run(query, parameters: ["person": "lavrov"]).column("person_a") == ["Taro Kono"])
    #expect(try store.run(query, parameters: ["person": "Putin"]).column("person_a") == ["Shinzo Abe"])
    #expect(try store.run(query, parameters: ["country": "rus"]).rows.count == 2)
    #expect(try store.run(query, parameters: ["country": "RUS", "person": "Abe"]).column("person_b") == ["Vladimir Putin"])
    #expect(try store.run(query, parameters: ["country": "CHN"]).rows.isEmpty)
}

@Test func parameterHoldingSQLIsAValue() throws {
    let store = try seededStore()
    let query = try QueryCatalog.builtIn().query(named: "who-met-whom")
    let attack = "x'); DROP TABLE people; --"
    #expect(try store.run(query, parameters: ["person": attack]).rows.isEmpty)
    #expect(try store.run(QueryCatalog.builtIn().query(named: "people")).rows.count == 4)

    var catalog = QueryCatalog()
    try catalog.add(text: "-- name: echo\n-- param: text\nSELECT :text AS value", file: "echo.sql")
    #expect(try store.run(catalog.query(named: "echo"), parameters: ["text": attack]).rows == [[.text(attack)]])
}

@Test func otherBuiltInQueriesAnswerOnTheSeed() throws {
    let store = try seededStore()
    let catalog = try QueryCatalog.builtIn()
    let meetings = try store.run(catalog.query(named: "meetings-of"), parameters: ["person": "Kono"])
    #expect(meetings.column("met") == ["Sergei Lavrov"])
    #expect(meetings.column("place") == ["Moscow"])
    let claims = try store.run(catalog.query(named: "claims-by"), parameters: ["country": "jpn"])
    #expect(claims.column("territory") == ["Kuril"])
    #expect(claims.column("other_claimants") == ["RUS"])
    #expect(claims.column("evidence") == ["The islands are known as the Kuril to Russia and the Northern Territories to Japan."])
    let countries = try store.run(catalog.query(named: "countries"))
    #expect(countries.rows == [[.text("JPN"), .text("Japan"), .integer(1)], [.text("RUS"), .text("Russia"), .integer(1)]])
    let articles = try store.run(catalog.query(named: "articles"))
    #expect(
        articles.rows == [
            [.integer(1), .text("2019-01-16"), .text("Russia Asks Japan"), .text("https://example.org/kuril"), .integer(4), .integer(2), .integer(2)]
        ])
}

@Test func missingAndUnknownParametersAndQueriesAreNamed() throws {
    let store = try seededStore()
    let catalog = try QueryCatalog.builtIn()
    #expect(throws: StoreError.missingParameter(query: "meetings-of", parameter: "person")) {
        try store.run(catalog.query(named: "meetings-of"))
    }
    #expect(throws: StoreError.unknownParameter(query: "countries", parameter: "x", known: [])) {
        try store.run(catalog.query(named: "countries"), parameters: ["x": "1"])
    }
    let error = try #require(throws: StoreError.self) { try catalog.query(named: "who-met") }
    #expect(error.description.hasPrefix("no named query \"who-met\"; known queries: who-met-whom, meetings-of,"))
}

@Test func everyBuiltInQueryPreparesAndDeclaresExactlyItsPlaceholders() throws {
    let store = try Store(path: temporaryDatabase())
    let catalog = try QueryCatalog.builtIn()
    #expect(
        catalog.names == [
            "who-met-whom", "meetings-of", "disputed-territories", "claims-by", "people", "countries", "articles", "person", "territory", "timeline",
        ])
    for query in catalog.queries {
        #expect(!query.description.isEmpty, "\(query.name) has no description")
        let placeholders = Set(try store.database.prepare(query.sql).parameterNames.compactMap { $0 })
        #expect(placeholders == Set(query.parameters.map(\.name)), "\(query.name)")
        #expect(query.parameters.allSatisfy { !$0.description.isEmpty })
    }
}

@Test func queryFileHeadersParse() throws {
    var catalog = QueryCatalog()
    try catalog.add(
        text: """
            -- A file of my own.

            -- name: by-date
            -- description: Articles of one day,
            -- description: newest first.
            -- param: day — the day, YYYY-MM-DD
            -- param: source? - only from this source
            -- a comment inside the SQL
            SELECT id FROM articles WHERE published = :day AND (:source IS NULL OR source = :source);
            -- name: two
            SELECT 2
            """, file: "mine.sql")
    #expect(catalog.names == ["by-date", "two"])
    let q = try catalog.query(named: "by-date")
    #expect(q.description == "Articles of one day, newest first.")
    #expect(
        q.parameters == [
            .init(name: "day", description: "the day, YYYY-MM-DD", isOptional: false),
            .init(name: "source", description: "only from this source", isOptional: true),
        ])
    #expect(q.sql.hasPrefix("-- a comment inside the SQL\nSELECT id"))

    #expect(throws: StoreError.queryFile(path: "bad.sql", line: 1, reason: "SQL before any -- name: header")) {
        var c = QueryCatalog()
        try c.add(text: "SELECT 1", file: "bad.sql")
    }
    #expect(throws: StoreError.queryFile(path: "dup.sql", line: 3, reason: "query a is already defined")) {
        var c = QueryCatalog()
        try c.add(text: "-- name: a\nSELECT 1\n-- name: a\nSELECT 2", file: "dup.sql")
    }
    #expect(throws: StoreError.queryFile(path: "empty.sql", line: 2, reason: "query a has no SQL")) {
        var c = QueryCatalog()
        try c.add(text: "-- name: a\n-- description: nothing\n-- name: b\nSELECT 1", file: "empty.sql")
    }
}

@Test func readOnlySQLRefusesWrites() throws {
    let path = temporaryDatabase()
    _ = try seededStore()
    do { _ = try Store(path: path) }
    let store = try Store(path: path, access: .readOnly)
    #expect(try store.runReadOnly(sql: "SELECT count(*) AS n FROM people").rows == [[.integer(0)]])
    for sql in ["DELETE FROM people", "DROP TABLE people", "INSERT INTO countries VALUES ('X', 'Y')", "PRAGMA user_version = 5"] {
        #expect(throws: StoreError.writeRefused) { try store.runReadOnly(sql: sql) }
    }
    // Even on a read-write connection, the statement check alone refuses it.
    let writable = try Store(path: path)
    #expect(throws: StoreError.writeRefused) { try writable.runReadOnly(sql: "DELETE FROM people") }
}

@Test func everyBuiltInQueryPassesTheCheckAUsersFileGets() throws {
    // The built-in catalogue is not prepared against the schema at every start; this is its check.
    let checked = try QueryCatalog.builtIn(checked: true)
    #expect(checked.names == (try QueryCatalog.builtIn()).names)
    #expect(checked.names.count >= 10)
}

@Test func headerLinesAreReadWithTabsAndCarriageReturnsAround() throws {
    var catalog = QueryCatalog()
    try catalog.add(text: "\t-- name: tabbed \r\n-- description:  Lines with tabs.\r\n  SELECT 1 AS one\r\n", file: "crlf.sql")
    let query = try catalog.query(named: "tabbed")
    #expect(query.description == "Lines with tabs.")
    #expect(query.sql.hasPrefix("SELECT 1 AS one"))
}
