import CSQLite
import Foundation

/// One connection to a SQLite database. Not thread-safe: use it from one thread at a time.
public final class Database {
    public enum Mode: Sendable {
        /// Read and write; create the file when `create` and it does not exist.
        case readWrite(create: Bool)
        /// Opened with SQLITE_OPEN_READONLY: SQLite itself refuses every write.
        case readOnly
        /// Read-only and immutable (`?immutable=1`): SQLite takes no lock and makes no -shm
        /// file, so a WAL database in a folder no one can write to can still be read. Only
        /// for a file nothing can change meanwhile, and whose -wal holds nothing.
        case immutable
    }

    let handle: OpaquePointer
    public let path: String

    /// Opens `path`, turns foreign keys on and sets a busy timeout, so that a writer waits for
    /// another instead of failing at once. Throws `SQLiteError` with `isNotADatabase` when the
    /// file exists but is not a SQLite database. `path` is a file's path, never a URI (only
    /// ":memory:" is special): SQLite would read `file:...?nolock=1` as one where URIs are on.
    public init(path: String, mode: Mode = .readWrite(create: true), busyTimeoutMilliseconds: Int = 5000) throws {
        var flags = SQLITE_OPEN_NOMUTEX
        var name = Self.fileName(path)
        switch mode {
        case .readWrite(let create): flags |= SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .immutable:
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            name = Self.immutableURI(path)
        }
        var connection: OpaquePointer?
        let code = sqlite3_open_v2(name, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = SQLiteError(code: code, connection: connection)
            sqlite3_close_v2(connection)
            throw error
        }
        self.handle = connection
        self.path = path
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_busy_timeout(connection, Int32(busyTimeoutMilliseconds))
        // SQLite reads the file header lazily; touch the schema now so a file that is not a
        // database fails here, with a clear error, rather than at some later statement.
        try execute("SELECT count(*) FROM sqlite_master")
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit {
        for statement in reused.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    /// Statements without parameters run again and again (a savepoint per article of a load),
    /// kept prepared by their SQL. Raw handles rather than `Statement`s, which would keep the
    /// connection alive.
    private var reused: [String: OpaquePointer] = [:]

    /// Runs one statement without parameters or results, prepared the first time only.
    private func executeReused(_ sql: String) throws {
        if reused[sql] == nil {
            var statement: OpaquePointer?
            let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
            guard code == SQLITE_OK, let statement else {
                sqlite3_finalize(statement)
                throw SQLiteError(code: code, connection: handle, sql: sql)
            }
            reused[sql] = statement
        }
        let statement = reused[sql]!
        let code = sqlite3_step(statement)
        let error = code == SQLITE_DONE || code == SQLITE_ROW ? nil : SQLiteError(code: code, connection: handle, sql: sql)
        sqlite3_reset(statement)
        if let error { throw error }
    }

    /// The name to hand SQLite for the file at `path`: one starting "file:" gets "./" in front,
    /// since a SQLite built with URIs on by default (Debian's is) reads it as a URI otherwise.
    static func fileName(_ path: String) -> String {
        path.hasPrefix("file:") ? "./" + path : path
    }

    /// `file:PATH?immutable=1`, the path percent-encoded where a URI would read it otherwise.
    static func immutableURI(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x21, 0x7F...:
                encoded += String(format: "%%%02X", byte)
            default:
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        // A relative path stays relative: "file:" followed by it names it from the current
        // folder. "//" would start an authority: "/." before it names the same file.
        if encoded.hasPrefix("//") { encoded = "/." + encoded }
        return "file:" + encoded + "?immutable=1"
    }

    /// Hardens a connection that runs statements the user wrote: SQLite's defensive mode (no
    /// writable schema, no corrupting PRAGMAs), no extension loading, no `fts3_tokenizer()`
    /// (whose answer is a pointer into the process, and whose two-argument form installs one),
    /// and an authorizer refusing both functions outright whatever the build's defaults.
    public func restrictToSafeStatements() throws {
        for (option, on) in [
            (SQLITE_DBCONFIG_DEFENSIVE, 1), (SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0),
            (SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0), (SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0),
        ] {
            let code = csqlite_db_config_flag(handle, option, Int32(on))
            guard code == SQLITE_OK else { throw SQLiteError(code: code, connection: handle) }
        }
        sqlite3_set_authorizer(
            handle,
            { _, action, _, function, _, _ in
                guard action == SQLITE_FUNCTION, let function else { return SQLITE_OK }
                let name = String(cString: function).lowercased()
                return Database.refusedFunctions.contains(name) ? SQLITE_DENY : SQLITE_OK
            }, nil)
    }

    /// Functions a user's statement may not call: they reach outside the database.
    static let refusedFunctions: Set<String> = ["fts3_tokenizer", "load_extension"]

    /// Runs a script of zero or more statements, without parameters or results.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) }
            sqlite3_free(message)
            var error = SQLiteError(code: code, extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql)
            error.systemErrno = sqlite3_system_errno(handle)
            throw error
        }
    }

    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// `immediate` takes the write lock at BEGIN, so a writer waits (busy timeout) for another
    /// rather than failing with SQLITE_BUSY half-way when a read transaction must be upgraded.
    public func transaction<T>(immediate: Bool = true, _ body: () throws -> T) throws -> T {
        try execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
        let result: T
        do {
            result = try body()
            try execute("COMMIT")
        } catch {
            if sqlite3_get_autocommit(handle) == 0 { try? execute("ROLLBACK") }
            throw error
        }
        return result
    }

    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` inside a savepoint: released when it returns; when it throws, only what
    /// `body` wrote is undone and the enclosing transaction goes on with everything before it.
    /// Some failures (`RAISE(ROLLBACK)`, a full disk, I/O errors) make SQLite roll back the whole
    /// transaction instead; then there is nothing left to undo, and `isInTransaction` is false.
    public func savepoint<T>(_ name: String, _ body: () throws -> T) throws -> T {
        let quoted = "\"" + (name.contains("\"") ? name.replacingOccurrences(of: "\"", with: "\"\"") : name) + "\""
        try executeReused("SAVEPOINT \(quoted)")
        do {
            let result = try body()
            try executeReused("RELEASE \(quoted)")
            return result
        } catch {
            if isInTransaction {
                try? execute("ROLLBACK TO \(quoted)")
                try? execute("RELEASE \(quoted)")
            }
            throw error
        }
    }

    /// True when SQLite opened the file read-only, as it does silently when a read-write open
    /// finds the file write-protected.
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// `PRAGMA user_version`: the schema version the application stored in the file header.
    public func userVersion() throws -> Int {
        let statement = try prepare("PRAGMA user_version")
        return try statement.step() ? statement.int(at: 0) : 0
    }

    public func setUserVersion(_ version: Int) throws {
        try execute("PRAGMA user_version = \(version)")
    }

    /// `PRAGMA application_id`: the 32-bit number an application stores in the file header to
    /// say the file is its own (0 when none did).
    public func applicationID() throws -> Int32 {
        let statement = try prepare("PRAGMA application_id")
        return try statement.step() ? Int32(truncatingIfNeeded: statement.int(at: 0)) : 0
    }

    public func setApplicationID(_ id: Int32) throws {
        try execute("PRAGMA application_id = \(id)")
    }

    /// From now on SQLite refuses every change to the database on this connection
    /// (`PRAGMA query_only`), whatever a statement asks.
    public func refuseWrites() throws {
        try execute("PRAGMA query_only = ON")
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }
}
