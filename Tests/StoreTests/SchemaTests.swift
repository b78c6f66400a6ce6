import Foundation
import Testing
import SQLite
import Extraction
@testable import Store

@Test func embeddedFilesEqualTheFilesOnDisk() throws {
    for name in ["schema.sql", "queries.sql"] {
        let onDisk = try String(contentsOf: repositoryRoot().appendingPathComponent(name), encoding: .utf8)
        #expect(Embedded.files[name] == onDisk, "\(name) embedded in the binary differs from the file; rebuild")
    }
}

@Test func newStoreHasTheSchemaItsVersionAndWAL() throws {
    let store = try Store(path: temporaryDatabase())
    #expect(Store.schemaVersion == 5)
    #expect(try store.database.userVersion() == Store.schemaVersion)
    #expect(try store.database.prepare("PRAGMA journal_mode").scalar() == .text("wal"))
    #expect(try store.database.prepare("PRAGMA foreign_keys").scalar() == .integer(1))
    let tables = try store.database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").allRows().map { $0[0].text! }
    #expect(tables == ["article_search", "article_search_config", "article_search_data", "article_search_docsize", "article_search_idx",
                       "articles", "claims", "countries", "meeting_participants", "meeting_sources", "meetings", "mentions",
                       "people", "person_aliases", "person_articles", "person_surnames", "sentences", "territories", "territory_names"])
}

@Test func migrationStepsReachTheSchemaVersion() {
    #expect(Migration.all.map(\.from) == Array(1..<Store.schemaVersion))
}

/// Version 3's indexes on territory claims and mentions, for making a new database an older one
/// (with version 4's full-text index gone too).
private let versionThreeTerritoryIndexes = versionFourWithoutSearch + """
    DROP INDEX claims_territory; DROP INDEX claims_territory_kind; DROP INDEX mentions_territory;
    CREATE INDEX claims_territory ON claims(territory_id);
    CREATE INDEX mentions_territory ON mentions(territory_id) WHERE territory_id IS NOT NULL;
    """

/// What version 5 added, dropped to make a new database a version-4 one.
private let versionFourWithoutSearch = "DROP TABLE article_search; DROP VIEW article_search_text;"

private func schemaObjects(_ db: Database) throws -> Set<String> {
    Set(try db.prepare("SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master").allRows().map { $0[0].text! })
}

@Test func versionOneDatabaseIsMigratedKeepingItsMeetings() throws {
    let path = temporaryDatabase()
    do {
        let store = try Store(path: path)
        let (article, facts) = kurilArticle()
        _ = try store.add(article: article, facts: facts)
        // Version 1 had no meeting_sources table: make this database a version-1 one.
        try store.database.execute(versionThreeTerritoryIndexes)
        try store.database.execute("DROP TABLE meeting_sources; DROP TABLE person_surnames; PRAGMA user_version = 1;")
    }
    let fresh = try Store(path: temporaryDatabase())
    let migrated = try Store(path: path)
    #expect(try migrated.database.userVersion() == Store.schemaVersion)
    #expect(try schemaObjects(migrated.database) == schemaObjects(fresh.database))
    let sources = try migrated.database.prepare("SELECT status FROM meeting_sources ORDER BY meeting_id").allRows()
    #expect(sources == [[.text("held")], [.text("planned")]])
    #expect(try migrated.database.prepare("PRAGMA foreign_key_check").allRows().isEmpty)
}

@Test func versionTwoDatabaseIsMigratedWithSurnamesAndWiderMeetingStatus() throws {
    let path = temporaryDatabase()
    do {
        let store = try Store(path: path)
        let (article, facts) = kurilArticle()
        _ = try store.add(article: article, facts: facts)
        // Make it a version-2 database: no surname index, no status trigger, and meeting
        // statuses limited to held and planned.
        try store.database.execute(versionThreeTerritoryIndexes)
        try store.database.execute("""
            DROP TABLE person_surnames;
            CREATE TEMP TABLE copy AS SELECT * FROM meeting_sources;
            DROP TABLE meeting_sources;
            CREATE TABLE meeting_sources (
                meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                sentence   INTEGER,
                status     TEXT NOT NULL CHECK (status IN ('held', 'planned')),
                FOREIGN KEY (article_id, sentence) REFERENCES sentences(article_id, idx)
            );
            INSERT INTO meeting_sources SELECT * FROM copy;
            PRAGMA user_version = 2;
            """)
    }
    let fresh = try Store(path: temporaryDatabase())
    let migrated = try Store(path: path)
    #expect(try migrated.database.userVersion() == Store.schemaVersion)
    #expect(try schemaObjects(migrated.database) == schemaObjects(fresh.database))
    #expect(try migrated.database.prepare("PRAGMA foreign_key_check").allRows().isEmpty)
    let meetings = try migrated.database.prepare("""
        SELECT status, (SELECT count(*) FROM meeting_participants WHERE meeting_id = m.id),
               (SELECT count(*) FROM meeting_sources WHERE meeting_id = m.id) FROM meetings m ORDER BY id
        """).allRows()
    #expect(meetings == [[.text("held"), .integer(2), .integer(1)], [.text("planned"), .integer(2), .integer(1)]])
    let surnames = try migrated.database.prepare("SELECT surname_key FROM person_surnames ORDER BY surname_key").allRows()
    #expect(surnames == [[.text("abe")], [.text("kono")], [.text("lavrov")], [.text("putin")]])

    // The index serves new articles: "Sergey Lavrov" is the stored "Sergei Lavrov".
    var b = FactsBuilder(body: "Sergey Lavrov spoke.")
    b.facts.people = [PersonFact(name: "Sergey Lavrov", country: "RUS")]
    _ = try migrated.add(article: Article(date: Day(year: 2019, month: 2, day: 1), body: b.body), facts: b.facts)
    #expect(try migrated.database.prepare("SELECT count(*) FROM people").scalar() == .integer(4))
    // A report calling the planned meeting off is now storable, and the meeting says so.
    try migrated.database.execute("INSERT INTO meeting_sources (meeting_id, article_id, sentence, status) VALUES (2, 2, 0, 'cancelled')")
    #expect(try migrated.database.prepare("SELECT status FROM meetings WHERE id = 2").scalar() == .text("cancelled"))
}

