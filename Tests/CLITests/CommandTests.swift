import Foundation
import Testing

private func loaded() throws -> (URL, String) {
    let folder = DipKBProcess.folder()
    try writeArticles(in: folder)
    let result = try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    return (folder, "kb.sqlite")
}

@Test func loadReportsNewThenSkippedOnReload() throws {
    let folder = DipKBProcess.folder()
    try writeArticles(in: folder)
    let first = try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles"], in: folder)
    #expect(first.status == 0)
    #expect(first.stdout.hasPrefix("2 new, 0 skipped, 0 failed, "))
    let again = try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles"], in: folder)
    #expect(again.status == 0)
    #expect(again.stdout == "0 new, 2 skipped, 0 failed, 0 facts added\n")
    let count = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "--format", "csv", "SELECT count(*) AS n FROM articles"], in: folder)
    #expect(count.stdout == "n\r\n2\r\n")
}

@Test func loadReadsStdinAndUsesDateAndDefaultDatabase() throws {
    let folder = DipKBProcess.folder()
    let result = try DipKBProcess.run(["load", "--date", "2020-02-02", "-"], in: folder, stdin: "Lavrov spoke in Moscow.\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("dipkb.sqlite").path))
    let articles = try DipKBProcess.run(["query", "articles", "--format", "json"], in: folder)
    #expect(articles.stdout.contains("\"date\":\"2020-02-02\""))
    // $DIPKB_DB names the database when --db is not given.
    let env = try DipKBProcess.run(["query", "articles", "--format", "csv"], in: folder, environment: ["DIPKB_DB": "other.sqlite"])
    #expect(env.status == 1)
    #expect(env.stderr == "dipkb: other.sqlite: no such database (create one with `dipkb load`)\n")
}

@Test func loadReportsEachBadFileAndExitsOne() throws {
    let folder = DipKBProcess.folder()
    try writeArticles(in: folder)
    try Data().write(to: folder.appendingPathComponent("articles/empty.txt"))
    let result = try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles", "missing.txt"], in: folder)
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("2 new, 0 skipped, 2 failed, "))
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.contains("dipkb: articles/empty.txt: empty file"))
    #expect(lines.contains("dipkb: missing.txt: no such file or folder"))
    #expect(lines.count == 2)
}

@Test func queryPrintsEveryFormat() throws {
    let (folder, db) = try loaded()
    let table = try DipKBProcess.run(["query", "articles", "--db", db], in: folder)
    #expect(table.status == 0)
    let lines = table.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0].hasPrefix("id  date        title "))
    #expect(lines[1].hasPrefix("--  ----------  -----"))
    #expect(lines[2].hasPrefix(" 1  2019-01-16  Ministers meet in Moscow "))
    #expect(lines[3].hasPrefix(" 2  2019-06-20  Leaders to meet, \"again\", in Osaka"))

    let json = try DipKBProcess.run(["query", "articles", "--db", db, "--format", "json"], in: folder)
    let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    #expect(parsed?.count == 2)
    #expect(parsed?[1]["title"] as? String == "Leaders to meet, \"again\", in Osaka")
    #expect(parsed?[1]["source"] is NSNull)
    #expect(parsed?[0]["id"] as? Int == 1)

    let csv = try DipKBProcess.run(["query", "articles", "--db", db, "--format", "csv"], in: folder)
    let rows = csv.stdout.components(separatedBy: "\r\n")
    #expect(rows[0] == "id,date,title,source,people,meetings,claims")
    #expect(rows[1].hasPrefix("1,2019-01-16,Ministers meet in Moscow,https://example.org/one,"))
    #expect(rows[2].hasPrefix("2,2019-06-20,\"Leaders to meet, \"\"again\"\", in Osaka\",,"))
    #expect(rows.last == "")
}

@Test func everyNamedQueryRunsFromTheCLI() throws {
    let (folder, db) = try loaded()
    let required = [
        "meetings-of": ["--param", "person=Kono"], "claims-by": ["--param", "country=JPN"],
        "person": ["--param", "name=Kono"], "territory": ["--param", "name=Kuril"],
    ]
    let list = try DipKBProcess.run(["queries"], in: folder)
    let names = list.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.isEmpty }.map(String.init)
    #expect(
        names == ["who-met-whom", "meetings-of", "disputed-territories", "claims-by", "people", "countries", "articles", "person", "territory", "timeline"])
    #expect(list.stdout.contains("--param person=VALUE  (optional)"))
    for name in names {
        let result = try DipKBProcess.run(["query", name, "--db", db, "--format", "json"] + (required[name] ?? []), in: folder)
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) is [Any], "\(name)")
    }
}

