import DipKB
import Extraction
import Foundation
import Intake
import PropertyBased
import SQLite
import Store
import Testing

private func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dipkb-loader-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Rows in every table of the store, so that "stored once" covers facts, not only articles.
private func tableCounts(_ store: Store) throws -> [String: Int64] {
    let tables = try store.database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").allRows()
    var counts: [String: Int64] = [:]
    for case .text(let table) in tables.map({ $0[0] }) {
        if case .integer(let n)? = try store.database.prepare("SELECT count(*) FROM \"\(table)\"").scalar() { counts[table] = n }
    }
    return counts
}

/// Sentences that give the extractor people, countries, meetings and territories to find.
private let sentences = [
    "Japanese Foreign Minister Taro Kono held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Monday.",
    "Chinese President Xi Jinping will meet French President Emmanuel Macron in Paris next week.",
    "Indian Prime Minister Narendra Modi spoke by phone with Pakistani Prime Minister Imran Khan.",
    "Japan claims the Kuril Islands, which Russia holds.",
    "Kashmir is claimed by India and Pakistan.",
    "The talks lasted two hours.", "Lavrov said nothing.", "Trade was discussed.", "",
]
private let articleText = Gen.element(of: sentences).array(of: 1...6).map { $0.compactMap { $0 }.joined(separator: " ") }
private let dates = Gen.element(of: ["", "Date: 2019-01-16\n", "Date: 2020-02-29\n"])
private let inputs = zip(articleText, dates.map { $0 ?? "" }).array(of: 1...8)

@Test func loadingTheSameInputTwiceStoresItOnce() async throws {
    await propertyCheck(count: 40, input: inputs) { articles in
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, (text, date)) in articles.enumerated() {
            try! "Title: Article \(index)\n\(date)\n\(text)\n".write(to: folder.appendingPathComponent("\(index).txt"), atomically: false, encoding: .utf8)
        }
        let store = try! Store(path: temporaryFolder().appendingPathComponent("kb.sqlite").path)
        var lines: [String] = []
        let loader = Loader(store: store) { lines.append($0) }
        let files = ArticleFiles(paths: [folder.path])
        let first = loader.load(files)
        let afterFirst = try! tableCounts(store)
        let second = loader.load(files)
        let afterSecond = try! tableCounts(store)
        // Blank articles are refused by the reader, on both loads alike.
        #expect(first.failed == second.failed)
        #expect(second.new == 0)
        #expect(second.skipped == first.new + first.skipped)
        #expect(afterFirst["articles"] == Int64(first.new))
        #expect(afterSecond == afterFirst)
        #expect(lines.allSatisfy { $0.hasSuffix("empty file (only white space)") || $0.hasSuffix("no article text after the header block") }, "\(lines)")
    }
}

@Test func articleThatFailsToWriteCostsNoOtherOfItsBatch() throws {
    let folder = temporaryFolder()
    for (index, text) in sentences.prefix(5).enumerated() {
        try "Title: T\(index)\n\n\(text)\n".write(to: folder.appendingPathComponent("\(index).txt"), atomically: false, encoding: .utf8)
    }
    let store = try Store(path: temporaryFolder().appendingPathComponent("kb.sqlite").path)
    // Fails after the article row and its sentences are written.
    try store.database.execute(
        """
        CREATE TEMP TRIGGER fail_t2 BEFORE INSERT ON main.mentions
        WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'T2'
        BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
        """)
    var lines: [String] = []
    let loader = Loader(store: store) { lines.append($0) }
    let report = loader.load(ArticleFiles(paths: [folder.path]))
    #expect(report.new == 4)
    #expect(report.failed == 1)
    #expect(!report.stoppedEarly)
    #expect(lines.count == 1, "\(lines)")
    #expect(lines.first?.hasPrefix("dipkb: \(folder.path)/2.txt: ") == true)
    #expect(lines.first?.contains("refused for the test") == true)
    let titles = try store.database.prepare("SELECT title FROM articles ORDER BY id").allRows()
    #expect(titles == [[.text("T0")], [.text("T1")], [.text("T3")], [.text("T4")]])
    #expect(try store.database.prepare("SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)").scalar() == .integer(0))
}

