import Foundation
import SQLite
import Store

/// A second write ceiling, for the rows a load writes rather than for as many rows of one narrow
/// table: every row of a loaded database copied into a new one of the same schema (its indexes,
/// its triggers, both full-text indexes) by bare prepared inserts through our SQLite layer, in one
/// transaction, with the pragmas of a load. Nothing is extracted, matched or looked up: the rows
/// are read first and the clock runs over the inserts alone. The tables its triggers fill
/// (`territory_articles`, `territory_counts`, `territory_claimants`) are left to the triggers, as
/// in a load; the articles' full-text index is filled from its view by one statement.
struct SameRowsCeiling {
    let loaded: String
    let path: String

    /// Tables in an order in which every row's references are already there.
    static let tables = [
        "countries", "articles", "sentences", "people", "person_aliases", "person_surnames", "person_articles",
        "territories", "territory_names", "meetings", "meeting_participants", "meeting_sources", "mentions", "claims",
    ]

    struct Result {
        var rows = 0
        var seconds = 0.0
        var fullTextSeconds = 0.0
        /// Each table's rows and the seconds their inserts took, in the order written.
        var tables: [(name: String, rows: Int, seconds: Double)] = []
    }

    func run() throws -> Result {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        _ = try Store(path: path)  // the schema, as `dipkb load` makes it
        let database = try Database(path: path)
        // The writer's connection as a load sets it: its page cache (`LoadSettings`), foreign keys
        // and the CHECK lists of values left to the writer's own construction (`FactWriter`).
        try database.execute(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;"
                + " PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON")
        let source = try Database(path: loaded, mode: .readOnly)
        var copies: [(String, Statement, [[Value]])] = []
        var result = Result()
        for table in Self.tables + ["person_alias_trigrams"] {
            let (insert, rows) = try rowsAndInsert(of: table, from: source, into: database)
            copies.append((table, insert, rows))
            result.rows += rows.count
        }
        let clock = ContinuousClock()
        let fullText = try database.prepare(
            "INSERT INTO article_search (rowid, title, body, evidence) SELECT id, title, body, evidence FROM article_search_text")
        result.seconds = try clock.measure {
            try database.transaction {
                try database.execute("DELETE FROM countries")
                for (table, insert, rows) in copies {
                    let seconds = try clock.measure {
                        for row in rows {
                            insert.reset()
                            for (i, value) in row.enumerated() { try insert.bind(value, at: i + 1) }
                            try insert.step()
                        }
                    }.seconds
                    result.tables.append((table, rows.count, seconds))
                }
                result.fullTextSeconds = try clock.measure { try fullText.step() }.seconds
            }
        }.seconds
        return result
    }

    /// The rows of one table of `source`, and the insert that writes them into `database`.
    private func rowsAndInsert(of table: String, from source: Database, into database: Database) throws -> (Statement, [[Value]]) {
        let isFullText = table == "person_alias_trigrams"
        var columns: [String] = isFullText ? ["rowid", "person_id", "alias_key", "alias"] : []
        if !isFullText {
            let info = try source.prepare("SELECT name FROM pragma_table_info(?)")
            try info.bind(table, at: 1)
            while try info.step() { columns.append("\"\(info.string(at: 0) ?? "")\"") }
        }
        let list = columns.joined(separator: ", ")
        // Table and column names are this file's own and the database's schema's, not a user's.
        let select = try source.prepare("SELECT \(list) FROM \(table)")
        var rows: [[Value]] = []
        while try select.step() { rows.append((0..<columns.count).map { select.value(at: $0) }) }
        let insert = try database.prepare(
            "INSERT INTO \(table) (\(list)) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))")
        return (insert, rows)
    }
}