@Test func queryErrorsAreOneLineWithUsageStatus() throws {
    let (folder, db) = try loaded()
    let unknown = try DipKBProcess.run(["query", "who-met", "--db", db], in: folder)
    #expect(unknown.status == 2)
    #expect(
        unknown.stderr
            == "dipkb: no named query \"who-met\"; known queries: who-met-whom, meetings-of, disputed-territories, claims-by, people, countries, articles, person, territory, timeline\n"
    )
    let missing = try DipKBProcess.run(["query", "meetings-of", "--db", db], in: folder)
    #expect(missing.status == 2)
    #expect(missing.stderr == "dipkb: query meetings-of needs a value for person (--param person=VALUE)\n")
    let badParam = try DipKBProcess.run(["query", "people", "--db", db, "--param", "novalue"], in: folder)
    #expect(badParam.status == 2)
    #expect(badParam.stderr == "dipkb: --param needs KEY=VALUE, not \"novalue\"\n")
    let badFormat = try DipKBProcess.run(["query", "people", "--db", db, "--format", "xml"], in: folder)
    #expect(badFormat.status == 2)
    #expect(badFormat.stderr.split(separator: "\n").count == 1)
}

@Test func parameterHoldingSQLIsTreatedAsAValue() throws {
    let (folder, db) = try loaded()
    let attack = "x'); DROP TABLE people; --"
    let result = try DipKBProcess.run(["query", "who-met-whom", "--db", db, "--param", "person=\(attack)", "--format", "csv"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "person_a,country_a,person_b,country_b,date,status,place,mode,article,sources\r\n")
    try "-- name: echo\n-- description: Says it back.\n-- param: text — anything\nSELECT :text AS said\n"
        .write(to: folder.appendingPathComponent("mine.sql"), atomically: true, encoding: .utf8)
    let echo = try DipKBProcess.run(["query", "echo", "--db", db, "--queries", "mine.sql", "--param", "text=\(attack)", "--format", "json"], in: folder)
    #expect(echo.stdout == "[\n  {\"said\":\"x'); DROP TABLE people; --\"}\n]\n")
    let tables = try DipKBProcess.run(["sql", "--db", db, "--format", "csv", "SELECT name FROM sqlite_master WHERE name = 'people'"], in: folder)
    #expect(tables.stdout == "name\r\npeople\r\n")
}

@Test func userQueryFileIsListedAndItsErrorsNamed() throws {
    let folder = DipKBProcess.folder()
    try "-- name: recent\n-- description: The newest articles.\n-- param: limit? — how many\nSELECT id FROM articles ORDER BY id DESC LIMIT ifnull(:limit, 5)\n"
        .write(to: folder.appendingPathComponent("mine.sql"), atomically: true, encoding: .utf8)
    let list = try DipKBProcess.run(["queries", "--queries", "mine.sql"], in: folder)
    #expect(list.stdout.contains("recent  (mine.sql)\n    The newest articles.\n    --param limit=VALUE  (optional)  how many"))
    try "SELECT 1\n".write(to: folder.appendingPathComponent("bad.sql"), atomically: true, encoding: .utf8)
    let bad = try DipKBProcess.run(["queries", "--queries", "bad.sql"], in: folder)
    #expect(bad.status == 1)
    #expect(bad.stderr == "dipkb: bad.sql:1: SQL before any -- name: header\n")
}

@Test func sqlAnswersReadsAndRefusesWrites() throws {
    let (folder, db) = try loaded()
    let read = try DipKBProcess.run(["sql", "--db", db, "SELECT title FROM articles ORDER BY id LIMIT 1"], in: folder)
    #expect(read.stdout == "title\n------------------------\nMinisters meet in Moscow\n")
    for statement in ["DELETE FROM articles", "DROP TABLE people", "UPDATE articles SET title = 'x'"] {
        let write = try DipKBProcess.run(["sql", "--db", db, statement], in: folder)
        #expect(write.status == 1)
        #expect(write.stderr == "dipkb: sql runs only read-only statements; this one would change the database\n")
    }
    let count = try DipKBProcess.run(["sql", "--db", db, "--format", "csv", "SELECT count(*) FROM articles"], in: folder)
    #expect(count.stdout.hasSuffix("\r\n2\r\n"))
    let syntax = try DipKBProcess.run(["sql", "--db", db, "SELEC 1"], in: folder)
    #expect(syntax.status == 1)
    #expect(syntax.stderr.contains("syntax error"))
}

@Test func notADatabaseAndNewerSchemaAreRefused() throws {
    let folder = DipKBProcess.folder()
    try String(repeating: "just some notes\n", count: 20).write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    for command in [["load", "--db", "notes.txt", "notes.txt"], ["query", "people", "--db", "notes.txt"], ["sql", "--db", "notes.txt", "SELECT 1"]] {
        let result = try DipKBProcess.run(command, in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "dipkb: notes.txt: not a SQLite database\n", "\(command)")
    }
    _ = try DipKBProcess.run(["load", "--db", "kb.sqlite", "notes.txt"], in: folder)
    // A later dipkb wrote this database.
    let bump = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "SELECT 1"], in: folder)
    #expect(bump.status == 0)
    let sqlite = try Data(contentsOf: folder.appendingPathComponent("kb.sqlite"))
    var bytes = [UInt8](sqlite)
    bytes[60..<64] = [0, 0, 0, 99]  // user_version lives at offset 60 of the header
    try Data(bytes).write(to: folder.appendingPathComponent("kb.sqlite"))
    let newer = try DipKBProcess.run(["query", "people", "--db", "kb.sqlite"], in: folder)
    #expect(newer.status == 1)
    #expect(newer.stderr.hasPrefix("dipkb: kb.sqlite: database schema version 99 is newer than this dipkb supports ("))
}

