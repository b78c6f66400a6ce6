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
    /// A load that has written at least this many articles, and at least as many as the
    /// database held before it, writes the rest without the indexes only queries read and builds
    /// them once at its end (`Store.dropQueryIndexes`): a large load into a small or new database
    /// spends its time on rows rather than on index entries, and since it has written half the
    /// database at least, building the indexes again costs it, per article, a bounded share
    /// whatever the size of the database. Nil: never.
    public var bulkIndexingAfter: Int? = 256

    /// Items read ahead of the writer (`ReadAhead`): enough to keep it from waiting for the
    /// reading, which is several times faster than writing, few beside the two chunks in memory.
    static let readAhead = 64

    /// Asked between articles: once it says yes, the load stops at the next article boundary,
    /// keeping everything committed, and its report has `interrupted` set.
    public var shouldStop: () -> Bool = { false }

    /// Ends the reading and writing of a load asked to stop.
    private struct Interrupted: Error {}

    /// Articles the database held when the load began (about), and whether the indexes only
    /// queries read are dropped for the rest of the load.
    private var storedBefore = 0
    private var queryIndexesDropped = false

    public init(store: Store, diagnose: @escaping (String) -> Void) {
        self.store = store
        self.diagnose = diagnose
    }

    /// Loads everything `files` yields. A failure of the database as a whole (a damaged file, a
    /// full disk, a lock held too long) is said once and stops the load, since every further
    /// article would fail the same way; the report then has `stoppedEarly` set.
    public func load(_ files: ArticleFiles) -> LoadReport {
        withLoadSettings { loadArticles(files) }
    }

    /// Runs a load with the store's settings for loads; a failure to set them is said, and the
    /// load goes on with the store's own.
    private func withLoadSettings(_ load: () -> LoadReport) -> LoadReport {
        do {
            return try store.withLoadSettings(load)
        } catch {
            diagnose("dipkb: the page cache and checkpoints for loads could not be set (\(error))")
            return load()
        }
    }

    private func loadArticles(_ files: ArticleFiles) -> LoadReport {
        beginBulkIndexing()
        defer { endBulkIndexing() }
        var report = LoadReport()
        var progress = ProgressClock()
        let ownFiles = DatabaseFiles(path: store.path)
        let extractor = extractor
        // While the writer stores one chunk, the next is being extracted on the other cores.
        // The content hash too is worked out there, rather than by the one writer.
        let pipeline = OrderedChunks<(Article, Origin), (ArticleFacts, String)>(
            chunkSize: chunkSize,
            work: { item in
                (extractor.extract(item.0), ContentHash.of(body: item.0.body))
            },
            deliver: { items, extracted in
                try self.write(
                    zip(items, extracted).map { ($0.0, $0.1, $1.0) }, hashes: extracted.map(\.1),
                    into: &report, progress: &progress)
            })
        // The files are read and parsed on a thread of their own, not the writer's.
        let reading = ReadAhead<IntakeItem>(capacity: Self.readAhead) { put in try files.forEach(put) }
        defer { reading.cancel() }
        do {
            while let item = reading.next() {
                if shouldStop() { throw Interrupted() }
                switch item {
                case .article(let article, let origin):
                    try pipeline.append((article, origin))
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
            try pipeline.finish()
        } catch is Interrupted {
            report.interrupted = true
        } catch {
            diagnose("dipkb: \(error); load stopped")
            report.stoppedEarly = true
        }
        return report
    }

    /// Loads the lines of `dipkb extract --stream` without extracting again: the same writing,
    /// merging, skipping of stored articles and crash safety as `load(_:)`, so the knowledge
    /// base is the one a direct load of the same articles gives. A line the stream reported as
    /// an error counts as failed, as its record would in a direct load; a line that is not a
    /// fact line, or whose text no longer has its content hash, fails alone.
    public func loadFacts(_ lines: RecordLines) -> LoadReport {
        withLoadSettings { loadFactLines(lines) }
    }

    private func loadFactLines(_ lines: RecordLines) -> LoadReport {
        beginBulkIndexing()
        defer { endBulkIndexing() }
        var report = LoadReport()
        var progress = ProgressClock()
        // Decoding runs on the other cores while the writer writes, as extraction does in `load`.
        let pipeline = OrderedChunks<([UInt8], Origin), FactLine>(
            chunkSize: chunkSize,
            work: { item in
                FactLine(decoding: item.0)
            },
            deliver: { items, decoded in
                var ready: [(Article, Origin, ArticleFacts)] = []
                for ((_, origin), line) in zip(items, decoded) {
                    switch line {
                    case .facts(let article, let facts):
                        ready.append((article, origin, facts))
                    case .failed(let reason):
                        report.failed += 1
                        self.diagnose("dipkb: \(origin): \(reason)")
                    }
                }
                try self.write(ready, into: &report, progress: &progress)
            })
        let reading = ReadAhead<RecordLines.Item>(capacity: Self.readAhead) { put in try lines.forEach(put) }
        defer { reading.cancel() }
        do {
            while let item = reading.next() {
                if shouldStop() { throw Interrupted() }
                switch item {
                case .line(let bytes, let origin):
                    try pipeline.append((bytes, origin))
                case .failure(let origin, let reason):
                    report.failed += 1
                    diagnose("dipkb: \(origin): \(reason)")
                }
            }
            try pipeline.finish()
        } catch is Interrupted {
            report.interrupted = true
        } catch {
            diagnose("dipkb: \(error); load stopped")
            report.stoppedEarly = true
        }
        return report
    }

    /// Builds first the query indexes a load that never reached its end left dropped (not when a
    /// `Store` opens: `dipkb query` opens one to write too, and would wait for a running load's
    /// write lock); a failure is said, and the load goes on.
    private func beginBulkIndexing() {
        do {
            try store.buildQueryIndexes()
        } catch {
            diagnose("dipkb: the query indexes missing could not be built (\(error))")
        }
        storedBefore = (try? store.storedArticlesEstimate()) ?? Int.max
        queryIndexesDropped = false
    }

    /// Drops the indexes only queries read once the load is large enough (`bulkIndexingAfter`).
    private func dropQueryIndexesWhenLarge(written: Int) throws {
        guard let threshold = bulkIndexingAfter, !queryIndexesDropped, written >= max(threshold, storedBefore) else { return }
        try store.dropQueryIndexes()
        queryIndexesDropped = true
    }

    /// Builds the indexes dropped, whatever ended the load; a failure is said (the next `Store`
    /// opened to write builds them).
    private func endBulkIndexing() {
        guard queryIndexesDropped else { return }
        queryIndexesDropped = false
        do {
            try store.buildQueryIndexes()
        } catch {
            diagnose("dipkb: the query indexes could not be built again (\(error)); the next load into this database builds them")
        }
    }

    /// When progress was last said.
    private struct ProgressClock {
        let clock = ContinuousClock()
        var last = ContinuousClock.now
    }

    /// Writes one chunk of articles with their facts and counts the outcome; throws the failure
    /// of the database as a whole, said once rather than once per article of the chunk, and
    /// `Interrupted` once asked to stop (what was committed stays).
    private func write(
        _ chunk: [(Article, Origin, ArticleFacts)], hashes: [String]? = nil, into report: inout LoadReport,
        progress clock: inout ProgressClock
    ) throws {
        if shouldStop() { throw Interrupted() }
        let results = store.add(chunk.map { ($0.0, $0.2) }, hashes: hashes, maxTransactionTime: transactionTime, shouldStop: shouldStop)
        var databaseFailure: StoreError?
        var interrupted = false
        for ((_, origin, _), result) in zip(chunk, results) {
            switch result {
            case .failure(StoreError.interrupted):
                interrupted = true
            case .success(.added(_, let count)):
                report.new += 1
                report.factsAdded += count
            case .success(.skipped):
                report.skipped += 1
            case .failure(let error):
                report.failed += 1
                if let failure = store.databaseWideFailure(error) {
                    databaseFailure = databaseFailure ?? failure
                } else {
                    diagnose("dipkb: \(origin): \(error)")
                }
            }
        }
        if let databaseFailure { throw databaseFailure }
        if interrupted { throw Interrupted() }
        try dropQueryIndexesWhenLarge(written: report.processed)
        if let progress, clock.clock.now - clock.last >= progressInterval {
            progress(report)
            clock.last = clock.clock.now
        }
    }
}
