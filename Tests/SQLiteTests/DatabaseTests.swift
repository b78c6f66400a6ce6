import Foundation
import SQLite
import Testing

/// A database file in a fresh temporary folder, removed with it.
func temporaryPath(_ name: String = "test.sqlite") -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dipkb-sqlite-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name).path
}

@Test func eachRunBindsItsOwnValuesByTheirTypes() throws {
    // run and scalar bind each value by its own type (a parameter pack): every Bindable type,
    // optional or not, and nothing left over from the run before.
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (i, r, s, b, flag, sub, v)")
    let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)")
    try insert.run(7 as Int, 0.5, "a much longer text than fits in a small string", Data([9]), true, "two words".split(separator: " ")[1], Value.integer(3))
    try insert.run(nil as Int32?, nil as Double?, nil as String?, nil as Data?, false, nil as Substring?, Value.null)
    #expect(
        try db.prepare("SELECT * FROM t ORDER BY rowid").allRows() == [
            [.integer(7), .real(0.5), .text("a much longer text than fits in a small string"), .blob(Data([9])), .integer(1), .text("words"), .integer(3)],
            [.null, .null, .null, .null, .integer(0), .null, .null],
        ])
    let find = try db.prepare("SELECT count(*) FROM t WHERE i IS ? AND s IS ?")
    #expect(try find.scalar(7 as Int64, "a much longer text than fits in a small string") == .integer(1))
    #expect(try find.scalar(nil as Int?, nil as String?) == .integer(1))
    #expect(try find.scalar(8 as Int, "x") == .integer(0))
}

@Test func bindsAndReadsEveryType() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n)")
    let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
    let blob = Data([0, 1, 2, 255])
    try insert.run(Int64.max, 2.5, "Kōno — 河野", blob, nil as String?)
    #expect(db.changes == 1)
    #expect(db.lastInsertRowID == 1)

    let select = try db.prepare("SELECT i, r, s, b, n FROM t")
    #expect(try select.step())
    #expect(select.columnNames == ["i", "r", "s", "b", "n"])
    #expect(select.int(at: 0) == Int.max)
    #expect(select.double(at: 1) == 2.5)
    #expect(select.string(at: 2) == "Kōno — 河野")
    #expect(select.data(at: 3) == blob)
    #expect(select.isNull(at: 4))
    #expect(select.string(at: 4) == nil)
    #expect(select.row == [.integer(Int64.max), .real(2.5), .text("Kōno — 河野"), .blob(blob), .null])
    #expect(try select.step() == false)
}

@Test func bindsByNameWithOrWithoutPrefix() throws {
    let db = try Database(path: ":memory:")
    let statement = try db.prepare("SELECT :a, :b, :a IS NULL")
    #expect(statement.parameterNames == ["a", "b"])
    try statement.bind(true, to: "a")
    try statement.bind(Value.text("x"), to: ":b")
    #expect(try statement.step())
    #expect(statement.row == [.integer(1), .text("x"), .integer(0)])
    statement.reset()
    #expect(try statement.step())
    #expect(statement.row == [.null, .null, .integer(1)], "reset clears the bindings")
    #expect(throws: SQLiteError.self) { try statement.bind(1, to: "missing") }
}

@Test func preparedStatementIsReusable() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (x INTEGER)")
    let insert = try db.prepare("INSERT INTO t VALUES (?)")
    for i in 1...100 { try insert.run(i) }
    #expect(try db.prepare("SELECT sum(x) FROM t").scalar() == .integer(5050))
}

@Test func errorsCarryCodeMessageAndSQL() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (x INTEGER UNIQUE)")
    let insert = try db.prepare("INSERT INTO t VALUES (?)")
    try insert.run(1)
    let error = try #require(throws: SQLiteError.self) { try insert.run(1) }
    #expect(error.isConstraint)
    #expect(error.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
    #expect(error.message.contains("UNIQUE"))
    #expect(error.sql == "INSERT INTO t VALUES (?)")

    let syntax = try #require(throws: SQLiteError.self) { try db.prepare("SELEC 1") }
    #expect(syntax.code == 1)
    #expect(syntax.message.contains("syntax error"))
    #expect(syntax.sql == "SELEC 1")
    #expect(syntax.description.contains("SELEC 1"))
}