@Test func extractPrintsGoldShapedJSONAndTables() throws {
    let folder = try writeArticles(in: DipKBProcess.folder())
    let json = try DipKBProcess.run(["extract", "one.txt"], in: folder)
    #expect(json.status == 0, "\(json.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    for key in ["people", "countries", "meetings", "territories"] { #expect(object[key] is [Any], "\(key)") }
    #expect(object["date"] as? String == "2019-01-16")
    let table = try DipKBProcess.run(["extract", "one.txt", "--format", "table"], in: folder)
    #expect(table.status == 0)
    #expect(table.stdout.contains("people: "))
    #expect(table.stdout.contains("territories: "))
    let missing = try DipKBProcess.run(["extract", "nothing.txt"], in: folder)
    #expect(missing.status == 1)
    #expect(missing.stderr == "dipkb: nothing.txt: no such file or folder\n")
    let stdin = try DipKBProcess.run(["extract", "-"], in: folder, stdin: "Kono met Lavrov.\n")
    #expect(stdin.status == 0)
}

@Test func helpAndUsageErrors() throws {
    let folder = DipKBProcess.folder()
    let help = try DipKBProcess.run(["--help"], in: folder)
    #expect(help.status == 0)
    for command in ["load", "query", "queries", "sql", "extract"] { #expect(help.stdout.contains(command)) }
    let loadHelp = try DipKBProcess.run(["load", "--help"], in: folder)
    #expect(loadHelp.stdout.contains("--date <YYYY-MM-DD>"))
    #expect(loadHelp.stdout.contains("--db <path>"))
    let noPaths = try DipKBProcess.run(["load"], in: folder)
    #expect(noPaths.status == 2)
    #expect(noPaths.stderr.split(separator: "\n").count == 1)
    let badDate = try DipKBProcess.run(["load", "--date", "2019-02-30", "x.txt"], in: folder)
    #expect(badDate.status == 2)
    #expect(badDate.stderr == "dipkb: --date needs a real day as YYYY-MM-DD, not \"2019-02-30\"\n")
}

@Test func queryLimitAndOffsetPrintOnePageOfTheRows() throws {
    let (folder, db) = try loaded()
    let whole = try DipKBProcess.run(["query", "who-met-whom", "--db", db, "--format", "csv"], in: folder)
    let lines = whole.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.count >= 3, "\(whole.stdout)")
    let second = try DipKBProcess.run(["query", "who-met-whom", "--db", db, "--format", "csv", "--limit", "1", "--offset", "1"], in: folder)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout == lines[0] + "\r\n" + lines[2] + "\r\n")
    // A query that does not page itself is paged as its rows come.
    let articles = try DipKBProcess.run(["query", "articles", "--db", db, "--format", "csv", "--offset", "1"], in: folder)
    #expect(articles.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2)
    let negative = try DipKBProcess.run(["query", "articles", "--db", db, "--limit=-1"], in: folder)
    #expect(negative.status != 0)
    #expect(negative.stderr.contains("--limit needs a number of rows"))
}