@Test func databaseInsideTheLoadedFolderIsNotReadAsInput() throws {
    let folder = temporaryFolder()
    try "Title: T\n\n\(sentences[0])\n".write(to: folder.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
    let store = try Store(path: folder.appendingPathComponent("kb.sqlite").path)
    var lines: [String] = []
    let loader = Loader(store: store) { lines.append($0) }
    // Given as the user might: through "." and a relative path of the folder.
    for path in [folder.path, folder.path + "/./"] {
        let report = loader.load(ArticleFiles(paths: [path]))
        #expect(report.failed == 0)
        #expect(lines.isEmpty, "\(lines)")
    }
}

/// Every row of every table but the full-text index's own, in a stable order: what a load stored.
private func everyRow(_ store: Store) throws -> [String: [[Value]]] {
    let tables = try store.database.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'article_search%' AND name NOT LIKE 'person_alias_trigrams%'"
    ).allRows()
    var rows: [String: [[Value]]] = [:]
    for case .text(let table) in tables.map({ $0[0] }) {
        let info = try store.database.prepare("SELECT name FROM pragma_table_info(?) WHERE name <> 'loaded_at'")
        try info.bind([table])
        let columns = try info.allRows().compactMap { $0[0].text }.map { "\"\($0)\"" }.joined(separator: ", ")
        rows[table] = try store.database.prepare("SELECT \(columns) FROM \"\(table)\" ORDER BY \(columns)").allRows()
    }
    return rows
}

