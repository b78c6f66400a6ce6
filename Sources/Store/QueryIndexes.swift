import Foundation
import SQLite

/// The indexes of schema.sql that only queries read: the writer never looks anything up
/// through them (it finds people, meetings and territories through others), yet pays for an
/// entry in each for every row it inserts: about 70 per article (the person and country
/// mentions, the participants by person, meetings by date, claims by country, each article's
/// people by person, the claims by holder and by kind), a tenth of the writer's instructions, and on a large database they are
/// the pages furthest from one another that each article's rows touch.
///
/// A load at least as large as what the database held before it (`Loader`) drops them and
/// builds them once at its end, sorting each table once instead of inserting entry by entry.
/// Crash safety: dropping and building are each one transaction; a load that never reaches
/// its end (killed, a power cut) leaves the database whole, its tables and the indexes the
/// writer reads untouched, and the next load builds the missing ones first (`Loader`). Until
/// then, queries run without them: the same rows, slower.
enum QueryIndexes {
    /// Names of the indexes, as schema.sql creates them.
    static let names = [
        "mentions_person", "mentions_country", "meeting_participants_person", "meetings_date", "claims_country",
        "person_articles_person", "claims_holder", "claims_territory_kind",
    ]
    // `claims_holder` and `claims_territory_kind` answer disputed-territories alone. The first is
    // keyed by the claim's date, which a trigger writes just after the insert: both take their
    // entries at random places. On a 100,000-article database they were 500 of the 11,147 pages
    // 1,000 articles wrote (`strace`, `dipkb-bench append`; docs/performance.md, the writer's
    // tenth round). The writer moves claims by `claims_territory`, which stays.
    // Kept though only queries read it: `meetings_article` answers lookups a query makes once per
    // article, which without it scan the whole table per article, and a query run during the load
    // would take the square of the database's size. (`person_articles` answers the same lookups
    // by its own key, the article first.)

    /// Each index's `CREATE INDEX` statement, as schema.sql writes it (so a database whose
    /// indexes were built again holds exactly the schema of a new one).
    static let definitions: [(name: String, sql: String)] = {
        let schema = Embedded.files["schema.sql"] ?? ""
        let lines = schema.split(separator: "\n")
        return names.map { name in
            guard let line = lines.first(where: { $0.hasPrefix("CREATE INDEX \(name) ON ") && $0.hasSuffix(";") }) else {
                fatalError("schema.sql has no one-line CREATE INDEX \(name)")
            }
            return (name, String(line.dropLast()))
        }
    }()

    /// The names of those indexes the database lacks.
    static func missing(in database: Database) throws -> [String] {
        let present = try database.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").allRows()
            .compactMap { if case .text(let name) = $0[0] { name } else { nil } }
        return names.filter { !present.contains($0) }
    }

    /// Drops them, in one transaction.
    static func drop(in database: Database) throws {
        try database.transaction(immediate: true) {
            for name in names { try database.execute("DROP INDEX IF EXISTS \(name)") }
        }
    }

    /// Threads SQLite's sorter may start beside the writer's to sort and merge the spilled runs of
    /// an index build. At the end of a load the extraction cores are idle: on a 100,000-article
    /// database the five indexes were built in 1.97–2.01 s instead of 2.45–2.60 s (for 0.6 s
    /// more CPU and 2 MB more memory; two threads did no better, 2.06–2.27 s).
    static let sortHelperThreads = 1

    /// Builds those missing, in one transaction. The sort behind each is spilled to temporary
    /// files rather than kept in memory (`PRAGMA temp_store = MEMORY`, the load's setting for its
    /// small statement journals, would hold a whole table's keys in memory on a large database),
    /// and SQLite sorts in memory as much as the page cache holds: the cache is made small for
    /// the build (2 MiB rather than the load's 32), so that the build adds little to the load's
    /// resident memory, whatever the size of the database.
    static func build(in database: Database) throws {
        guard try !missing(in: database).isEmpty else { return }
        let cacheSize = try database.prepare("PRAGMA cache_size").scalar()
        let threads = try database.prepare("PRAGMA threads").scalar()
        try database.execute("PRAGMA temp_store = FILE; PRAGMA cache_size = -2048; PRAGMA threads = \(sortHelperThreads)")
        defer {
            if case .integer(let size)? = cacheSize { try? database.execute("PRAGMA cache_size = \(size)") }
            if case .integer(let count)? = threads { try? database.execute("PRAGMA threads = \(count)") }
            try? database.execute("PRAGMA temp_store = MEMORY")
        }
        try database.transaction(immediate: true) {
            // Judged again under the write lock: another loader may have built them meanwhile.
            let missing = try missing(in: database)
            for (name, sql) in definitions where missing.contains(name) { try database.execute(sql) }
        }
    }
}
