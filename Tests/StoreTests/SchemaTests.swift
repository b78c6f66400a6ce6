import Extraction
import Foundation
import SQLite
import Testing

@testable import Store

@Test func embeddedFilesEqualTheFilesOnDisk() throws {
    for name in ["schema.sql", "queries.sql"] {
        let onDisk = try String(contentsOf: repositoryRoot().appendingPathComponent(name), encoding: .utf8)
        #expect(Embedded.files[name] == onDisk, "\(name) embedded in the binary differs from the file; rebuild")
    }
}

@Test func newStoreHasTheSchemaItsVersionAndWAL() throws {
    let store = try Store(path: temporaryDatabase())
    #expect(Store.schemaVersion == 10)
    #expect(try store.database.userVersion() == Store.schemaVersion)
    #expect(try store.database.prepare("PRAGMA journal_mode").scalar() == .text("wal"))
    #expect(try store.database.prepare("PRAGMA foreign_keys").scalar() == .integer(1))
    let tables = try store.database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").allRows().map { $0[0].text! }
    #expect(
        tables == [
            "article_search", "article_search_config", "article_search_data", "article_search_docsize", "article_search_idx",
            "articles", "claims", "countries", "meeting_participants", "meeting_sources", "meetings", "mentions",
            "people", "person_alias_trigrams", "person_alias_trigrams_config", "person_alias_trigrams_content",
            "person_alias_trigrams_data", "person_alias_trigrams_docsize", "person_alias_trigrams_idx", "person_aliases",
            "person_articles", "person_surnames", "sentences", "territories", "territory_articles", "territory_claimants",
            "territory_counts", "territory_names",
        ])
}

@Test func migrationStepsReachTheSchemaVersion() {
    #expect(Migration.all.map(\.from) == Array(1..<Store.schemaVersion))
}

/// What version 7 added (the kept territory counts and claimants, the aliases' trigram index),
/// and version 10's undated meetings index, dropped to make a new database a version-6 one.
private let versionSix = """
    DROP TRIGGER territory_counts_added; DROP TRIGGER territory_counts_removed; DROP TRIGGER territory_counts_moved;
    DROP TRIGGER territory_claimants_added; DROP TRIGGER territory_claimants_removed; DROP TRIGGER territory_claimants_moved;
    DROP TABLE territory_counts; DROP TABLE territory_claimants; DROP TABLE person_alias_trigrams;
    DROP INDEX meetings_undated;
    PRAGMA user_version = 6;
    """

/// Version 5's claims and meeting participants (without the dates kept beside them), no
/// territory_articles, and the status trigger run for every report: makes a new database a
/// version-5 one (the older versions' changes are made on top of it).
private let versionFive =
    versionSix + """
        DROP TRIGGER claims_published; DROP TRIGGER territory_articles_from_claims; DROP TRIGGER territory_articles_from_moved_claims;
        DROP TRIGGER territory_articles_from_moved_mentions;
        DROP TRIGGER meeting_date_to_participants; DROP TRIGGER meeting_status_from_sources;
        DROP TABLE territory_articles;
        CREATE TEMP TABLE old_claims AS SELECT id, territory_id, country, kind, article_id, sentence FROM claims;
        CREATE TEMP TABLE old_participants AS SELECT meeting_id, person_id, position FROM meeting_participants;
        DROP TABLE claims;
        DROP TABLE meeting_participants;
        CREATE TABLE claims (
            id           INTEGER PRIMARY KEY,
            territory_id INTEGER NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
            country      TEXT NOT NULL REFERENCES countries(code),
            kind         TEXT NOT NULL CHECK (kind IN ('claims', 'holds')),
            article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence     INTEGER NOT NULL,
            FOREIGN KEY (article_id, sentence) REFERENCES sentences(article_id, idx)
        );
        CREATE INDEX claims_territory ON claims(territory_id, article_id);
        CREATE INDEX claims_territory_kind ON claims(territory_id, kind, article_id, country);
        CREATE INDEX claims_country ON claims(country);
        CREATE INDEX claims_article ON claims(article_id);
        CREATE TABLE meeting_participants (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            PRIMARY KEY (meeting_id, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX meeting_participants_person ON meeting_participants(person_id);
        INSERT INTO claims SELECT * FROM old_claims;
        INSERT INTO meeting_participants SELECT * FROM old_participants;
        DROP TABLE old_claims;
        DROP TABLE old_participants;
        CREATE TRIGGER meeting_status_from_sources AFTER INSERT ON meeting_sources
        BEGIN
            UPDATE meetings SET status = coalesce(
                (SELECT 'held' FROM meeting_sources s WHERE s.meeting_id = NEW.meeting_id AND s.status = 'held' LIMIT 1),
                (SELECT s.status FROM meeting_sources s JOIN articles a ON a.id = s.article_id
                 WHERE s.meeting_id = NEW.meeting_id
                 ORDER BY a.published IS NULL, a.published DESC, s.rowid DESC LIMIT 1))
            WHERE id = NEW.meeting_id;
        END;
        PRAGMA user_version = 5;
        """

