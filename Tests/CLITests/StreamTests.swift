import Extraction
import Foundation
import Intake
import SQLite
import Testing

/// Articles as JSON Lines records, the input of `dipkb extract --stream`.
private func jsonLine(_ article: Article) throws -> String {
    var record: [String: String] = ["text": article.body]
    record["title"] = article.title
    record["date"] = article.date?.description
    record["source"] = article.source
    return String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
}

/// The articles of files and folders, read as `dipkb load` reads them, as JSON Lines.
private func jsonLines(of paths: [String]) throws -> String {
    var lines: [String] = []
    try ArticleFiles(paths: paths).forEach { item in
        if case .article(let article, _) = item { lines.append(try jsonLine(article)) }
    }
    return lines.joined(separator: "\n") + "\n"
}

/// The full-text indexes, compared by what they hold rather than by how FTS5 laid it out in
/// segments (which follows where the load's transactions ended, a matter of timing).
private let fullTextIndexes = ["article_search", "person_alias_trigrams"]

/// Every row of every table, sorted, every entry of the full-text indexes, and the outputs of the
/// headline named queries. The time each article was loaded is left out: it is when, not what.
private func contents(of database: URL, in folder: URL) throws -> [String: [String]] {
    let db = try Database(path: database.path, mode: .readOnly)
    var contents: [String: [String]] = [:]
    let segments = Set(fullTextIndexes.flatMap { [$0 + "_data", $0 + "_idx"] })
    for index in fullTextIndexes {
        try db.execute("CREATE VIRTUAL TABLE temp.\(index)_entries USING fts5vocab(main, '\(index)', 'instance')")
        contents["index " + index] = try db.prepare("SELECT * FROM temp.\(index)_entries").allRows().map { "\($0)" }.sorted()
    }
    let tables = try db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").allRows()
    for case .text(let table) in tables.map({ $0[0] }) where !segments.contains(table) {
        let info = try db.prepare("SELECT name FROM pragma_table_info(?) WHERE name != 'loaded_at'")
        try info.bind([table])
        let columns = try info.allRows()
            .compactMap { row -> String? in if case .text(let name) = row[0] { "\"\(name)\"" } else { nil } }
        contents["table " + table] = try db.prepare("SELECT \(columns.joined(separator: ", ")) FROM \"\(table)\"").allRows().map { "\($0)" }.sorted()
    }
    for query in ["who-met-whom", "disputed-territories", "people", "timeline"] {
        let result = try DipKBProcess.run(["query", "--db", database.lastPathComponent, query, "--format", "csv"], in: folder)
        contents["query " + query] = [result.stdout]
    }
    return contents
}

/// Loads `corpus` directly into one database and through `extract --stream | load --facts -`
/// into another, and checks both hold the same rows and answer the named queries alike.
private func checkBothRoutesAgree(_ corpus: String, minimumArticles: Int) throws {
    let folder = DipKBProcess.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try corpus.write(to: folder.appendingPathComponent("corpus.jsonl"), atomically: false, encoding: .utf8)
    let direct = try DipKBProcess.run(["load", "--db", "direct.sqlite", "corpus.jsonl"], in: folder)
    let stream = try DipKBProcess.run(["extract", "--stream", "corpus.jsonl"], in: folder)
    #expect(stream.status == 0, "\(stream.stderr)")
    let facts = try DipKBProcess.run(["load", "--facts", "--db", "facts.sqlite", "-"], in: folder, stdin: stream.stdout)
    #expect(direct.status == 0 && facts.status == 0, "\(direct.stderr) \(facts.stderr)")
    #expect(facts.stdout == direct.stdout)
    #expect((loadSummary(direct.stdout)?.new ?? 0) >= minimumArticles, "\(direct.stdout)")
    let expected = try contents(of: folder.appendingPathComponent("direct.sqlite"), in: folder)
    let loaded = try contents(of: folder.appendingPathComponent("facts.sqlite"), in: folder)
    #expect(loaded.keys.sorted() == expected.keys.sorted())
    for key in expected.keys.sorted() {
        let (mine, theirs) = (loaded[key] ?? [], expected[key] ?? [])
        #expect(
            mine == theirs,
            "\(key): \(mine.count) rows against \(theirs.count), first difference \(zip(mine, theirs).first { $0 != $1 }.map { "\($0.0.prefix(300)) / \($0.1.prefix(300))" } ?? "in length")"
        )
    }
}

@Test func streamedFactsBuildTheSameKnowledgeBaseOnTheSeedAndExamples() throws {
    let root = repositoryRoot()
    let corpus = try jsonLines(of: [root.appendingPathComponent("seeds").path, root.appendingPathComponent("examples").path])
    try checkBothRoutesAgree(corpus, minimumArticles: 9)
}

@Test func streamedFactsBuildTheSameKnowledgeBaseOnAGeneratedCorpus() throws {
    let folder = DipKBProcess.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let generator = DipKBProcess.executable.deletingLastPathComponent().appendingPathComponent("dipkb-corpus")
    let process = try Process.run(generator, arguments: ["--seed", "13", "--count", "400", "--jsonl", folder.appendingPathComponent("c.jsonl").path])
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    try checkBothRoutesAgree(try String(contentsOf: folder.appendingPathComponent("c.jsonl"), encoding: .utf8), minimumArticles: 400)
}

