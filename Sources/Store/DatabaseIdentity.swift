import SQLite

/// What an opened SQLite file is, judged by reading only (nothing is written before the
/// answer): dipkb's own knowledge base, a blank file to create one in, a dipkb database from
/// before the marker existed, or something else that must be left exactly as it is.
enum DatabaseIdentity: Equatable {
    /// No tables and no marks in the header: a new database.
    case blank
    /// Carries dipkb's application id; `version` is its schema version.
    case marked(version: Int)
    /// Made by a dipkb from before the application id: a dipkb schema version and dipkb's
    /// tables of the right shape, but no mark. Gets the mark when next opened for writing.
    case unmarked(version: Int)
    /// Another program's database (or one that only resembles ours by its user_version).
    case foreign

    /// dipkb's mark in the SQLite header, "dipk" in ASCII; schema.sql sets the same number.
    static let applicationID: Int32 = 0x6469_706B

    /// Read in one snapshot: the mark, the version and the tables read as three statements on
    /// their own could straddle another process's creation of the schema, and tables committed
    /// after a blank header was read looked like another program's.
    /// (`betweenReads` runs after the header is read, for a test to commit a schema there.)
    static func of(_ database: Database, betweenReads: () throws -> Void = {}) throws -> DatabaseIdentity {
        if database.isInTransaction { return try read(database, betweenReads: betweenReads) }
        return try database.transaction(immediate: false) { try read(database, betweenReads: betweenReads) }
    }

    private static func read(_ database: Database, betweenReads: () throws -> Void) throws -> DatabaseIdentity {
        let id = try database.applicationID()
        let version = try database.userVersion()
        try betweenReads()
        let tables = try tableNames(database)
        if id == applicationID {
            if version == 0 { return tables.isEmpty ? .blank : .foreign }
            return .marked(version: version)
        }
        if id != 0 { return .foreign }
        if tables.isEmpty { return version == 0 ? .blank : .foreign }
        // A database from a newer dipkb is refused anyway, without a write.
        if version > Store.schemaVersion { return .marked(version: version) }
        guard version > 0, try hasDipKBShape(database, version: version, tables: tables) else { return .foreign }
        return .unmarked(version: version)
    }

    /// Tables every dipkb schema version has had, and those added since (version → tables).
    static let coreTables: Set<String> = [
        "articles", "sentences", "countries", "people", "person_aliases", "person_articles",
        "territories", "territory_names", "claims", "meetings", "meeting_participants", "mentions",
    ]
    static let tablesAdded: [Int: Set<String>] = [2: ["meeting_sources"], 3: ["person_surnames"], 5: ["article_search"], 6: ["territory_articles"]]
    /// The columns of `articles`, unchanged since the first schema: a table of that name from
    /// another program is very unlikely to have them all.
    static let articleColumns: Set<String> = ["id", "content_hash", "title", "published", "source", "body", "loaded_at"]

    private static func hasDipKBShape(_ database: Database, version: Int, tables: Set<String>) throws -> Bool {
        var expected = coreTables
        for (since, added) in tablesAdded where version >= since { expected.formUnion(added) }
        guard expected.isSubset(of: tables) else { return false }
        let columns = Set(try database.prepare("SELECT name FROM pragma_table_info('articles')").allRows().compactMap { $0[0].text })
        return articleColumns.isSubset(of: columns)
    }

    private static func tableNames(_ database: Database) throws -> Set<String> {
        Set(try database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").allRows().compactMap { $0[0].text })
    }
}
