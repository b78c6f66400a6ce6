import Foundation
import SQLite
import Testing

@testable import Store

/// The rows `RowBatch` writes several to a statement are those, in that order, with those rowids,
/// that one-row inserts give, whatever their number (every size of statement and mixes of them).
@Test func rowsWrittenSeveralToAStatementAreThoseWrittenOneByOne() throws {
    let database = try Database(path: ":memory:")
    try database.execute("CREATE TABLE batched (id INTEGER PRIMARY KEY, n INTEGER, label TEXT, maybe INTEGER)")
    try database.execute("CREATE TABLE single (id INTEGER PRIMARY KEY, n INTEGER, label TEXT, maybe INTEGER)")
    let batch = RowBatch(database: database, head: "INSERT INTO batched (n, label, maybe) VALUES ", columns: 3)
    let single = try database.prepare("INSERT INTO single (n, label, maybe) VALUES (?, ?, ?)")
    var n = 0
    for rows in [0, 1, 2, 3, 7, 8, 13, 24, 31, 32, 33, 70] {
        for _ in 0..<rows {
            n += 1
            let maybe: Int64? = n % 3 == 0 ? nil : Int64(n)
            batch.append(n, "row \(n)", maybe)
            try single.run(n, "row \(n)", maybe)
        }
        #expect(batch.count == rows)
        try batch.flush()
        #expect(batch.count == 0)
    }
    let dump = "SELECT group_concat(id || ':' || n || ':' || label || ':' || ifnull(maybe, 'null'), ' ') FROM (SELECT * FROM %@ ORDER BY id)"
    let batched = try database.prepare(String(format: dump, "batched")).scalar()
    let oneByOne = try database.prepare(String(format: dump, "single")).scalar()
    #expect(batched == oneByOne)
    #expect(try database.prepare("SELECT count(*) FROM batched").scalar() == .integer(Int64(n)))
}

/// `OR IGNORE` keeps the first of two rows with one key in a batch, as one-row inserts do; rows
/// discarded are never written.
@Test func aBatchKeepsTheFirstOfTwoRowsWithOneKeyAndWritesNothingDiscarded() throws {
    let database = try Database(path: ":memory:")
    try database.execute("CREATE TABLE pairs (a INTEGER, b INTEGER, what TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID")
    let batch = RowBatch(database: database, head: "INSERT OR IGNORE INTO pairs (a, b, what) VALUES ", columns: 3)
    batch.append(1, 2, "first")
    batch.append(1, 3, "other")
    batch.append(1, 2, "second")
    try batch.flush()
    batch.append(9, 9, "undone")
    batch.discard()
    try batch.flush()
    let rows = try database.prepare("SELECT group_concat(a || b || what, ' ') FROM (SELECT * FROM pairs ORDER BY a, b)").scalar()
    #expect(rows == .text("12first 13other"))
}