@Test func versionThreeDatabaseGetsTheCoveringTerritoryIndexes() throws {
    let path = temporaryDatabase()
    do {
        let store = try Store(path: path)
        let (article, facts) = kurilArticle()
        _ = try store.add(article: article, facts: facts)
        try store.database.execute(versionThreeTerritoryIndexes + "PRAGMA user_version = 3;")
    }
    let fresh = try Store(path: temporaryDatabase())
    let migrated = try Store(path: path)
    #expect(try migrated.database.userVersion() == Store.schemaVersion)
    #expect(try schemaObjects(migrated.database) == schemaObjects(fresh.database))
    let query = try QueryCatalog.builtIn().query(named: "disputed-territories")
    let plan = try migrated.database.prepare("EXPLAIN QUERY PLAN " + query.sql).allRows().compactMap { $0[3].text }
    #expect(plan.contains("SEARCH claims USING COVERING INDEX claims_territory (territory_id=?)"))
    #expect(plan.contains("SEARCH mentions USING COVERING INDEX mentions_territory (territory_id=?)"))
    #expect(try migrated.run(query).rows.count == 1)
}

@Test func versionFourDatabaseGetsTheFullTextIndexOfItsArticles() throws {
    let path = temporaryDatabase()
    do {
        let store = try Store(path: path)
        let (article, facts) = kurilArticle()
        _ = try store.add(article: article, facts: facts)
        try store.database.execute(versionFourWithoutSearch + "PRAGMA user_version = 4;")
    }
    // Read-only, a version-4 database cannot be searched, and says why.
    let reader = try Store(path: path, access: .readOnly)
    let refusal = try #require(throws: StoreError.self) { try reader.searchArticles("Kuril") }
    #expect(refusal.description.contains("no full-text index yet"))
    let fresh = try Store(path: temporaryDatabase())
    let migrated = try Store(path: path)
    #expect(try migrated.database.userVersion() == Store.schemaVersion)
    #expect(try schemaObjects(migrated.database) == schemaObjects(fresh.database))
    #expect(try migrated.searchArticles("Northern Territories").matches.map(\.articleID) == [1])
    try migrated.database.execute("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)")
}

@Test func newerSchemaIsRefusedWithItsVersion() throws {
    let path = temporaryDatabase()
    do {
        let db = try Database(path: path)
        try db.execute("CREATE TABLE future (x); PRAGMA user_version = 99;")
    }
    let error = try #require(throws: StoreError.self) { try Store(path: path) }
    #expect(error.description == "\(path): database schema version 99 is newer than this dipkb supports (\(Store.schemaVersion))")
    #expect(throws: StoreError.self) { try Store(path: path, access: .readOnly) }
}

@Test func foreignDatabaseAndNonDatabaseAreRefused() throws {
    let path = temporaryDatabase()
    do {
        let db = try Database(path: path)
        try db.execute("CREATE TABLE mine (x)")
    }
    #expect(throws: StoreError.notADipKBDatabase(path: path)) { try Store(path: path) }

    let text = temporaryDatabase()
    try Data(String(repeating: "plain text, not a database\n", count: 10).utf8).write(to: URL(fileURLWithPath: text))
    #expect(throws: StoreError.notADatabase(path: text)) { try Store(path: text) }
    #expect(throws: StoreError.notADatabase(path: text)) { try Store(path: text, access: .readOnly) }
    #expect(throws: StoreError.noDatabase(path: text + ".missing")) { try Store(path: text + ".missing", access: .readOnly) }
}
