import Foundation
import SQLite
import Store
import Testing

/// Every file in `folder` with its bytes, to show that a refused database was left untouched
/// and no journal, WAL or shared-memory file appeared next to it.
private func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".std") {
        var isFolder: ObjCBool = false
        let path = folder.appendingPathComponent(name).path
        FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        files[name] = isFolder.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: path))
    }
    return files
}

private func article(in folder: URL) throws {
    try "Title: One\nDate: 2019-01-16\n\nJapanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow.\n"
        .write(to: folder.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
}

/// Runs load, query and sql against `db`; each must fail with exit status 1 and exactly `message`,
/// writing nothing in `folder`.
private func expectRefused(_ db: String, in folder: URL, message: String, commands: [String] = ["load", "query", "sql"]) throws {
    let before = try snapshot(folder)
    for command in commands {
        let arguments =
            switch command {
            case "load": ["load", "--db", db, "one.txt"]
            case "query": ["query", "articles", "--db", db]
            default: ["sql", "--db", db, "SELECT 1"]
            }
        let result = try DipKBProcess.run(arguments, in: folder)
        #expect(result.status == 1, "\(command)")
        #expect(result.stdout == "", "\(command)")
        #expect(result.stderr == "dipkb: \(message)\n", "\(command)")
        #expect(try snapshot(folder) == before, "\(command) wrote something")
    }
}

@Test func fileThatIsNotADatabaseIsLeftUntouched() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    try String(repeating: "just some notes\n", count: 20).write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    try expectRefused("notes.txt", in: folder, message: "notes.txt: not a SQLite database")
}

@Test func newerAndForeignDatabasesAreLeftUntouched() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    do {
        let future = try Database(path: folder.appendingPathComponent("future.sqlite").path)
        try future.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT); PRAGMA user_version = 99;")
        let foreign = try Database(path: folder.appendingPathComponent("foreign.sqlite").path)
        try foreign.execute("CREATE TABLE recipes (name TEXT)")
    }
    try expectRefused(
        "future.sqlite", in: folder, message: "future.sqlite: database schema version 99 is newer than this dipkb supports (\(Store.schemaVersion))")
    try expectRefused(
        "foreign.sqlite", in: folder,
        message: "foreign.sqlite: a SQLite database, but not a dipkb one (no dipkb mark and not dipkb's tables); left unchanged")
}

@Test func foreignDatabaseWithADipKBUserVersionIsLeftUntouched() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    // Other programs use user_version for their own versions; 4 is dipkb's current one and 2
    // would start a migration. Even a table named articles does not make a database ours.
    for (name, version) in [("four.sqlite", 4), ("two.sqlite", 2)] {
        do {
            let other = try Database(path: folder.appendingPathComponent(name).path)
            try other.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT); CREATE TABLE recipes (name TEXT); PRAGMA user_version = \(version);")
        }
        try expectRefused(
            name, in: folder,
            message: "\(name): a SQLite database, but not a dipkb one (no dipkb mark and not dipkb's tables); left unchanged")
    }
    do {
        let marked = try Database(path: folder.appendingPathComponent("marked.sqlite").path)
        try marked.execute("CREATE TABLE recipes (name TEXT); PRAGMA application_id = 42; PRAGMA user_version = 4;")
    }
    try expectRefused(
        "marked.sqlite", in: folder,
        message: "marked.sqlite: a SQLite database, but not a dipkb one (no dipkb mark and not dipkb's tables); left unchanged")
}