/// Version 3's indexes on territory claims and mentions, for making a new database an older one
/// (with version 6's changes and version 5's full-text index gone too).
private let versionThreeTerritoryIndexes =
    versionFive + versionFourWithoutSearch + """
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
        try store.database.execute(
            """
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
    let meetings = try migrated.database.prepare(
        """
        SELECT status, (SELECT count(*) FROM meeting_participants WHERE meeting_id = m.id),
               (SELECT count(*) FROM meeting_sources WHERE meeting_id = m.id) FROM meetings m ORDER BY id
        """
    ).allRows()
    #expect(meetings == [[.text("held"), .integer(2), .integer(1)], [.text("planned"), .integer(2), .integer(1)]])
    let surnames = try migrated.database.prepare("SELECT surname_key FROM person_surnames ORDER BY surname_key").allRows()
    #expect(surnames == [[.text("abe")], [.text("kono")], [.text("lavrov")], [.text("putin")]])

    // The index serves new articles: "Sergey Lavrov" is the stored "Sergei Lavrov".
    var b = FactsBuilder(body: "Sergey Lavrov spoke.")
    b.facts.people = [PersonFact(name: "Sergey Lavrov", country: "RUS")]
    _ = try migrated.add(article: Article(date: Day(year: 2019, month: 2, day: 1), body: b.body), facts: b.facts)
    #expect(try migrated.database.prepare("SELECT count(*) FROM people").scalar() == .integer(4))
    // A report calling the planned meeting off is now storable, and the meeting says so (without
    // a sentence: the article's facts cite none, so none of its sentences is stored).
    try migrated.database.execute("INSERT INTO meeting_sources (meeting_id, article_id, sentence, status) VALUES (2, 2, NULL, 'cancelled')")
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
    #expect(plan.contains("SEARCH cl USING COVERING INDEX claims_holder (territory_id=? AND kind=?)"))
    #expect(plan.contains("SEARCH territory_counts USING INTEGER PRIMARY KEY (rowid=?)"))
    #expect(plan.contains("SEARCH territory_claimants USING PRIMARY KEY (territory_id=?)"))
    #expect(try migrated.run(query).rows.count == 1)
}

@Test func versionFiveDatabaseGetsTheDatesAndTerritoryArticlesAndAnswersAsANewOne() throws {
    let (migrated, fresh) = try migratedBesideFresh(downgradedBy: versionFive)
    #expect(try migrated.database.userVersion() == Store.schemaVersion)
    #expect(try schemaObjects(migrated.database) == schemaObjects(fresh.database))
    #expect(try migrated.database.prepare("PRAGMA foreign_key_check").allRows().isEmpty)
    for table in ["claims", "meeting_participants", "territory_articles"] {
        let rows = "SELECT * FROM \(table) ORDER BY 1, 2"
        #expect(try migrated.database.prepare(rows).allRows() == fresh.database.prepare(rows).allRows(), "\(table)")
    }
    #expect(try migrated.database.prepare("SELECT count(*) FROM territory_articles").scalar() == .integer(1))
    let catalog = try QueryCatalog.builtIn()
    for name in ["disputed-territories", "who-met-whom", "timeline"] {
        let query = try catalog.query(named: name)
        #expect(try migrated.run(query) == fresh.run(query), "\(name)")
    }
    // Version 6 copied claims out and back: the full-text index still matches the tables.
    try migrated.database.execute("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)")
    #expect(try migrated.searchArticles("Kuril").matches.map(\.articleID) == [1])
}

