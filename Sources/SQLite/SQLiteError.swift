import CSQLite

/// A failure reported by SQLite, with everything needed to say what went wrong where.
public struct SQLiteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The primary result code (SQLITE_CONSTRAINT, SQLITE_NOTADB, ...).
    public var code: Int32
    /// The extended result code (SQLITE_CONSTRAINT_UNIQUE, ...), or `code` when there is none.
    public var extendedCode: Int32
    public var message: String
    /// The statement that failed, when there is one.
    public var sql: String?
    /// The operating system's errno behind a failure to open or read a file (0 when none),
    /// which says why where SQLite only says "unable to open database file".
    public var systemErrno: Int32 = 0

    public init(code: Int32, extendedCode: Int32? = nil, message: String? = nil, sql: String? = nil) {
        self.code = code & 0xFF
        self.extendedCode = extendedCode ?? code
        self.message = message ?? String(cString: sqlite3_errstr(code))
        self.sql = sql
    }

    /// Reads the error state of a connection after a call returned `code`.
    init(code: Int32, connection: OpaquePointer?, sql: String? = nil) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        self.init(code: code, extendedCode: extended, message: message, sql: sql)
        systemErrno = connection.map { sqlite3_system_errno($0) } ?? 0
    }

    /// SQLite opened the file, but its header is not a database's.
    public var isNotADatabase: Bool { code == SQLITE_NOTADB }
    /// A write was attempted on a read-only connection or file.
    public var isReadOnly: Bool { code == SQLITE_READONLY }
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    public var isConstraint: Bool { code == SQLITE_CONSTRAINT }
    /// The file could not be opened or created (see `systemErrno` for why).
    public var isCannotOpen: Bool { code == SQLITE_CANTOPEN }
    /// The file's pages are damaged.
    public var isCorrupt: Bool { code == SQLITE_CORRUPT }
    /// A write needed space the disk (or the file system's quota) does not have.
    public var isDiskFull: Bool { code == SQLITE_FULL }
    /// The operating system failed a read or a write (see `systemErrno` for why).
    public var isIOError: Bool { code == SQLITE_IOERR }
    public var isOutOfMemory: Bool { code == SQLITE_NOMEM }

    /// The error SQLite gives for a damaged file, for reporting damage found another way
    /// (an integrity check) in the words a query meeting it would use.
    public static var corrupt: SQLiteError { SQLiteError(code: SQLITE_CORRUPT) }

    public var description: String {
        var text = "SQLite error \(code) (extended \(extendedCode)): \(message)"
        if let sql {
            let line = sql.split(whereSeparator: \.isNewline).joined(separator: " ")
            text += " — in: " + (line.count > Self.quotedSQLLength ? line.prefix(Self.quotedSQLLength) + "..." : line)
        }
        return text
    }

    /// Enough of a statement to recognise it; the rest (a schema script, a huge literal) would
    /// bury the message.
    static let quotedSQLLength = 200
}