@Test func dipkbDatabaseFromBeforeTheMarkOpensAndGetsIt() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    #expect(try DipKBProcess.run(["load", "--db", "kb.sqlite", "one.txt"], in: folder).status == 0)
    do {
        // What a dipkb from before the mark left: the same tables, application_id 0.
        let db = try Database(path: folder.appendingPathComponent("kb.sqlite").path)
        #expect(try db.applicationID() == 0x6469_706B)
        try db.setApplicationID(0)
    }
    let query = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "SELECT count(*) AS n FROM articles", "--format", "csv"], in: folder)
    #expect(query.status == 0, "\(query.stderr)")
    #expect(query.stdout == "n\r\n1\r\n")
    let load = try DipKBProcess.run(["load", "--db", "kb.sqlite", "one.txt"], in: folder)
    #expect(load.status == 0, "\(load.stderr)")
    #expect(load.stdout == "0 new, 1 skipped, 0 failed, 0 facts added\n")
    let db = try Database(path: folder.appendingPathComponent("kb.sqlite").path, mode: .readOnly)
    #expect(try db.applicationID() == 0x6469_706B)
}

@Test func databasePathThatCannotBeAFileIsRefused() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    try "x".write(to: folder.appendingPathComponent("plain.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("somefolder"), withIntermediateDirectories: true)
    try expectRefused("somefolder", in: folder, message: "somefolder: cannot open the database: it is a folder, not a database file", commands: ["load"])
    // A path through a regular file fails with ENOTDIR whoever runs it, root included: unlike
    // permissions, no privilege lets a file hold a folder.
    try expectRefused(
        "plain.txt/kb.sqlite", in: folder,
        message: "plain.txt/kb.sqlite: cannot open the database: a part of the path is a file, not a folder", commands: ["load"])
    try expectRefused("missing/kb.sqlite", in: folder, message: "missing/kb.sqlite: cannot open the database: its folder does not exist", commands: ["load"])
    // query and sql never create a database.
    try expectRefused(
        "plain.txt/kb.sqlite", in: folder, message: "plain.txt/kb.sqlite: no such database (create one with `dipkb load`)",
        commands: ["query", "sql"])
}

/// procfs creates no file on request, even for root (who passes every permission check), so
/// this is a location where nothing can be written for whoever runs the tests.
@Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
func databaseUnderProcIsRefused() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    let path = "/proc/dipkb-\(UUID().uuidString).sqlite"
    try expectRefused(path, in: folder, message: "\(path): cannot open the database: the file cannot be created there", commands: ["load"])
    #expect(!FileManager.default.fileExists(atPath: path))
}

/// How to run dipkb without the power to write where permissions forbid it: as is for an
/// ordinary user; for root, through setpriv with CAP_DAC_OVERRIDE dropped (root keeps its
/// uid, so a 0555 folder or 0444 file it owns is closed to it like to anyone else).
private let withoutOverride: [String]? = {
    if getuid() != 0 { return [] }
    let setpriv = "/usr/bin/setpriv"
    return FileManager.default.isExecutableFile(atPath: setpriv) ? [setpriv, "--bounding-set=-dac_override,-dac_read_search"] : nil
}()

@Test(.enabled(if: withoutOverride != nil))
func readOnlyFolderAndFileAreRefusedForWritingButStillRead() throws {
    let launcher = try #require(withoutOverride)
    let folder = DipKBProcess.folder()
    try article(in: folder)
    let loaded = try DipKBProcess.run(["load", "--db", "kb.sqlite", "one.txt"], in: folder)
    #expect(loaded.status == 0)
    let closed = folder.appendingPathComponent("closed")
    try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: closed.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.appendingPathComponent("kb.sqlite").path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: closed.path) }
    let before = try snapshot(folder)

    let newInClosed = try DipKBProcess.start(["load", "--db", "closed/kb.sqlite", "one.txt"], in: folder, launcher: launcher).wait()
    #expect(newInClosed.status == 1)
    #expect(newInClosed.stderr == "dipkb: closed/kb.sqlite: cannot open the database: its folder closed is not writable\n")
    let protected = try DipKBProcess.start(["load", "--db", "kb.sqlite", "one.txt"], in: folder, launcher: launcher).wait()
    #expect(protected.status == 1)
    #expect(protected.stderr == "dipkb: kb.sqlite: cannot write to the database: the file or its folder is read-only\n")
    #expect(try snapshot(folder).filter { !$0.key.hasPrefix("kb.sqlite-") } == before)
    #expect(try snapshot(folder)["kb.sqlite"] == before["kb.sqlite"])

    // Reading needs no write: sql opens read-only (a read-write open would be refused as
    // above), and query falls back to read-only.
    let sql = try DipKBProcess.start(["sql", "--db", "kb.sqlite", "--format", "csv", "SELECT count(*) AS n FROM articles"], in: folder, launcher: launcher)
        .wait()
    #expect(sql.status == 0, "\(sql.stderr)")
    #expect(sql.stdout == "n\r\n1\r\n")
    let query = try DipKBProcess.start(["query", "articles", "--db", "kb.sqlite", "--format", "csv"], in: folder, launcher: launcher).wait()
    #expect(query.status == 0, "\(query.stderr)")
    #expect(query.stdout.hasPrefix("id,date,title,source,people,meetings,claims\r\n1,2019-01-16,One,"))
}

