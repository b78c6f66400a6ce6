// dipkb-bench: the in-process measurements behind `make bench` (bench/run.sh parses its
// `key=value` lines, and the `|`-separated lines of `queries`: query, parameter as key=value,
// median ms, rows, note, the page's row limit when only the first page is asked for).
//   dipkb-bench extract FOLDER [PASSES]  extraction alone, one thread, over a folder of .txt articles (PASSES times)
//   dipkb-bench inserts N DBFILE      insert ceiling: N rows through our SQLite layer, one transaction
//   dipkb-bench rows DBFILE [TABLE]   rows per table of a database
//   dipkb-bench same-rows LOADED NEW  second ceiling: the rows of a loaded database copied into a new one of the
//                                     same schema by bare inserts, one transaction; each table's time on stderr
//   dipkb-bench intake PATH...        reading alone: every article through Intake, nothing extracted
//   dipkb-bench growth JSONL DBFILE [TRANSACTION_MS]
//                                     load rate of the first and the last tenth of a load into a new database
//                                     (TRANSACTION_MS: the Loader's longest transaction, for runs under
//                                     valgrind, whose slowness would otherwise cut transactions short)
//   dipkb-bench append JSONL DBFILE  the writer alone (Store.add, chunks of 256) writing the articles of JSONL,
//                                     extracted first, into a new or existing database (its indexes left as they are);
//                                     each chunk's time on stderr. Experiments: APPEND_CACHE_KIB (page cache),
//                                     APPEND_WAL_PAGES (wal_autocheckpoint), APPEND_CHUNK (articles per Store.add)
//   dipkb-bench meetings-db N DBFILE  a new knowledge base with N meetings, by direct inserts
//   dipkb-bench queries DBFILE [RUNS] median time of the target named queries (default 9 runs)
//   dipkb-bench explain DBFILE        EXPLAIN QUERY PLAN of the target named queries
import Foundation

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func fixed(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }

let usage = """
    usage: dipkb-bench extract FOLDER [PASSES] | inserts N DBFILE | same-rows LOADED NEW | rows DBFILE [TABLE] | intake PATH...
                     | growth JSONL DBFILE [TRANSACTION_MS] | append JSONL DBFILE | meetings-db N DBFILE | queries DBFILE [RUNS] | explain DBFILE
    """
let args = Array(CommandLine.arguments.dropFirst())
do {
    switch (args.first, args.count) {
    case ("extract", 2), ("extract", 3):
        guard args.count == 2 || Int(args[2]).map({ $0 > 0 }) == true else { throw BenchError("extract: PASSES must be a positive number") }
        let r = try ExtractionBenchmark(folder: args[1], passes: args.count == 3 ? Int(args[2])! : 1).run()
        print(
            "articles=\(r.articles) input_bytes=\(r.inputBytes) seconds=\(fixed(r.seconds, 3))"
                + " articles_per_s=\(fixed(Double(r.articles) / r.seconds)) mb_per_s=\(fixed(Double(r.inputBytes) / 1e6 / r.seconds, 2))"
                + " sentences=\(r.sentences) people=\(r.people) meetings=\(r.meetings) territories=\(r.territories) rows=\(r.rows)")
    case ("inserts", 3):
        guard let n = Int(args[1]), n > 0 else { throw BenchError("inserts: N must be a positive number") }
        let seconds = try InsertCeiling(path: args[2], rows: n).run()
        print("rows=\(n) seconds=\(fixed(seconds, 3)) rows_per_s=\(fixed(Double(n) / seconds, 0))")
    case ("same-rows", 3):
        let r = try SameRowsCeiling(loaded: args[1], path: args[2]).run()
        for t in r.tables {
            FileHandle.standardError.write(Data("table=\(t.name) rows=\(t.rows) seconds=\(fixed(t.seconds, 3))\n".utf8))
        }
        print(
            "rows=\(r.rows) seconds=\(fixed(r.seconds, 3)) full_text_seconds=\(fixed(r.fullTextSeconds, 3))"
                + " rows_per_s=\(fixed(Double(r.rows) / r.seconds, 0))")
    case ("rows", 2), ("rows", 3):
        let counts = try TableRows(path: args[1]).count(table: args.count == 3 ? args[2] : nil)
        for c in counts { print("table=\(c.table) rows=\(c.rows)") }
        print("total_rows=\(counts.reduce(0) { $0 + $1.rows })")
    case ("intake", 2...):
        let r = IntakePass(paths: Array(args.dropFirst())).run()
        print(
            "articles=\(r.articles) failures=\(r.failures) body_bytes=\(r.bodyBytes) seconds=\(fixed(r.seconds, 2))"
                + " articles_per_s=\(fixed(Double(r.articles) / r.seconds, 0))")
    case ("growth", 3), ("growth", 4):
        guard args.count == 3 || Int(args[3]).map({ $0 > 0 }) == true else { throw BenchError("growth: TRANSACTION_MS must be a positive number") }
        let r = try LoadGrowth(input: args[1], path: args[2], transactionTime: args.count == 4 ? .milliseconds(Int(args[3])!) : nil).run()
        print(
            "articles=\(r.articles) seconds=\(fixed(r.seconds, 2)) articles_per_s=\(fixed(Double(r.articles) / r.seconds, 0))"
                + " first_tenth_per_s=\(fixed(r.firstTenthRate, 0)) last_tenth_per_s=\(fixed(r.lastTenthRate, 0)) db_bytes=\(r.databaseBytes)")
    case ("append", 3):
        let r = try AppendWrite(input: args[1], path: args[2]).run()
        print("articles=\(r.articles) added=\(r.added) write_seconds=\(fixed(r.seconds, 3)) articles_per_s=\(fixed(Double(r.articles) / r.seconds, 0))")
    case ("meetings-db", 3):
        guard let n = Int(args[1]), n > 0 else { throw BenchError("meetings-db: N must be a positive number") }
        let s = try MeetingsDatabase(path: args[2], meetings: n).build()
        print(
            "meetings=\(s.meetings) people=\(s.people) articles=\(s.articles) participants=\(s.participants)"
                + " sources=\(s.sources) claims=\(s.claims) mentions=\(s.mentions) seconds=\(fixed(s.seconds, 1))")
    case ("queries", 2), ("queries", 3):
        let runs = args.count == 3 ? Int(args[2]) ?? 0 : 9
        guard runs > 0 else { throw BenchError("queries: RUNS must be a positive number") }
        for t in try QueryLatency(path: args[1]).run(runs: runs) {
            let parameters = t.case.parameters.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            print(
                [
                    t.case.query, parameters, fixed(t.medianMilliseconds, 2), String(t.rows), t.case.note,
                    t.case.page.limit.map(String.init) ?? "",
                ].joined(separator: "|"))
        }
    case ("explain", 2):
        print(try QueryLatency(path: args[1]).plans(), terminator: "")
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("dipkb-bench: \(error)\n".utf8))
    exit(1)
}
