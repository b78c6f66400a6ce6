import CSQLite
import Foundation

/// A prepared statement. Prepare once, then reset, bind and step it for every row it serves:
/// preparing is the expensive part of a small insert.
public final class Statement {
    let handle: OpaquePointer
    /// Kept so the connection outlives its statements.
    let database: Database
    public let sql: String

    init(database: Database, sql: String) throws {
        var statement: OpaquePointer?
        var rest = ""
        let code = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(database.handle, text, -1, &statement, &tail)
            // The tail points into `text`, which lives only inside this closure.
            rest = tail.map { String(cString: $0) } ?? ""
            return code
        }
        guard code == SQLITE_OK else {
            sqlite3_finalize(statement)
            throw SQLiteError(code: code, connection: database.handle, sql: sql)
        }
        guard let statement else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "no SQL statement to prepare", sql: sql)
        }
        if !Statement.isOnlyCommentsAndSpace(rest) {
            sqlite3_finalize(statement)
            throw SQLiteError(code: SQLITE_MISUSE, message: "more than one SQL statement given; use execute() for scripts", sql: sql)
        }
        self.handle = statement
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// True when the statement cannot change the database (as SQLite judges it, `sqlite3_stmt_readonly`).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    // MARK: Parameters

    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Parameter names without their prefix (":person" gives "person"); nil for positional ones.
    public var parameterNames: [String?] {
        (0..<parameterCount).map { i in
            sqlite3_bind_parameter_name(handle, Int32(i + 1)).map { String(String(cString: $0).dropFirst()) }
        }
    }

    /// Binds a value to the 1-based parameter `index`.
    public func bind(_ value: (any Bindable)?, at index: Int) throws {
        try bind(value?.sqliteValue ?? .null, at: index)
    }

    /// Binds a value to the 1-based parameter `index`: the path every other bind ends on.
    public func bind(_ value: Value, at index: Int) throws {
        let i = Int32(index)
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, i)
        case .integer(let v): code = sqlite3_bind_int64(handle, i, v)
        case .real(let v): code = sqlite3_bind_double(handle, i, v)
        case .text(let v):
            // Bound by its length rather than up to the first NUL, which would cut the text short.
            var text = v
            code = text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    guard let base = chars.baseAddress else { return sqlite3_bind_text(handle, i, "", 0, csqlite_transient()) }
                    return sqlite3_bind_text64(handle, i, base, sqlite3_uint64(chars.count), csqlite_transient(), UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let v):
            code = v.withUnsafeBytes { bytes in
                sqlite3_bind_blob64(handle, i, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), sqlite3_uint64(bytes.count), csqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw SQLiteError(code: code, connection: database.handle, sql: sql) }
    }

    /// Binds a value to a named parameter, given with or without its prefix (":name", "name").
    public func bind(_ value: (any Bindable)?, to name: String) throws {
        let index = parameterIndex(name)
        guard index > 0 else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
        }
        try bind(value, at: index)
    }

    /// The 1-based index of a named parameter, 0 when the statement has none of that name.
    public func parameterIndex(_ name: String) -> Int {
        if let first = name.first, ":@$".contains(first) {
            return Int(sqlite3_bind_parameter_index(handle, name))
        }
        for prefix in [":", "@", "$"] {
            let index = Int(sqlite3_bind_parameter_index(handle, prefix + name))
            if index > 0 { return index }
        }
        return 0
    }

    /// Binds positional values, 1-based in order.
    public func bind(_ values: [(any Bindable)?]) throws {
        for (offset, value) in values.enumerated() { try bind(value, at: offset + 1) }
    }

    /// Ready to run again: resets the cursor and sets every parameter back to NULL.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Running

    /// Advances one row. True when a row is available, false when the statement is done.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = SQLiteError(code: code, connection: database.handle, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Resets, binds `values` positionally and runs the statement to its end. Generic over each
    /// value's type and inlined where it is called, so that a writer running it for every row
    /// binds each value by its own type: no array of existential boxes, copied and opened per
    /// parameter, as an `any Bindable` list costs (a tenth of a load's writer once).
    @inlinable
    public func run<each V: Bindable>(_ values: repeat each V) throws {
        reset()
        try bindEach(repeat each values)
        while try step() {}
    }

    /// Resets, binds, and returns the first column of the first row (nil when there is no row).
    @inlinable
    public func scalar<each V: Bindable>(_ values: repeat each V) throws -> Value? {
        reset()
        try bindEach(repeat each values)
        defer { resetCursor() }
        return try step() ? value(at: 0) : nil
    }

    /// Binds `values` to parameters 1, 2, ... in order.
    @inlinable
    public func bindEach<each V: Bindable>(_ values: repeat each V) throws {
        var index = 0
        for value in repeat each values {
            index += 1
            try bind(value.sqliteValue, at: index)
        }
    }

    /// Back to before the first row, the bindings kept.
    public func resetCursor() { sqlite3_reset(handle) }

    // MARK: Columns of the current row

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public var columnNames: [String] {
        (0..<columnCount).map { String(cString: sqlite3_column_name(handle, Int32($0))) }
    }

    public func isNull(at column: Int) -> Bool {
        sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL
    }

    public func int(at column: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(column))) }

    public func double(at column: Int) -> Double { sqlite3_column_double(handle, Int32(column)) }

    public func string(at column: Int) -> String? {
        guard let text = sqlite3_column_text(handle, Int32(column)) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    public func data(at column: Int) -> Data? {
        if isNull(at: column) { return nil }
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        guard let bytes = sqlite3_column_blob(handle, Int32(column)) else { return Data() }
        return Data(bytes: bytes, count: count)
    }

    public func value(at column: Int) -> Value {
        switch sqlite3_column_type(handle, Int32(column)) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, Int32(column)))
        case SQLITE_FLOAT: return .real(double(at: column))
        case SQLITE_TEXT: return .text(string(at: column) ?? "")
        case SQLITE_BLOB: return .blob(data(at: column) ?? Data())
        default: return .null
        }
    }

    /// Every column of the current row.
    public var row: [Value] { (0..<columnCount).map(value(at:)) }

    /// Runs the statement from the start with its current bindings and collects every row.
    public func allRows() throws -> [[Value]] {
        sqlite3_reset(handle)
        var rows: [[Value]] = []
        while try step() { rows.append(row) }
        return rows
    }

    static func isOnlyCommentsAndSpace(_ sql: String) -> Bool {
        var rest = Substring(sql)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == ";" }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return true }
                rest = rest[end.upperBound...]
            } else {
                return rest.isEmpty
            }
        }
    }
}
