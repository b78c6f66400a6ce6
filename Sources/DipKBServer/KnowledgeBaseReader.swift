import Foundation
import Store

/// The server's one connection to the knowledge base, opened read-only (SQLite refuses every
/// write on it) and lent to one request at a time. The database is in WAL mode, so each
/// statement reads the latest commit while a `dipkb load` goes on writing.
actor KnowledgeBaseReader {
    private let database: PageDatabase

    init(path: String) throws {
        database = PageDatabase(
            store: try Store(path: path, access: .readOnly),
            pages: try PageQueries.catalog(),
            named: try QueryCatalog.builtIn())
    }

    /// Runs `body` with the connection; no other request uses it meanwhile.
    func read<T: Sendable>(_ body: @Sendable (PageDatabase) throws -> T) throws -> T {
        try body(database)
    }
}