@Test func aBrokenRecordInTheMiddleGivesOneErrorLineAndEveryOtherArticle() throws {
    let folder = DipKBProcess.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let texts = (1...9).map { "Japanese Foreign Minister Aiko Sato \($0) met Russian Foreign Minister Ivan Orlov in Moscow on Monday." }
    var lines = try texts.map { try jsonLine(Article(title: "Report", date: Day(year: 2020, month: 3, day: 4), body: $0)) }
    lines.insert(#"{"text": "Sato met Orlov", "title": "#, at: 5)
    let run = try DipKBProcess.run(["extract", "--stream"], in: folder, stdin: lines.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "\(run.stderr)")
    let output = run.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    #expect(output.map { $0["line"] as? Int } == Array(1...10))
    #expect(output.filter { $0["error"] != nil }.map { $0["line"] as? Int } == [6])
    let streamed = output.compactMap { ($0["article"] as? [String: Any])?["text"] as? String }
    #expect(streamed == texts)
    let meetings = output.compactMap { ($0["facts"] as? [String: Any])?["meetings"] as? [Any] }
    #expect(meetings.count == 9 && meetings.allSatisfy { $0.count == 1 })
}

@Test func aFirstRecordThatIsBrokenDoesNotTurnTheStreamIntoText() throws {
    let folder = DipKBProcess.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let good = try jsonLine(Article(body: "Chinese President Xi Jinping met French President Emmanuel Macron in Paris."))
    let run = try DipKBProcess.run(["extract", "--stream"], in: folder, stdin: "not json at all\n\(good)\n")
    let output = run.stdout.split(separator: "\n")
    #expect(output.count == 2)
    #expect(output.first?.contains(#""error":"#) == true)
    #expect(output.last?.contains(#""content_hash":"#) == true)
}

@Test func loadFactsRefusesLinesThatAreNotFactsAndLoadsTheRest() throws {
    let folder = DipKBProcess.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let articles = [
        "Japanese Foreign Minister Aiko Sato met Russian Foreign Minister Ivan Orlov in Moscow.",
        "Chinese President Xi Jinping met French President Emmanuel Macron in Paris.",
    ]
    let stream = try DipKBProcess.run(
        ["extract", "--stream"], in: folder,
        stdin: try articles.map { try jsonLine(Article(body: $0)) }.joined(separator: "\n"))
    var lines = stream.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    // The text edited after extraction no longer has its hash; a plain article is not a fact line.
    let edited = lines[1].replacingOccurrences(of: "Xi Jinping met", with: "Xi Jinping visited")
    lines += [edited, try jsonLine(Article(body: "A plain article."))]
    try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("facts.jsonl"), atomically: false, encoding: .utf8)
    let load = try DipKBProcess.run(["load", "--facts", "--db", "kb.sqlite", "facts.jsonl"], in: folder)
    #expect(load.status == 1)
    #expect(load.stdout == "2 new, 0 skipped, 2 failed, \(loadFacts(load.stdout)) facts added\n")
    let problems = problems(load.stderr)
    #expect(problems.count == 2)
    #expect(problems.first?.hasPrefix("dipkb: facts.jsonl:3: content_hash does not match the text") == true, "\(problems)")
    #expect(problems.last?.hasPrefix("dipkb: facts.jsonl:4: not a fact line of `dipkb extract --stream` (key \"") == true, "\(problems)")
    let again = try DipKBProcess.run(["load", "--facts", "--db", "kb.sqlite", "facts.jsonl"], in: folder)
    #expect(again.stdout.hasPrefix("0 new, 2 skipped, 2 failed"))
}

private func loadFacts(_ summary: String) -> Int {
    Int(summary.split(separator: ",").last?.split(separator: " ").first ?? "") ?? -1
}

@Test func loadFactsReadsAFolderOfPartFilesInNameOrder() throws {
    let folder = DipKBProcess.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let texts = [
        "Japanese Foreign Minister Aiko Sato met Russian Foreign Minister Ivan Orlov in Moscow.",
        "Chinese President Xi Jinping met French President Emmanuel Macron in Paris.",
        "Indian Prime Minister Rahul Rao spoke by phone with Pakistani Prime Minister Shah Malik.",
    ]
    let stream = try DipKBProcess.run(
        ["extract", "--stream"], in: folder,
        stdin: try texts.map { try jsonLine(Article(body: $0)) }.joined(separator: "\n"))
    let lines = stream.stdout.split(separator: "\n").map { $0 + "\n" }
    #expect(lines.count == 3)
    // As Spark writes a folder: part files in partition order, an empty partition, an empty
    // _SUCCESS marker and hidden checksum files.
    let parts = folder.appendingPathComponent("facts")
    try FileManager.default.createDirectory(at: parts, withIntermediateDirectories: true)
    try lines[1...].joined().write(to: parts.appendingPathComponent("part-00001"), atomically: false, encoding: .utf8)
    try lines[0].write(to: parts.appendingPathComponent("part-00000"), atomically: false, encoding: .utf8)
    for empty in ["part-00002", "_SUCCESS"] { try "".write(to: parts.appendingPathComponent(empty), atomically: false, encoding: .utf8) }
    try "not facts".write(to: parts.appendingPathComponent(".part-00000.crc"), atomically: false, encoding: .utf8)
    let load = try DipKBProcess.run(["load", "--facts", "--db", "kb.sqlite", "facts"], in: folder)
    #expect(load.status == 0, "\(load.stderr)")
    #expect(load.stdout.hasPrefix("3 new, 0 skipped, 0 failed"))
    let articles = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "SELECT body FROM articles ORDER BY id", "--format", "csv"], in: folder)
    let order = texts.map { articles.stdout.range(of: $0)?.lowerBound }
    #expect(order.allSatisfy { $0 != nil } && order == order.sorted { $0! < $1! })
}
