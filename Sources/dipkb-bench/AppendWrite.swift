import Extraction
import Foundation
import Intake
import Store

/// The writer alone on a database of any size: every article of a JSON Lines file extracted
/// first (one thread), then written by `Store.add` in chunks of the Loader's size, the writing
/// timed. Loading the same articles into a new database and into one that already holds many
/// shows, under callgrind, which of the writer's steps grow with the database. Unlike a `Loader`,
/// it leaves the database's indexes as they are (drop the query indexes beforehand to write as
/// the end of a large load does).
struct AppendWrite {
    let input: String
    let path: String
    /// The Loader's chunk: the articles of one `Store.add`.
    static let chunkSize = 256

    struct Result {
        var articles = 0
        var added = 0
        var seconds = 0.0
    }

    func run() throws -> Result {
        var articles: [Article] = []
        var failure: String?
        ArticleFiles(paths: [input]).forEach { item in
            switch item {
            case .article(let article, _): articles.append(article)
            case .failure(let origin, let reason): failure = failure ?? "\(origin): \(reason)"
            case .warning: break
            }
        }
        if let failure { throw BenchError(failure) }
        let extractor = Extractor()
        let batch = articles.map { ($0, extractor.extract($0)) }
        let hashes = articles.map { ContentHash.of(body: $0.body) }
        let store = try Store(path: path)
        // An experiment's page cache, in KiB (the Store's own when unset).
        if let kib = ProcessInfo.processInfo.environment["APPEND_CACHE_KIB"].flatMap(Int.init) {
            try store.database.execute("PRAGMA cache_size = -\(kib)")
        }
        if let pages = ProcessInfo.processInfo.environment["APPEND_WAL_PAGES"].flatMap(Int.init) {
            try store.database.execute("PRAGMA wal_autocheckpoint = \(pages)")
        }
        let chunkSize = ProcessInfo.processInfo.environment["APPEND_CHUNK"].flatMap(Int.init) ?? Self.chunkSize
        var result = Result()
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for start in stride(from: 0, to: batch.count, by: chunkSize) {
                let end = min(start + chunkSize, batch.count)
                let chunkStart = clock.now
                let results = store.add(Array(batch[start..<end]), hashes: Array(hashes[start..<end]), maxTransactionTime: .seconds(600))
                // Each chunk's time on stderr: the first pays for warming the caches of a new process.
                let seconds = fixed((clock.now - chunkStart).seconds, 3)
                FileHandle.standardError.write(Data("chunk \(start / chunkSize + 1): \(end - start) articles in \(seconds)s\n".utf8))
                for r in results {
                    if case .added = try r.get() { result.added += 1 }
                }
            }
        }
        result.articles = batch.count
        result.seconds = elapsed.seconds
        return result
    }
}
