import Foundation
import Extraction
import Intake

/// Extraction alone, on one thread: every article of a folder is read and parsed first, so the
/// timed loop is `Extractor().extract` and nothing else.
struct ExtractionBenchmark {
    let folder: String

    struct Result {
        var articles = 0
        /// Bytes of the article files, headers included: the figure comparable with reading them.
        var inputBytes = 0
        var seconds = 0.0
        var people = 0, meetings = 0, territories = 0, sentences = 0
        /// Rows a store would write for these facts: one per article, sentence, person, mention,
        /// meeting, participant, territory, name and claim. The insert ceiling uses it until a
        /// real database from `dipkb load` can be counted instead.
        var rows = 0
    }

    func run() throws -> Result {
        var result = Result()
        var articles: [Article] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        for name in files {
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("\(path): cannot be read") }
            result.inputBytes += data.count
            articles.append(PlainText.parse(String(decoding: data, as: UTF8.self)))
        }
        let extractor = Extractor()
        var facts: [ArticleFacts] = []
        facts.reserveCapacity(articles.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for a in articles { facts.append(extractor.extract(a)) }
        }
        result.seconds = elapsed.seconds
        result.articles = articles.count
        for f in facts {
            result.sentences += f.sentences.count
            result.people += f.people.count
            result.meetings += f.meetings.count
            result.territories += f.territories.count
            result.rows += 1 + f.sentences.count
                + f.people.reduce(0) { $0 + 1 + $1.mentions.count }
                + f.meetings.reduce(0) { $0 + 1 + $1.participants.count }
                + f.territories.reduce(0) { $0 + 1 + $1.names.count + $1.claims.count }
        }
        return result
    }
}
