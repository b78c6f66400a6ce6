import Extraction
import Foundation
import Intake

/// Extraction alone, on one thread: every article of a folder is read and parsed first, so the
/// timed loop is `Extractor().extract` and nothing else.
struct ExtractionBenchmark {
    let folder: String
    /// Times the folder is extracted over: a folder of a few hundred kilobytes (the real
    /// articles) takes a fraction of a second once, too little to time steadily.
    var passes = 1

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
        var repeatedPeople = 0
        let elapsed = clock.measure {
            for a in articles { facts.append(extractor.extract(a)) }
            // Later passes keep a count of what they found, so that their work is not dropped.
            for _ in 1..<max(passes, 1) {
                for a in articles { repeatedPeople += extractor.extract(a).people.count }
            }
        }
        result.seconds = elapsed.seconds
        result.articles = articles.count * max(passes, 1)
        result.inputBytes *= max(passes, 1)
        precondition(repeatedPeople == facts.reduce(0) { $0 + $1.people.count } * (max(passes, 1) - 1), "extraction is not deterministic")
        for f in facts {
            result.sentences += f.sentences.count
            result.people += f.people.count
            result.meetings += f.meetings.count
            result.territories += f.territories.count
            result.rows +=
                1 + f.sentences.count
                + f.people.reduce(0) { $0 + 1 + $1.mentions.count }
                + f.meetings.reduce(0) { $0 + 1 + $1.participants.count }
                + f.territories.reduce(0) { $0 + 1 + $1.names.count + $1.claims.count }
        }
        return result
    }
}
