import CSQLite

/// Counts the rows of every table of a database (a fresh `dipkb load` output), so the insert
/// ceiling writes as many rows as dipkb did; and counts one table's rows for the query check.
struct TableRows {
    let path: String

    func count(table: String? = nil) throws -> [(table: String, rows: Int)] {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let db else { throw BenchError("\(path): cannot open database") }
        defer { sqlite3_close(db) }
        func query(_ sql: String, _ row: (OpaquePointer) -> Void) throws {
            var stmt: OpaquePointer?
            guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK, let stmt else {
                throw BenchError("\(path): \(String(cString: sqlite3_errmsg(db)))")
            }
            defer { sqlite3_finalize(stmt) }
            while sqlite3_step(stmt) == SQLITE_ROW { row(stmt) }
        }
        var tables: [String] = []
        try query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name") {
            tables.append(String(cString: sqlite3_column_text($0, 0)))
        }
        if let table { tables = tables.filter { $0 == table } }
        var counts: [(String, Int)] = []
        for t in tables {
            // Table names come from sqlite_master of the database itself; quoted as identifiers.
            try query("SELECT count(*) FROM \"\(t.replacingOccurrences(of: "\"", with: "\"\""))\"") {
                counts.append((t, Int(sqlite3_column_int64($0, 0))))
            }
        }
        return counts
    }
}
