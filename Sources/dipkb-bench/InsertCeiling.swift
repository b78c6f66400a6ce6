import CSQLite

/// The write ceiling: bare prepared inserts of 4-column rows in one transaction, into a fresh
/// file database with the same pragmas a load would use (WAL, synchronous=NORMAL).
/// It calls the CSQLite C API directly because the project's SQLite layer is not on this branch
/// yet; once it is, this should go through `Database`/`Statement` so the ceiling includes the layer.
struct InsertCeiling {
    let path: String
    let rows: Int

    func run() throws -> Double {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK, let db else { throw BenchError("\(path): cannot open database") }
        defer { sqlite3_close(db) }
        func exec(_ sql: String) throws {
            guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
                throw BenchError("\(path): \(String(cString: sqlite3_errmsg(db)))")
            }
        }
        try exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; DROP TABLE IF EXISTS ceiling;")
        try exec("CREATE TABLE ceiling(id INTEGER PRIMARY KEY, article INTEGER NOT NULL, text TEXT NOT NULL, position INTEGER NOT NULL)")
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db, "INSERT INTO ceiling(article, text, position) VALUES (?, ?, ?)", -1, &stmt, nil) == SQLITE_OK, let stmt else {
            throw BenchError("\(path): \(String(cString: sqlite3_errmsg(db)))")
        }
        defer { sqlite3_finalize(stmt) }
        let names = ["Sergei Ivanov", "Taro Tanaka", "Wang Wei", "Kuril Islands", "Foreign Minister", "Tokyo"]
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            try exec("BEGIN")
            for i in 0..<rows {
                sqlite3_bind_int64(stmt, 1, Int64(i / 30))
                sqlite3_bind_text(stmt, 2, names[i % names.count], -1, csqlite_transient())
                sqlite3_bind_int64(stmt, 3, Int64(i))
                guard sqlite3_step(stmt) == SQLITE_DONE else { throw BenchError("\(path): \(String(cString: sqlite3_errmsg(db)))") }
                sqlite3_reset(stmt)
            }
            try exec("COMMIT")
        }
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