@Test func damagedDatabaseStopsTheLoadWithOneLine() throws {
    let folder = DipKBProcess.folder()
    try ArticleGenerator.write(0..<40, to: folder.appendingPathComponent("first"), seed: 3)
    try ArticleGenerator.write(40..<80, to: folder.appendingPathComponent("second"), seed: 3)
    #expect(try DipKBProcess.run(["load", "--db", "kb.sqlite", "first"], in: folder).status == 0)
    // The pages of the articles table and of its content-hash index overwritten: the schema
    // still reads, so the database opens, and the first write fails.
    let url = folder.appendingPathComponent("kb.sqlite")
    var pages: [Int] = []
    var pageSize = 4096
    do {
        let database = try Database(path: url.path, mode: .readOnly)
        if case .integer(let size)? = try database.prepare("PRAGMA page_size").scalar() { pageSize = Int(size) }
        for row in try database.prepare("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'articles' AND rootpage > 1").allRows() {
            if case .integer(let page) = row[0] { pages.append(Int(page)) }
        }
    }
    try #require(pages.count == 2)
    var bytes = [UInt8](try Data(contentsOf: url))
    for page in pages {
        for i in (page - 1) * pageSize..<min(page * pageSize, bytes.count) { bytes[i] = 0xFF }
    }
    try Data(bytes).write(to: url)

    // Found by the check before the first write (issue 14, case 9), said as a query says it.
    let load = try DipKBProcess.run(["load", "--db", "kb.sqlite", "second"], in: folder)
    #expect(load.status == 1)
    #expect(load.stderr == "dipkb: kb.sqlite: the database file is damaged (database disk image is malformed)\n")
    #expect(load.stdout == "")
    let query = try DipKBProcess.run(["query", "articles", "--db", "kb.sqlite"], in: folder)
    #expect(query.status == 1)
    #expect(query.stderr.hasPrefix("dipkb: kb.sqlite: the database file is damaged ("))
    #expect(query.stderr.split(separator: "\n").count == 1)
}

@Test func databaseDamagedInItsSchemaIsRefusedAtOpen() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    #expect(try DipKBProcess.run(["load", "--db", "kb.sqlite", "one.txt"], in: folder).status == 0)
    let url = folder.appendingPathComponent("kb.sqlite")
    var bytes = [UInt8](try Data(contentsOf: url))
    for i in 4096..<bytes.count { bytes[i] = 0xFF }
    try Data(bytes).write(to: url)
    let message = "kb.sqlite: cannot open the database: the database file is damaged (database disk image is malformed)"
    try expectRefused("kb.sqlite", in: folder, message: message, commands: ["load", "query"])
    // A read-only connection to a WAL database leaves its (empty) -wal and -shm files behind,
    // as SQLite does; the database itself is untouched.
    let sql = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "SELECT 1"], in: folder)
    #expect(sql.status == 1)
    #expect(sql.stderr == "dipkb: \(message)\n")
    #expect(try Data(contentsOf: url) == Data(bytes))
}

