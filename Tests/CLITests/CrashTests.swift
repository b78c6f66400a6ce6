import Foundation
import SQLite
import Store
import Testing

/// Articles in the database at `path` now, read while a load may be writing (WAL lets us).
private func articleCount(_ path: String) -> Int {
    guard FileManager.default.fileExists(atPath: path),
        let database = try? Database(path: path, mode: .readOnly),
        case .integer(let n)? = try? database.prepare("SELECT count(*) FROM articles").scalar()
    else { return 0 }
    return Int(n)
}

/// SIGKILL a running `dipkb load` at several moments of a large load: every time the database is
/// sound and holds each article whole or not at all, and a last load completes the rest once.
@Test(.timeLimit(.minutes(3))) func killedLoadsLeaveWholeArticlesAndReloadCompletesTheRest() throws {
    let folder = DipKBProcess.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let total = 800
    try ArticleGenerator.write(0..<total, to: folder.appendingPathComponent("articles"), seed: 11)
    let expected = try expectedArticles(under: folder.appendingPathComponent("articles"))
    #expect(expected.count == total)
    #expect(expected.values.contains { $0.meetings > 0 && $0.claims > 0 && $0.people > 0 })
    let db = folder.appendingPathComponent("kb.sqlite").path

    var storedAfterKills: [Int] = []
    // Fixed moments (the first may land before the database exists), then one chosen to land
    // right after a commit, while the next batch is being written.
    for delay in [50, 200, 500, -1] {
        let load = try DipKBProcess.start(["load", "--db", "kb.sqlite", "articles"], in: folder)
        if delay >= 0 {
            usleep(useconds_t(delay * 1000))
        } else {
            let before = storedAfterKills.last ?? 0
            let deadline = Date().addingTimeInterval(20)
            while load.isRunning && articleCount(db) <= before && Date() < deadline { usleep(2000) }
        }
        load.kill()
        let result = try load.wait()
        #expect(result.status == SIGKILL || result.status == 0, "\(result.stderr)")
        storedAfterKills.append(try checkWholeArticles(database: db, expected: expected))
    }
    #expect(storedAfterKills.contains { 0 < $0 && $0 < total }, "no kill landed in the middle of the load: \(storedAfterKills)")

    let rest = try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles"], in: folder)
    #expect(rest.status == 0)
    #expect(problems(rest.stderr).isEmpty, "\(rest.stderr)")
    let summary = try #require(loadSummary(rest.stdout))
    #expect(summary.failed == 0)
    #expect(summary.skipped == storedAfterKills.last)
    #expect(summary.new + summary.skipped == total)
    #expect(try checkWholeArticles(database: db, expected: expected) == total)
    // A load of 800 articles into a smaller database writes without the indexes only queries read
    // and builds them at its end; the kills above may land in between. Whatever happened, the
    // database ends with the schema of a new one, and each index holds its table (integrity_check).
    let schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    let fresh = try Store(path: folder.appendingPathComponent("fresh.sqlite").path)
    let loaded = try Database(path: db, mode: .readOnly)
    #expect(try loaded.prepare(schema).allRows() == fresh.database.prepare(schema).allRows())
    #expect(try loaded.prepare("PRAGMA integrity_check").allRows() == [[.text("ok")]])
}

/// SIGINT and SIGTERM in the middle of a load: it stops between two articles, says how many it
/// stored and that the rest loads next time, and exits 130 or 143 as a shell expects; the
/// next load stores the rest once.
@Test(.timeLimit(.minutes(3))) func interruptedLoadSaysWhatItStoredAndExitsWithTheSignalsStatus() throws {
    let folder = DipKBProcess.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let total = 1500
    try ArticleGenerator.write(0..<total, to: folder.appendingPathComponent("articles"), seed: 5)
    let db = folder.appendingPathComponent("kb.sqlite").path
    var stored = 0
    for (signal, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
        let load = try DipKBProcess.start(["load", "--db", "kb.sqlite", "articles"], in: folder)
        // Sent once the load has committed articles of its own, well before its end.
        let deadline = Date().addingTimeInterval(60)
        while load.isRunning && articleCount(db) <= stored && Date() < deadline { usleep(2000) }
        kill(load.process.processIdentifier, signal)
        let result = try load.wait()
        #expect(result.status == status, "\(result.stderr)")
        let now = articleCount(db)
        #expect(stored < now && now < total)
        let summary = try #require(loadSummary(result.stdout))
        #expect(summary.new == now - stored)
        #expect(result.stdout.hasSuffix("; interrupted\n"))
        #expect(
            problems(result.stderr) == ["dipkb: interrupted: \(now - stored) new articles stored; the rest loads on the next run (stored articles are skipped)"]
        )
        stored = now
    }
    let rest = try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles"], in: folder)
    #expect(rest.status == 0)
    let summary = try #require(loadSummary(rest.stdout))
    #expect(summary.skipped == stored)
    #expect(summary.new == total - stored)
}
