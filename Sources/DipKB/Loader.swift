import Dispatch
import Extraction
import Foundation
import Intake
import Store

/// The load pipeline: articles read from the user's paths, their facts extracted on every core,
/// then written by one writer, in input order. Each chunk of extracted articles is written in
/// as few transactions as `transactionTime` allows, each article in its own savepoint: an
/// article is stored whole or not at all, and one that fails costs no other.
public final class Loader {
    public let store: Store
    public var extractor = Extractor()
    /// Articles extracted together, then written together; bounds memory on large loads and
    /// the number of articles in one transaction.
    public var chunkSize = 256
    /// How long one write transaction may grow before it commits; a loader holding the write
    /// lock longer would make another loader (or a migration) wait.
    public var transactionTime: Duration = .milliseconds(500)
    /// One line per problem (`dipkb: PATH: reason`); stderr in the CLI.
    public var diagnose: (String) -> Void
    /// Called now and then during a long load with the tally so far.
    public var progress: ((LoadReport) -> Void)?
    public var progressInterval: Duration = .seconds(2)

    public init(store: Store, diagnose: @escaping (String) -> Void) {
        self.store = store
        self.diagnose = diagnose
    }

    /// Loads everything `files` yields. A failure of the database as a whole (a damaged file, a
    /// full disk, a lock held too long) is said once and stops the load, since every further
    /// article would fail the same way; the report then has `stoppedEarly` set.
    public func load(_ files: ArticleFiles) -> LoadReport {
        var report = LoadReport()
        var pending: [(Article, Origin)] = []
        let clock = ContinuousClock()
        var lastProgress = clock.now
        let ownFiles = DatabaseFiles(path: store.path)

        // Two stages overlap: while the writer stores one chunk, the next is being extracted on
        // the other cores. At most two chunks are in memory at once.
        var extracting: ExtractionJob?

        func write(_ job: ExtractionJob) throws {
            let facts = job.wait()
            let chunk = job.items
            let results = store.add(Array(zip(chunk.map(\.0), facts)), maxTransactionTime: transactionTime)
            var databaseFailure: StoreError?
            for ((_, origin), result) in zip(chunk, results) {
                switch result {
                case .success(.added(_, let count)):
                    report.new += 1
                    report.factsAdded += count
                case .success(.skipped):
                    report.skipped += 1
                case .failure(let error):
                    report.failed += 1
                    // Said once, below, rather than once per article of the chunk.
                    if let failure = store.databaseWideFailure(error) {
                        databaseFailure = databaseFailure ?? failure
                    } else {
                        diagnose("dipkb: \(origin): \(error)")
                    }
                }
            }
            if let databaseFailure { throw databaseFailure }
            if let progress, clock.now - lastProgress >= progressInterval {
                progress(report)
                lastProgress = clock.now
            }
        }

        /// Hands the pending chunk to extraction and writes the one extracted before it.
        func flush() throws {
            let previous = extracting
            extracting = pending.isEmpty ? nil : ExtractionJob(items: pending, extractor: extractor)
            pending.removeAll(keepingCapacity: true)
            if let previous { try write(previous) }
        }

        do {
            try files.forEach { item in
                switch item {
                case .article(let article, let origin):
                    pending.append((article, origin))
                    if pending.count >= chunkSize { try flush() }
                case .failure(let origin, _) where origin.line == nil && ownFiles.contains(origin.path):
                    // The database itself, met in a folder being loaded: not an article.
                    break
                case .failure(let origin, let reason):
                    report.failed += 1
                    diagnose("dipkb: \(origin): \(reason)")
                case .warning(let origin, let message):
                    diagnose("dipkb: \(origin): warning: \(message)")
                }
            }
            try flush()
            try flush()
        } catch {
            diagnose("dipkb: \(error); load stopped")
            report.stoppedEarly = true
        }
        return report
    }

    /// Extracts every article, in parallel; the result is in the articles' order.
    static func extractAll(_ articles: [Article], with extractor: Extractor) -> [ArticleFacts] {
        var results = [ArticleFacts](repeating: ArticleFacts(), count: articles.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own element.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: articles.count) { i in
                slots[i] = extractor.extract(articles[i])
            }
        }
        return results
    }
}

/// One chunk of articles being extracted in the background.
final class ExtractionJob: @unchecked Sendable {
    let items: [(Article, Origin)]
    private let group = DispatchGroup()
    // Written once by the background work before `group` is left; read after `wait()`.
    private var facts: [ArticleFacts] = []

    init(items: [(Article, Origin)], extractor: Extractor) {
        self.items = items
        let articles = items.map(\.0)
        group.enter()
        DispatchQueue.global().async {
            self.facts = Loader.extractAll(articles, with: extractor)
            self.group.leave()
        }
    }

    func wait() -> [ArticleFacts] {
        group.wait()
        return facts
    }
}