// MARK: Issue 14, second round

/// Fills the pages of `table`'s b-trees (the table and its indexes) with 0xFF.
private func damage(_ table: String, of url: URL) throws {
    var pages: [Int] = []
    var pageSize = 4096
    do {
        let database = try Database(path: url.path, mode: .readOnly)
        if case .integer(let size)? = try database.prepare("PRAGMA page_size").scalar() { pageSize = Int(size) }
        let statement = try database.prepare("SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 1")
        try statement.bind([table])
        while try statement.step() { pages.append(statement.int(at: 0)) }
    }
    try #require(!pages.isEmpty)
    var bytes = [UInt8](try Data(contentsOf: url))
    for page in pages {
        for i in (page - 1) * pageSize..<min(page * pageSize, bytes.count) { bytes[i] = 0xFF }
    }
    try Data(bytes).write(to: url)
}

@Test func loadRefusesADatabaseDamagedWhereItsArticlesWouldNotReach() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    #expect(try DipKBProcess.run(["load", "--db", "kb.sqlite", "one.txt"], in: folder).status == 0)
    // No claims are written for these articles: a load would never read the damaged pages.
    try damage("claims", of: folder.appendingPathComponent("kb.sqlite"))
    try "Title: Two\nDate: 2019-01-17\n\nShinzo Abe met Vladimir Putin in Osaka.\n"
        .write(to: folder.appendingPathComponent("two.txt"), atomically: true, encoding: .utf8)
    let query = try DipKBProcess.run(["query", "articles", "--db", "kb.sqlite"], in: folder)
    #expect(query.status == 1)
    let message = "dipkb: kb.sqlite: the database file is damaged (database disk image is malformed)\n"
    #expect(query.stderr == message)
    let before = try Data(contentsOf: folder.appendingPathComponent("kb.sqlite"))
    let load = try DipKBProcess.run(["load", "--db", "kb.sqlite", "two.txt"], in: folder)
    #expect(load.status == 1)
    #expect(load.stdout == "")
    #expect(load.stderr == message)
    #expect(try Data(contentsOf: folder.appendingPathComponent("kb.sqlite")) == before)
}

@Test func dbPathsThatLookLikeSQLiteURIsAreFiles() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    for db in ["file:kb.sqlite?nolock=1", "file::memory:", ":memory:"] {
        let load = try DipKBProcess.run(["load", "--db", db, "one.txt"], in: folder)
        #expect(load.status == 0, "\(db): \(load.stderr)")
        // A file of exactly that name holds the article, so a second load skips it.
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(db).path), "\(db)")
        let again = try DipKBProcess.run(["load", "--db", db, "one.txt"], in: folder)
        #expect(again.stdout.hasPrefix("0 new, 1 skipped"), "\(db)")
        let count = try DipKBProcess.run(["sql", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM articles"], in: folder)
        #expect(count.stdout == "n\r\n1\r\n", "\(db): \(count.stderr)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("kb.sqlite").path))
}

@Test func readConnectionsRefuseFunctionsThatReachOutsideTheDatabase() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    #expect(try DipKBProcess.run(["load", "--db", "kb.sqlite", "one.txt"], in: folder).status == 0)
    for call in ["fts3_tokenizer('simple')", "FTS3_Tokenizer('porter')", "load_extension('/tmp/none')"] {
        let result = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "SELECT hex(\(call))"], in: folder)
        #expect(result.status == 1, "\(call)")
        #expect(result.stdout == "")
        let name = call.prefix { $0 != "(" }
        #expect(result.stderr == "dipkb: sql failed: not authorized to use function: \(name)\n", "\(call): \(result.stderr)")
    }
    // Named queries read through the same kind of connection.
    try "-- name: leak\nSELECT hex(fts3_tokenizer('simple')) AS pointer\n".write(
        to: folder.appendingPathComponent("leak.sql"), atomically: true, encoding: .utf8)
    let query = try DipKBProcess.run(["query", "leak", "--db", "kb.sqlite", "--queries", "leak.sql"], in: folder)
    #expect(query.status == 1)
    #expect(query.stdout == "")
}

