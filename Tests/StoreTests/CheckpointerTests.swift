import Extraction
import Foundation
import SQLite
import Testing

@testable import Store

private func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
}

/// During a load, the pages each commit wrote are copied from the WAL into the database file by
/// the checkpointer's connection, not left for the writer's connection (which copies them only
/// past 16,000 pages, or at its close): once the load has returned, the writer's connection still
/// open, the main file holds the whole database.
@Test func aLoadsCommitsAreCopiedIntoTheDatabaseFileBesideTheWriter() throws {
    let path = temporaryDatabase()
    let store = try Store(path: path)
    try store.withLoadSettings {
        for i in 0..<6 {
            let body = "Article number \(i) says nothing of note. " + String(repeating: "Filler words for page \(i). ", count: 200)
            let results = store.add([(Article(body: body), ArticleFacts())])
            #expect(results.allSatisfy { if case .success(.added) = $0 { true } else { false } })
        }
    }
    let pages = try store.database.prepare("PRAGMA page_count").scalar()
    let pageSize = try store.database.prepare("PRAGMA page_size").scalar()
    guard case .integer(let count)? = pages, case .integer(let size)? = pageSize else {
        Issue.record("no page count")
        return
    }
    #expect(count > 10)
    #expect(fileSize(path) == Int(count * size))
    // Outside a load, commits are left to the writer's connection as before.
    let before = fileSize(path + "-wal")
    _ = store.add([(Article(body: "One more article, written outside a load. " + String(repeating: "More filler. ", count: 400)), ArticleFacts())])
    #expect(fileSize(path + "-wal") >= before)
    #expect(fileSize(path) == Int(count * size))
}

/// A writer that never waits never begins a transaction with every frame of the WAL copied, the
/// moment SQLite starts the WAL again: the WAL grew to 800 MB over a 100,000-article load. Past its
/// limit, `committed()` waits for a checkpoint of everything, and the WAL stays near its limit.
@Test func theWALStaysNearItsLimitWhileTheCheckpointerCopiesIt() throws {
    let path = temporaryDatabase()
    let database = try Database(path: path)
    try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0")
    try database.execute("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)")
    let insert = try database.prepare("INSERT INTO blobs (data) VALUES (zeroblob(6000))")
    let checkpointer = Checkpointer(path: path, walLimit: 40)
    // A millisecond a transaction, as a writer with articles to write takes longer than that.
    for _ in 0..<600 {
        try database.transaction { try insert.run() }
        checkpointer.committed()
        Thread.sleep(forTimeInterval: 0.001)
    }
    checkpointer.stop()
    // About 3.5 frames a transaction, 2,100 in all; a frame is a page and its 24-byte header. The
    // limit is passed by what is written while a checkpoint runs (its syncs take milliseconds).
    let frames = fileSize(path + "-wal") / (4096 + 24)
    #expect(frames < 1_000, "the WAL reached \(frames) frames")
}