@Test func versionSixDatabaseGetsTheKeptTerritoryFiguresAndTheAliasTrigramsAndAnswersAsANewOne() throws {
    let (migrated, fresh) = try migratedBesideFresh(downgradedBy: versionSix)
    #expect(try migrated.database.userVersion() == Store.schemaVersion)
    #expect(try schemaObjects(migrated.database) == schemaObjects(fresh.database))
    #expect(try migrated.database.prepare("PRAGMA foreign_key_check").allRows().isEmpty)
    for table in ["territory_counts", "territory_claimants", "person_alias_trigrams"] {
        let rows = "SELECT * FROM \(table) ORDER BY 1, 2"
        #expect(try migrated.database.prepare(rows).allRows() == fresh.database.prepare(rows).allRows(), "\(table)")
    }
    #expect(try migrated.database.prepare("SELECT count(*) FROM person_alias_trigrams").scalar() == .integer(5))
    let catalog = try QueryCatalog.builtIn()
    for (name, parameters) in [("disputed-territories", [:]), ("who-met-whom", ["person": "lavrov"]), ("meetings-of", ["person": "Kono"])] {
        let query = try catalog.query(named: name)
        let answer = try migrated.run(query, parameters: parameters)
        #expect(answer == (try fresh.run(query, parameters: parameters)), "\(name)")
        #expect(!answer.rows.isEmpty, "\(name)")
    }
}

/// Version 8's person_articles, keyed by person, with its index by article (and no index of
/// undated meetings, which version 10 added).
private let versionEight = """
    CREATE TABLE person_articles_old AS SELECT * FROM person_articles;
    DROP TABLE person_articles;
    CREATE TABLE person_articles (
        person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name       TEXT NOT NULL,
        country    TEXT REFERENCES countries(code),
        title      TEXT,
        PRIMARY KEY (person_id, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX person_articles_article ON person_articles(article_id);
    INSERT INTO person_articles SELECT * FROM person_articles_old;
    DROP TABLE person_articles_old;
    DROP INDEX meetings_undated;
    PRAGMA user_version = 8;
    """

@Test func versionEightDatabaseGetsPersonArticlesKeyedByArticleAndAnswersAsANewOne() throws {
    let (migrated, fresh) = try migratedBesideFresh(downgradedBy: versionEight)
    #expect(try migrated.database.userVersion() == Store.schemaVersion)
    #expect(try schemaObjects(migrated.database) == schemaObjects(fresh.database))
    #expect(try migrated.database.prepare("PRAGMA foreign_key_check").allRows().isEmpty)
    let rows = "SELECT * FROM person_articles ORDER BY person_id, article_id"
    #expect(try migrated.database.prepare(rows).allRows() == fresh.database.prepare(rows).allRows())
    #expect(try !migrated.database.prepare(rows).allRows().isEmpty)
    // Keyed by article first: the rows of one article are together, and its people are found
    // through the person index.
    let key = try migrated.database.prepare("SELECT name FROM pragma_index_info('sqlite_autoindex_person_articles_1') ORDER BY seqno").allRows()
    #expect(key == [[.text("article_id")], [.text("person_id")]])
    let catalog = try QueryCatalog.builtIn()
    for (name, parameters) in [("people", [:]), ("articles", [:]), ("who-met-whom", ["person": "lavrov"])] as [(String, [String: String])] {
        let query = try catalog.query(named: name)
        let answer = try migrated.run(query, parameters: parameters)
        #expect(answer == (try fresh.run(query, parameters: parameters)), "\(name)")
        #expect(!answer.rows.isEmpty, "\(name)")
    }
}