private func indexNames(_ store: Store) throws -> Set<String> {
    Set(try store.database.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").allRows().compactMap { $0[0].text })
}

@Test func aLoadLargeBesideItsDatabaseDropsTheQueryIndexesAndBuildsThemAtItsEnd() throws {
    let folder = temporaryFolder()
    for index in 0..<30 {
        let text = (0..<4).map { sentences[(index + $0 * 2) % 5] }.joined(separator: " ")
        try "Title: T\(index)\nDate: 2019-01-\(10 + index % 9)\n\n\(text) Item \(index).\n".write(
            to: folder.appendingPathComponent(String(format: "%02d.txt", index)), atomically: false, encoding: .utf8)
    }
    func load(into path: String, bulkIndexingAfter: Int?) throws -> (store: Store, indexesAfterChunks: [Int]) {
        let store = try Store(path: path)
        let loader = Loader(store: store) { Issue.record("\($0)") }
        loader.chunkSize = 4
        loader.bulkIndexingAfter = bulkIndexingAfter
        loader.progressInterval = .zero
        var indexes: [Int] = []
        loader.progress = { _ in indexes.append((try? indexNames(store).count) ?? -1) }
        let report = loader.load(ArticleFiles(paths: [folder.path]))
        #expect(report.new == 30)
        return (store, indexes)
    }
    let plain = try load(into: temporaryFolder().appendingPathComponent("kb.sqlite").path, bulkIndexingAfter: nil)
    let all = try indexNames(plain.store).count
    #expect(plain.indexesAfterChunks.allSatisfy { $0 == all })

    let bulk = try load(into: temporaryFolder().appendingPathComponent("kb.sqlite").path, bulkIndexingAfter: 8)
    // Written with every index for the first 8 articles (two chunks), without the query indexes after.
    #expect(bulk.indexesAfterChunks.first == all)
    // The eight indexes only queries read (QueryIndexes.names) are dropped.
    #expect(bulk.indexesAfterChunks.contains(all - 8), "\(bulk.indexesAfterChunks)")
    #expect(try indexNames(bulk.store).count == all)
    #expect(try everyRow(bulk.store) == everyRow(plain.store))
    #expect(try bulk.store.database.prepare("PRAGMA integrity_check").allRows() == [[.text("ok")]])
    #expect(try bulk.store.database.prepare("PRAGMA foreign_key_check").allRows().isEmpty)

    // The same articles into a database that holds more than the load writes: the indexes stay.
    let folder2 = temporaryFolder()
    for index in 0..<10 {
        try "Title: U\(index)\n\n\(sentences[index % 5]) Other item \(index).\n".write(
            to: folder2.appendingPathComponent("\(index).txt"), atomically: false, encoding: .utf8)
    }
    let loader = Loader(store: bulk.store) { Issue.record("\($0)") }
    loader.chunkSize = 4
    loader.bulkIndexingAfter = 8
    loader.progressInterval = .zero
    var indexes: [Int] = []
    loader.progress = { _ in indexes.append((try? indexNames(bulk.store).count) ?? -1) }
    #expect(loader.load(ArticleFiles(paths: [folder2.path])).new == 10)
    #expect(!indexes.isEmpty && indexes.allSatisfy { $0 == all }, "\(indexes)")

    // A load killed while the indexes were dropped: the next load builds them before it writes.
    try bulk.store.dropQueryIndexes()
    #expect(try indexNames(bulk.store).count == all - 8)
    var first: [Int] = []
    let next = Loader(store: bulk.store) { Issue.record("\($0)") }
    next.progressInterval = .zero
    next.progress = { _ in first.append((try? indexNames(bulk.store).count) ?? -1) }
    #expect(next.load(ArticleFiles(paths: [folder.path])).skipped == 30)
    #expect(first.first == all)
}

/// A load writes with the page cache and checkpoints made for loads, and leaves the connection
/// its own settings after (a `dipkb serve` sharing the process keeps the Store's smaller cache).
@Test func aLoadWritesWithTheLoadSettingsAndGivesTheConnectionItsOwnBack() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for index in 0..<3 {
        try "Title: Article \(index)\n\n\(sentences[index])\n".write(to: folder.appendingPathComponent("\(index).txt"), atomically: false, encoding: .utf8)
    }
    let store = try Store(path: folder.appendingPathComponent("kb.sqlite").path)
    // (wal_autocheckpoint has no table-valued form.)
    let settings = { try ["PRAGMA cache_size", "PRAGMA wal_autocheckpoint"].map { try store.database.prepare($0).scalar() } }
    let own = try settings()
    var duringLoad: [[Value?]] = []
    let loader = Loader(store: store) { _ in }
    loader.progressInterval = .zero
    loader.progress = { _ in duringLoad.append(try! settings()) }
    let report = loader.load(ArticleFiles(paths: [folder.appendingPathComponent("0.txt").path, folder.appendingPathComponent("1.txt").path]))
    #expect(report.new == 2)
    #expect(!duringLoad.isEmpty)
    #expect(duringLoad.allSatisfy { $0 == [.integer(-32768), .integer(16000)] }, "\(duringLoad)")
    #expect(try settings() == own)
    #expect(own == [.integer(-16384), .integer(1000)])
    // The facts of a stream are loaded the same way.
    duringLoad = []
    let articles = folder.appendingPathComponent("articles.jsonl")
    try #"{"title": "Article 2", "text": "\#(sentences[2])"}"#.appending("\n").write(to: articles, atomically: false, encoding: .utf8)
    var lines = ""
    _ = try ExtractionStream { _ in }.run(JSONLinesArticles(paths: [articles.path])) { lines += $0 }
    let facts = folder.appendingPathComponent("facts.jsonl")
    try lines.write(to: facts, atomically: false, encoding: .utf8)
    #expect(loader.loadFacts(RecordLines(paths: [facts.path], maxLineBytes: 1 << 20)).new == 1)
    #expect(!duringLoad.isEmpty)
    #expect(duringLoad.allSatisfy { $0 == [.integer(-32768), .integer(16000)] }, "\(duringLoad)")
    #expect(try settings() == own)
}
