import Extraction
import Foundation
import Intake

/// The extractor measured against gold annotations, as ../shared/eval/score.py measures it:
/// for every STEM.txt with a STEM.gold.json beside it, the article is read as `dipkb extract`
/// reads it, its facts extracted in this process and compared with the gold file's by
/// score.py's rules (ArticleScore). The figures agree with score.py's.
public struct Evaluation: Sendable {
    public struct ArticleResult: Sendable {
        public var stem: String
        /// Why the extractor gave nothing to score (the article could not be read as one
        /// article); its facts then count as empty, as score.py counts a failed extractor.
        public var failure: String?
        public var misses: [String]
    }

    public private(set) var tallies: [EvalFigure: EvalTally] = Dictionary(uniqueKeysWithValues: EvalFigure.allCases.map { ($0, EvalTally()) })
    public private(set) var articles: [ArticleResult] = []
    /// Time spent reading and extracting, in seconds.
    public private(set) var extractionSeconds: Double = 0

    public var failures: Int { articles.filter { $0.failure != nil }.count }

    /// The mean of the F1 of people, countries, meetings and claims: score.py's `score`.
    public var score: Double {
        EvalFigure.scored.map { tallies[$0]!.f1 }.reduce(0, +) / Double(EvalFigure.scored.count)
    }

    public init() {}

    /// Evaluates the articles of each folder (not its subfolders), in score.py's order.
    public static func run(folders: [String], extractor: Extractor = Extractor()) throws -> Evaluation {
        var evaluation = Evaluation()
        for folder in folders {
            for stem in try stems(in: folder) {
                try evaluation.evaluate(folder: folder, stem: stem, extractor: extractor)
            }
        }
        return evaluation
    }

    /// The stems of the STEM.txt files with a STEM.gold.json, sorted by code point as Python sorts.
    static func stems(in folder: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else {
            throw EvalError.notAFolder(folder)
        }
        let present = Set(names)
        return names.filter { $0.hasSuffix(".txt") }
            .sorted(by: EvalNames.precedes)
            .map { String($0.dropLast(4)) }
            .filter { present.contains($0 + ".gold.json") }
    }

    mutating func evaluate(folder: String, stem: String, extractor: Extractor) throws {
        let base = URL(fileURLWithPath: folder)
        let goldFile = base.appendingPathComponent(stem + ".gold.json").path
        let gold = try EvalFacts(goldJSON: try Data(contentsOf: URL(fileURLWithPath: goldFile)), file: goldFile)
        let started = ContinuousClock.now
        let (system, failure) = Self.extract(base.appendingPathComponent(stem + ".txt").path, extractor: extractor)
        let elapsed = ContinuousClock.now - started
        extractionSeconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let score = ArticleScore(system: system ?? EvalFacts(), gold: gold)
        for (figure, tally) in score.tallies { tallies[figure]!.add(tally.truePositives, tally.system, tally.gold) }
        articles.append(ArticleResult(stem: stem, failure: failure, misses: score.misses))
    }

    /// The facts of the one article in `path`, as `dipkb extract --format json FILE` gives
    /// score.py: a file that cannot be read, or holds no article or several, is a failure.
    static func extract(_ path: String, extractor: Extractor) -> (EvalFacts?, String?) {
        var articles: [Article] = []
        var failure: String?
        ArticleFiles(names: [PathName(path)]).forEach { item in
            switch item {
            case .article(let article, _): articles.append(article)
            case .failure(let origin, let reason): failure = failure ?? "\(origin): \(reason)"
            case .warning: break
            }
        }
        if let failure { return (nil, failure) }
        guard articles.count == 1 else { return (nil, "\(articles.count) articles in one file") }
        return (EvalFacts(extractor.extract(articles[0])), nil)
    }
}