@Test func databaseMessagesSayWhatIsActuallyWrong() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    #expect(try DipKBProcess.run(["load", "--db", "kb.sqlite", "one.txt"], in: folder).status == 0)
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("kb.sqlite-wal"), withIntermediateDirectories: true)
    try expectRefused(
        "kb.sqlite", in: folder,
        message: "kb.sqlite: cannot open the database: its -wal file kb.sqlite-wal is a folder, not a file (SQLite needs that name for its own file)")
    try expectRefused("/", in: folder, message: "/: cannot open the database: it is a folder, not a database file")
}

@Test func aLongParameterFailsOnOneLineWithoutTheSQL() throws {
    let folder = DipKBProcess.folder()
    try article(in: folder)
    #expect(try DipKBProcess.run(["load", "--db", "kb.sqlite", "one.txt"], in: folder).status == 0)
    // Past SQLite's limit on a LIKE pattern (50,000 bytes). who-met-whom looks a name of three
    // characters or more up in the aliases' trigram index first, so it never reaches the LIKE
    // with this one: no one is named so, and it says so. A query of the user's own does.
    let value = String(repeating: "x", count: 50_001)
    let named = try DipKBProcess.run(["query", "who-met-whom", "--db", "kb.sqlite", "--format", "csv", "--param", "person=\(value)"], in: folder)
    #expect(named.status == 0 && named.stderr.isEmpty, "\(named.stderr)")
    #expect(named.stdout.split(separator: "\n").count == 1)
    try "-- name: named-like\n-- param: person — any part of a name\nSELECT name FROM people WHERE name LIKE '%' || :person || '%'\n"
        .write(to: folder.appendingPathComponent("mine.sql"), atomically: false, encoding: .utf8)
    let result = try DipKBProcess.run(
        ["query", "named-like", "--queries", "mine.sql", "--db", "kb.sqlite", "--param", "person=\(value)"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr == "dipkb: query named-like failed: LIKE or GLOB pattern too complex\n")
    let sql = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "SELEC name FROM people"], in: folder)
    #expect(sql.stderr == "dipkb: sql failed: near \"SELEC\": syntax error\n")
}

@Test(.enabled(if: withoutOverride != nil))
func aWALDatabaseInAReadOnlyFolderIsStillRead() throws {
    let launcher = try #require(withoutOverride)
    let folder = DipKBProcess.folder()
    try article(in: folder)
    let closed = folder.appendingPathComponent("closed")
    try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: true)
    #expect(try DipKBProcess.run(["load", "--db", "closed/kb.sqlite", "one.txt"], in: folder).status == 0)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: closed.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: closed.path) }
    let before = try snapshot(closed)
    let sql = try DipKBProcess.start(
        ["sql", "--db", "closed/kb.sqlite", "--format", "csv", "SELECT count(*) AS n FROM articles"], in: folder, launcher: launcher
    ).wait()
    #expect(sql.status == 0, "\(sql.stderr)")
    #expect(sql.stdout == "n\r\n1\r\n")
    let query = try DipKBProcess.start(["query", "articles", "--db", "closed/kb.sqlite", "--format", "csv"], in: folder, launcher: launcher).wait()
    #expect(query.status == 0, "\(query.stderr)")
    #expect(query.stdout.hasPrefix("id,date,title,source,people,meetings,claims\r\n1,2019-01-16,One,"))
    #expect(try snapshot(closed) == before)
    // Writing is still refused, saying why.
    let load = try DipKBProcess.start(["load", "--db", "closed/kb.sqlite", "one.txt"], in: folder, launcher: launcher).wait()
    #expect(load.status == 1)
    #expect(try snapshot(closed) == before)
}
