import Foundation
import SQLite
import Testing

private struct Refused: Error {}

@Test func savepointUndoesOnlyItsOwnWritesAndKeepsTheTransaction() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (v INTEGER)")
    try db.transaction {
        try db.execute("INSERT INTO t VALUES (1)")
        try db.savepoint("ok") { try db.execute("INSERT INTO t VALUES (2)") }
        var refused = false
        do {
            try db.savepoint("bad") {
                try db.execute("INSERT INTO t VALUES (3)")
                throw Refused()
            }
        } catch is Refused {
            refused = true
        }
        #expect(refused)
        #expect(db.isInTransaction)
        try db.execute("INSERT INTO t VALUES (4)")
    }
    let rows = try db.prepare("SELECT v FROM t ORDER BY v").allRows()
    #expect(rows == [[.integer(1)], [.integer(2)], [.integer(4)]])
    #expect(!db.isInTransaction)
}

@Test func failureThatRollsBackTheWholeTransactionIsVisible() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (v INTEGER)")
    try db.execute("CREATE TRIGGER t_no_13 BEFORE INSERT ON t WHEN NEW.v = 13 BEGIN SELECT RAISE(ROLLBACK, 'no 13'); END")
    try db.execute("BEGIN IMMEDIATE")
    try db.execute("INSERT INTO t VALUES (1)")
    let error = try #require(throws: SQLiteError.self) {
        try db.savepoint("article") { try db.execute("INSERT INTO t VALUES (13)") }
    }
    #expect(error.message == "no 13")
    // SQLite undid the whole transaction, the row before the savepoint included.
    #expect(!db.isInTransaction)
    #expect(try db.prepare("SELECT count(*) FROM t").scalar() == .integer(0))
}

@Test func writeProtectedFileOpensReadOnlyAndSaysSo() throws {
    let path = temporaryPath()
    _ = try Database(path: path)
    #expect(try !Database(path: path).isReadOnly)
    #expect(try Database(path: path, mode: .readOnly).isReadOnly)
}

@Test func openFailureCarriesTheSystemErrno() throws {
    let file = temporaryPath("plain.txt")
    try "not a folder".write(toFile: file, atomically: true, encoding: .utf8)
    let error = try #require(throws: SQLiteError.self) { try Database(path: file + "/kb.sqlite") }
    #expect(error.isCannotOpen)
    #expect(error.systemErrno == ENOTDIR)
}
