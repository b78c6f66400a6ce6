import DipKB
import Foundation
import Intake
import Store

/// The load rate as the database grows: one `Loader` (the pipeline `dipkb load` runs: extraction
/// on every core, one writer) over a JSON Lines file into a fresh database, the time of every
/// chunk's commit noted, so the rate of the first tenth of the articles can be set beside that of
/// the last tenth.
struct LoadGrowth {
    let input: String
    let path: String
    /// The Loader's own when nil.
    var transactionTime: Duration? = nil

    struct Result {
        var articles = 0
        var seconds = 0.0
        var firstTenthRate = 0.0
        var lastTenthRate = 0.0
        var databaseBytes = 0
    }

    func run() throws -> Result {
        if FileManager.default.fileExists(atPath: path) { throw BenchError("\(path): already exists; give a new file") }
        let store = try Store(path: path)
        let loader = Loader(store: store) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        let clock = ContinuousClock()
        let start = clock.now
        // (articles written, seconds since the start) after each chunk.
        var marks: [(articles: Int, seconds: Double)] = [(0, 0)]
        loader.progressInterval = .zero
        if let transactionTime { loader.transactionTime = transactionTime }
        // An experiment's chunk (the Loader's own when unset); its page cache and checkpoints are
        // the load's own (`Store.withLoadSettings`), set by the Loader.
        if let chunk = ProcessInfo.processInfo.environment["GROWTH_CHUNK"].flatMap(Int.init) { loader.chunkSize = chunk }
        loader.progress = { report in marks.append((report.processed, (clock.now - start).seconds)) }
        let report = loader.load(ArticleFiles(paths: [input]))
        marks.append((report.processed, (clock.now - start).seconds))
        guard report.failed == 0, !report.stoppedEarly, report.processed >= 10 else {
            throw BenchError("load of \(input) failed: \(report.summary)")
        }
        var result = Result()
        result.articles = report.processed
        result.seconds = marks.last!.seconds
        let tenth = Double(report.processed) / 10
        result.firstTenthRate = tenth / (Self.time(at: tenth, marks) - Self.time(at: 0, marks))
        result.lastTenthRate = tenth / (Self.time(at: tenth * 10, marks) - Self.time(at: tenth * 9, marks))
        // Every tenth's rate on stderr, so that the shape of the slowdown (steady, or late) shows.
        let tenths = (0..<10).map { i in fixed(tenth / (Self.time(at: tenth * Double(i + 1), marks) - Self.time(at: tenth * Double(i), marks)), 0) }
        FileHandle.standardError.write(Data("tenths_per_s=\(tenths.joined(separator: ","))\n".utf8))
        for suffix in ["", "-wal"] {
            result.databaseBytes += ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size]) as? Int) ?? 0
        }
        return result
    }

    /// When `articles` had been written, read off between the two marks around it.
    static func time(at articles: Double, _ marks: [(articles: Int, seconds: Double)]) -> Double {
        guard let after = marks.firstIndex(where: { Double($0.articles) >= articles }) else { return marks.last!.seconds }
        guard after > 0 else { return marks[0].seconds }
        let (a, b) = (marks[after - 1], marks[after])
        let share = (articles - Double(a.articles)) / Double(max(1, b.articles - a.articles))
        return a.seconds + share * (b.seconds - a.seconds)
    }
}
