import CSQLite
import Extraction
import Foundation
import SQLite

/// The knowledge base on disk: opens or creates a database from the embedded schema.sql,
/// migrates an older one, writes articles with their facts and answers queries.
public final class Store {
    public enum Access: Sendable {
        /// Read and write; the database is created when missing.
        case readWrite
        /// SQLITE_OPEN_READONLY: nothing can be written, not even a migration.
        case readOnly
    }

    public let path: String
    public let database: Database
    public let access: Access
    private var writer: FactWriter?

    /// The schema version of the embedded schema.sql (its `PRAGMA user_version`).
    public static let schemaVersion: Int = {
        let schema = Embedded.files["schema.sql"] ?? ""
        guard let range = schema.range(of: #"PRAGMA user_version = (\d+)"#, options: .regularExpression),
              let number = Int(schema[range].split(separator: " ").last ?? "") else {
            fatalError("schema.sql has no PRAGMA user_version line")
        }
        return number
    }()

    public init(path: String, access: Access = .readWrite) throws {
        self.path = path
        self.access = access
        if access == .readOnly && path != ":memory:" && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.noDatabase(path: path)
        }
        do {
            database = try Database(path: path, mode: access == .readOnly ? .readOnly : .readWrite(create: true))
        } catch let error as SQLiteError where error.isNotADatabase {
            throw StoreError.notADatabase(path: path)
        } catch let error as SQLiteError {
            throw StoreError.cannotOpen(path: path, reason: error.message)
        }
        do {
            if access == .readWrite {
                // WAL lets queries read while a load writes; NORMAL sync is still crash-safe in WAL
                // (a crash loses at most the last commits, never consistency) and far faster.
                try database.execute("PRAGMA journal_mode = WAL")
                try database.execute("PRAGMA synchronous = NORMAL")
                try prepareSchema()
            } else {
                try checkVersion(try database.userVersion(), hasTables: try hasTables())
            }
        } catch let error as SQLiteError where error.isNotADatabase {
            throw StoreError.notADatabase(path: path)
        } catch let error as SQLiteError where error.isReadOnly {
            throw StoreError.cannotOpen(path: path, reason: "the file or its folder is read-only")
        }
    }

    private func hasTables() throws -> Bool {
        try database.prepare("SELECT count(*) FROM sqlite_master").scalar() != .integer(0)
    }

    private func checkVersion(_ version: Int, hasTables: Bool) throws {
        if version > Self.schemaVersion {
            throw StoreError.newerSchema(path: path, found: version, supported: Self.schemaVersion)
        }
        if version == 0 && hasTables { throw StoreError.notADipKBDatabase(path: path) }
    }

    /// Creates or migrates the schema in one write transaction, so two processes opening a new
    /// database at once do not both create it, and a failed migration leaves the old version.
    private func prepareSchema() throws {
        // The common case, an up-to-date database, needs no write lock.
        if try database.userVersion() == Self.schemaVersion { return }
        try database.transaction(immediate: true) {
            let version = try database.userVersion()
            try checkVersion(version, hasTables: try hasTables())
            if version == 0 {
                try database.execute(Embedded.files["schema.sql"] ?? "")
                return
            }
            for step in Migration.all where step.from >= version && step.from < Self.schemaVersion {
                try database.execute(step.sql)
                try step.after?(database)
                try database.setUserVersion(step.from + 1)
            }
            guard try database.userVersion() == Self.schemaVersion else {
                throw StoreError.cannotOpen(path: path, reason: "no migration from schema version \(version) to \(Self.schemaVersion)")
            }
        }
    }

    // MARK: Writing

    /// Writes one article and all its facts in one `BEGIN IMMEDIATE` transaction: after a crash
    /// the store holds the article whole or not at all. An article whose normalized content hash
    /// is already stored is skipped.
    public func add(article: Article, facts: ArticleFacts) throws -> AddResult {
        let hash = ContentHash.of(body: article.body)
        if writer == nil { writer = try FactWriter(database: database) }
        let writer = writer!
        return try database.transaction(immediate: true) {
            if let existing = try writer.article(withHash: hash) {
                return .skipped(existingArticleID: existing)
            }
            let written = try writer.write(article: article, hash: hash, facts: facts)
            return .added(articleID: written.id, facts: written.facts)
        }
    }

    // MARK: Reading

    /// Runs a named query. `parameters` are bound as values, never spliced into the SQL; an
    /// optional parameter left out is NULL, a required one left out is an error.
    public func run(_ query: NamedQuery, parameters: [String: String] = [:]) throws -> QueryResult {
        let declared = query.parameters.map(\.name)
        for name in parameters.keys.sorted() where query.parameter(name) == nil {
            throw StoreError.unknownParameter(query: query.name, parameter: name, known: declared)
        }
        let statement = try database.prepare(query.sql)
        for case let name? in statement.parameterNames {
            if let value = parameters[name] {
                try statement.bind(value, to: name)
            } else if query.parameter(name)?.isOptional != true {
                throw StoreError.missingParameter(query: query.name, parameter: name)
            }
        }
        return QueryResult(columns: statement.columnNames, rows: try statement.allRows())
    }

    /// Runs ad hoc SQL, refusing anything that would write (checked by SQLite itself with
    /// `sqlite3_stmt_readonly`, on top of a read-only connection for `dipkb sql`).
    public func runReadOnly(sql: String) throws -> QueryResult {
        let statement = try database.prepare(sql)
        guard statement.isReadOnly else { throw StoreError.writeRefused }
        return QueryResult(columns: statement.columnNames, rows: try statement.allRows())
    }
}
