// dipkb-bench: the in-process measurements behind `make bench` (bench/run.sh parses its
// `key=value` lines).
//   dipkb-bench extract FOLDER        extraction alone, one thread, over a folder of .txt articles
//   dipkb-bench inserts N DBFILE      bare SQLite insert ceiling: N rows in one transaction
//   dipkb-bench rows DBFILE [TABLE]   rows per table of a database
import Foundation

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func fixed(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }

let usage = "usage: dipkb-bench extract FOLDER | inserts N DBFILE | rows DBFILE [TABLE]"
let args = Array(CommandLine.arguments.dropFirst())
do {
    switch (args.first, args.count) {
    case ("extract", 2):
        let r = try ExtractionBenchmark(folder: args[1]).run()
        print("articles=\(r.articles) input_bytes=\(r.inputBytes) seconds=\(fixed(r.seconds, 3))"
              + " articles_per_s=\(fixed(Double(r.articles) / r.seconds)) mb_per_s=\(fixed(Double(r.inputBytes) / 1e6 / r.seconds, 2))"
              + " sentences=\(r.sentences) people=\(r.people) meetings=\(r.meetings) territories=\(r.territories) rows=\(r.rows)")
    case ("inserts", 3):
        guard let n = Int(args[1]), n > 0 else { throw BenchError("inserts: N must be a positive number") }
        let seconds = try InsertCeiling(path: args[2], rows: n).run()
        print("rows=\(n) seconds=\(fixed(seconds, 3)) rows_per_s=\(fixed(Double(n) / seconds, 0))")
    case ("rows", 2), ("rows", 3):
        let counts = try TableRows(path: args[1]).count(table: args.count == 3 ? args[2] : nil)
        for c in counts { print("table=\(c.table) rows=\(c.rows)") }
        print("total_rows=\(counts.reduce(0) { $0 + $1.rows })")
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("dipkb-bench: \(error)\n".utf8))
    exit(1)
}