@Test func prepareRefusesSeveralStatements() throws {
    let db = try Database(path: ":memory:")
    #expect(throws: SQLiteError.self) { try db.prepare("SELECT 1; SELECT 2") }
    _ = try db.prepare("SELECT 1; -- a comment\n")
}

@Test func transactionRollsBackWhenBodyThrows() throws {
    struct Abort: Error {}
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (x INTEGER)")
    #expect(throws: Abort.self) {
        try db.transaction {
            try db.execute("INSERT INTO t VALUES (1)")
            throw Abort()
        }
    }
    #expect(!db.isInTransaction)
    #expect(try db.prepare("SELECT count(*) FROM t").scalar() == .integer(0))

    let value = try db.transaction { () -> Int in
        try db.execute("INSERT INTO t VALUES (2)")
        return 7
    }
    #expect(value == 7)
    #expect(try db.prepare("SELECT count(*) FROM t").scalar() == .integer(1))
}

@Test func transactionRollsBackOnSQLiteError() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (x INTEGER NOT NULL)")
    #expect(throws: SQLiteError.self) {
        try db.transaction {
            try db.execute("INSERT INTO t VALUES (1)")
            try db.execute("INSERT INTO t VALUES (NULL)")
        }
    }
    #expect(try db.prepare("SELECT count(*) FROM t").scalar() == .integer(0))
}

@Test func foreignKeysAreEnforced() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER REFERENCES p(id))")
    let error = try #require(throws: SQLiteError.self) { try db.execute("INSERT INTO c VALUES (42)") }
    #expect(error.isConstraint)
}

@Test func userVersionRoundTrips() throws {
    let db = try Database(path: ":memory:")
    #expect(try db.userVersion() == 0)
    try db.setUserVersion(7)
    #expect(try db.userVersion() == 7)
}

@Test func fileThatIsNotADatabaseIsRefusedAtOpen() throws {
    let path = temporaryPath("notes.sqlite")
    try Data("These are my notes, not a database. They are long enough to fill a header.....\n".utf8).write(to: URL(fileURLWithPath: path))
    let error = try #require(throws: SQLiteError.self) { try Database(path: path) }
    #expect(error.isNotADatabase)
}

@Test func readOnlyConnectionRefusesWritesAndReportsReadOnlyStatements() throws {
    let path = temporaryPath()
    do {
        let db = try Database(path: path)
        try db.execute("CREATE TABLE t (x)")
    }
    let db = try Database(path: path, mode: .readOnly)
    #expect(try db.prepare("SELECT * FROM t").isReadOnly)
    #expect(try db.prepare("INSERT INTO t VALUES (1)").isReadOnly == false)
    let error = try #require(throws: SQLiteError.self) { try db.execute("INSERT INTO t VALUES (1)") }
    #expect(error.isReadOnly)
    #expect(throws: SQLiteError.self) { try Database(path: temporaryPath(), mode: .readOnly) }
}

@Test func textWithANULIsStoredWhole() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (x TEXT)")
    try db.prepare("INSERT INTO t VALUES (?)").run("before\u{0}after")
    #expect(try db.prepare("SELECT length(CAST(x AS BLOB)) FROM t").scalar() == .integer(12))
    #expect(try db.prepare("SELECT x FROM t").scalar() == .text("before\u{0}after"))
}

@Test func aConnectionThatRefusesWritesRefusesThemAll() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (x)")
    try db.refuseWrites()
    #expect(throws: SQLiteError.self) { try db.execute("INSERT INTO t VALUES (1)") }
    #expect(throws: SQLiteError.self) { try db.execute("DELETE FROM t") }
    #expect(try db.prepare("SELECT count(*) FROM t").scalar() == .integer(0))
}
