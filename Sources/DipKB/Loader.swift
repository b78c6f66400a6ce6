import Dispatch
import Extraction
import Foundation
import Intake
import Store

/// The load pipeline: articles read from the user's paths, their facts extracted on every core,
/// then written by one writer, in input order, one transaction per article.
public final class Loader {
    public let store: Store
    public var extractor = Extractor()
    /// Articles extracted together before they are written; bounds memory on large loads.
    public var chunkSize = 64
    /// One line per problem (`dipkb: PATH: reason`); stderr in the CLI.
    public var diagnose: (String) -> Void
    /// Called now and then during a long load with the tally so far.
    public var progress: ((LoadReport) -> Void)?
    public var progressInterval: Duration = .seconds(2)

    public init(store: Store, diagnose: @escaping (String) -> Void) {
        self.store = store
        self.diagnose = diagnose
    }

    public func load(_ files: ArticleFiles) -> LoadReport {
        var report = LoadReport()
        var pending: [(Article, Origin)] = []
        let clock = ContinuousClock()
        var lastProgress = clock.now

        func flush() {
            let facts = extractAll(pending.map(\.0))
            for ((article, origin), facts) in zip(pending, facts) {
                do {
                    let result = try store.add(article: article, facts: facts)
                    switch result {
                    case .added(_, let count):
                        report.new += 1
                        report.factsAdded += count
                    case .skipped:
                        report.skipped += 1
                    }
                } catch {
                    report.failed += 1
                    diagnose("dipkb: \(origin): \(error)")
                }
            }
            pending.removeAll(keepingCapacity: true)
            if let progress, clock.now - lastProgress >= progressInterval {
                progress(report)
                lastProgress = clock.now
            }
        }

        files.forEach { item in
            switch item {
            case .article(let article, let origin):
                pending.append((article, origin))
                if pending.count >= chunkSize { flush() }
            case .failure(let origin, let reason):
                report.failed += 1
                diagnose("dipkb: \(origin): \(reason)")
            case .warning(let origin, let message):
                diagnose("dipkb: \(origin): warning: \(message)")
            }
        }
        flush()
        return report
    }

    /// Extracts every article, in parallel; the result is in the articles' order.
    func extractAll(_ articles: [Article]) -> [ArticleFacts] {
        var results = [ArticleFacts](repeating: ArticleFacts(), count: articles.count)
        let extractor = self.extractor
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
