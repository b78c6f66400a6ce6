import Extraction
import Foundation
import Intake

/// `dipkb extract --stream`: JSON Lines articles in, one JSON line out per record, in input
/// order — the article with its facts, or `{"error": ..., "line": N}` for a record that gave no
/// article — so that it can be a pipe stage of any engine (Spark's `RDD.pipe`, Hadoop
/// Streaming, GNU parallel). Extraction runs on every core through `OrderedChunks`; memory
/// holds two chunks whatever the input size.
public struct ExtractionStream {
    public var extractor = Extractor()
    /// Records extracted together; the output of a chunk appears once all of it is extracted.
    public var chunkSize = 256
    /// Warnings about records (they still give articles) and problems without a record, as
    /// `dipkb: PATH:LINE: ...` lines; stderr in the CLI.
    public var diagnose: (String) -> Void

    /// What one stream did.
    public struct Tally: Equatable, Sendable {
        public var articles = 0
        public var errors = 0
        /// Inputs that could not be read at all (a missing file): said on stderr, not in the stream.
        public var unreadable = 0
    }

    public init(diagnose: @escaping (String) -> Void) {
        self.diagnose = diagnose
    }

    /// Reads `input` to its end, handing each chunk's lines (each ending in a newline) to `write`.
    public func run(_ input: JSONLinesArticles, write: @escaping (String) throws -> Void) throws -> Tally {
        var tally = Tally()
        let extractor = extractor
        let pipeline = OrderedChunks<Record, String>(
            chunkSize: chunkSize,
            work: { record in
                Self.line(for: record, extractor: extractor)
            },
            deliver: { _, lines in
                try write(lines.joined())
            })
        try input.forEach { item in
            switch item {
            case .article(let article, let origin):
                tally.articles += 1
                try pipeline.append(.article(article, line: origin.line ?? 0))
            case .failure(let origin, let reason):
                guard let line = origin.line else {
                    tally.unreadable += 1
                    diagnose("dipkb: \(origin): \(reason)")
                    return
                }
                tally.errors += 1
                try pipeline.append(.error(line: line, reason: reason))
            case .warning(let origin, let message):
                diagnose("dipkb: \(origin): warning: \(message)")
            }
        }
        try pipeline.finish()
        return tally
    }

    enum Record: Sendable {
        case article(Article, line: Int)
        case error(line: Int, reason: String)
    }

    /// The output line of one record, newline included.
    static func line(for record: Record, extractor: Extractor) -> String {
        let line: StreamLine
        switch record {
        case .article(let article, let number):
            line = .article(line: number, StreamArticle(article), FactsDocument(extractor.extract(article)))
        case .error(let number, let reason):
            line = .error(line: number, reason: reason)
        }
        return encoded(line) + "\n"
    }

    /// One line of compact JSON, keys sorted so equal facts give equal bytes.
    public static func encoded(_ line: StreamLine) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(line), as: UTF8.self)
        } catch {
            // Nothing in a line is a number that JSON cannot hold; should encoding still fail, the
            // record is reported rather than the stream stopped.
            let fallback = StreamLine.error(line: line.line, reason: "facts could not be written as JSON (\(error))")
            return String(decoding: (try? encoder.encode(fallback)) ?? Data(), as: UTF8.self)
        }
    }
}
