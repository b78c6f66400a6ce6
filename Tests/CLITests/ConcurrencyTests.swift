import Foundation
import SQLite
import Testing

/// Two loads started at once on a database that does not exist yet, over inputs that overlap
/// (both begin with the same third, so they race for the same articles).
@Test(.timeLimit(.minutes(3))) func twoLoadsAtOnceStoreEveryArticleOnce() throws {
    let folder = DipKBProcess.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, range) in [("a", 0..<300), ("b", 300..<600), ("c", 600..<900)] {
        try ArticleGenerator.write(range, to: folder.appendingPathComponent(name), seed: 23)
    }
    let first = try DipKBProcess.start(["load", "--db", "kb.sqlite", "b", "a"], in: folder)
    let second = try DipKBProcess.start(["load", "--db", "kb.sqlite", "b", "c"], in: folder)
    let results = [try first.wait(), try second.wait()]
    for result in results {
        #expect(result.status == 0, "\(result.stderr)")
        #expect(problems(result.stderr).isEmpty, "\(result.stderr)")
    }
    let summaries = results.compactMap { loadSummary($0.stdout) }
    try #require(summaries.count == 2)
    #expect(summaries.map(\.failed) == [0, 0])
    #expect(summaries[0].new + summaries[1].new == 900)
    #expect(summaries[0].skipped + summaries[1].skipped == 300)

    let expected = try expectedArticles(under: folder.appendingPathComponent("b"))
        .merging(try expectedArticles(under: folder.appendingPathComponent("a"))) { $1 }
        .merging(try expectedArticles(under: folder.appendingPathComponent("c"))) { $1 }
    #expect(try checkWholeArticles(database: folder.appendingPathComponent("kb.sqlite").path, expected: expected) == 900)
}

/// WAL: named queries and ad hoc SQL answer while a load is writing.
@Test(.timeLimit(.minutes(3))) func queriesAnswerWhileALoadRuns() throws {
    let folder = DipKBProcess.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try ArticleGenerator.write(0..<1500, to: folder.appendingPathComponent("articles"), seed: 5)
    let db = folder.appendingPathComponent("kb.sqlite").path
    let load = try DipKBProcess.start(["load", "--db", "kb.sqlite", "articles"], in: folder)
    // Wait for the first commit, so there is something to read.
    let deadline = Date().addingTimeInterval(20)
    while load.isRunning && Date() < deadline {
        if let database = try? Database(path: db, mode: .readOnly),
            case .integer(let n)? = try? database.prepare("SELECT count(*) FROM articles").scalar(), n > 0
        {
            break
        }
        usleep(5000)
    }
    var answeredDuringLoad = 0
    for _ in 0..<3 where load.isRunning {
        let query = try DipKBProcess.run(["query", "articles", "--db", "kb.sqlite", "--format", "csv"], in: folder)
        let sql = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "--format", "csv", "SELECT count(*) AS n FROM articles"], in: folder)
        let stillLoading = load.isRunning
        #expect(query.status == 0, "\(query.stderr)")
        #expect(query.stderr == "")
        #expect(query.stdout.hasPrefix("id,date,title,source,people,meetings,claims\r\n1,"))
        #expect(sql.status == 0, "\(sql.stderr)")
        #expect(sql.stdout.hasPrefix("n\r\n"))
        if stillLoading { answeredDuringLoad += 1 }
    }
    #expect(answeredDuringLoad > 0, "the load ended before any query ran")
    let result = try load.wait()
    #expect(result.status == 0, "\(result.stderr)")
    #expect(loadSummary(result.stdout)?.new == 1500)
}