@Test func versionFourDatabaseGetsTheFullTextIndexAndVersionSixChanges() throws {
    let path = temporaryDatabase()
    do {
        let store = try Store(path: path)
        let (article, facts) = kurilArticle()
        _ = try store.add(article: article, facts: facts)
        try store.database.execute(versionFive + versionFourWithoutSearch + "PRAGMA user_version = 4;")
    }
    // Read-only, a version-4 database cannot be searched, and says why.
    let reader = try Store(path: path, access: .readOnly)
    let refusal = try #require(throws: StoreError.self) { try reader.searchArticles("Kuril") }
    #expect(refusal.description.contains("no full-text index yet"))
    let fresh = try Store(path: temporaryDatabase())
    let (article, facts) = kurilArticle()
    _ = try fresh.add(article: article, facts: facts)
    let migrated = try Store(path: path)
    #expect(try migrated.database.userVersion() == Store.schemaVersion)
    #expect(try schemaObjects(migrated.database) == schemaObjects(fresh.database))
    #expect(try migrated.searchArticles("Northern Territories").matches.map(\.articleID) == [1])
    try migrated.database.execute("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)")
    // Through version 6 as well: the dates beside claims and participants, territory_articles.
    for table in ["claims", "meeting_participants", "territory_articles"] {
        let rows = "SELECT * FROM \(table) ORDER BY 1, 2"
        #expect(try migrated.database.prepare(rows).allRows() == fresh.database.prepare(rows).allRows(), "\(table)")
    }
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

@Test func versionNineDatabaseGetsTheUndatedMeetingsIndexAndAnswersAsANewOne() throws {
    let (migrated, fresh) = try migratedBesideFresh(downgradedBy: "DROP INDEX meetings_undated; PRAGMA user_version = 9;")
    #expect(try migrated.database.userVersion() == Store.schemaVersion)
    #expect(try schemaObjects(migrated.database) == schemaObjects(fresh.database))
    let undated = "SELECT id FROM meetings INDEXED BY meetings_undated WHERE date IS NULL ORDER BY id"
    #expect(try migrated.database.prepare(undated).allRows() == fresh.database.prepare(undated).allRows())
}

/// The writer's lookups of a stored meeting near a report read undated meetings by people, mode
/// and place from their index: through meetings_match they read every undated meeting of the same
/// people from the table, a page at random for each on a large database.
@Test func theWritersNearMeetingLookupsReadUndatedMeetingsFromTheirIndex() throws {
    let store = try Store(path: temporaryDatabase())
    for sql in [FactWriter.undatedMeetingNearSQL, FactWriter.meetingNearSQL] {
        let plan = try store.database.prepare("EXPLAIN QUERY PLAN " + sql).allRows().compactMap { $0.last?.text }
        #expect(plan.contains { $0.contains("USING INDEX meetings_undated (participant_key=? AND mode=? AND <expr>=?)") }, "\(plan)")
        #expect(!plan.contains { $0.contains("meetings_match (participant_key=? AND date=?)") }, "\(plan)")
    }
}

/// The Kuril article stored in a new database and in one taken back to an older schema by
/// `downgrade`, then opened again (which migrates it): the two a migration test compares.
func migratedBesideFresh(downgradedBy downgrade: String) throws -> (migrated: Store, fresh: Store) {
    let path = temporaryDatabase()
    let fresh = try Store(path: temporaryDatabase())
    let (article, facts) = kurilArticle()
    _ = try fresh.add(article: article, facts: facts)
    do {
        let store = try Store(path: path)
        _ = try store.add(article: article, facts: facts)
        try store.database.execute(downgrade)
    }
    return (try Store(path: path), fresh)
}
