import ArgumentParser
import DipKB
import Foundation

struct Extract: ParsableCommand {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json, table
    }

    static let configuration = CommandConfiguration(
        abstract: "Print the facts of one article, without touching a database.",
        discussion: """
            --format json prints the shape of the evaluation's gold files, with extra keys for the evidence. \
            A file holding several articles prints a JSON array.

            --stream reads JSON Lines articles (stdin, or the file given) and writes one JSON line per \
            record, in input order: {"article": {...}, "facts": {...}, "line": N}, or {"error": "...", "line": N} \
            for a record that gives no article, and goes on. Its output is what `dipkb load --facts` loads. \
            Exit status 0 when the input could be read, whatever the records held (their errors are in the stream).
            """)

    @Argument(help: ArgumentHelp("The article file, or - for stdin (with --stream: JSON Lines, stdin when omitted).", valueName: "file"))
    var file: String?

    @Option(name: .long, help: "Output format: json or table.")
    var format: Format?

    @Flag(name: .long, help: "Read JSON Lines articles and write one line of facts per record (see below).")
    var stream = false

    @Option(name: .long, help: ArgumentHelp("Publication date when the article carries none.", valueName: "YYYY-MM-DD"))
    var date: String?

    func validate() throws {
        if stream && format != nil { throw ValidationError("--stream writes JSON Lines; leave --format out") }
        if !stream && file == nil { throw ValidationError("give an article file, or - for stdin") }
        if let date, date.count != 10 || Day(iso: date) == nil {
            throw ValidationError("--date needs a real day as YYYY-MM-DD, not \"\(date)\"")
        }
    }

    func run() throws {
        if stream { return try runStream() }
        var outputs: [String] = []
        var documents: [JSONValue] = []
        var failure: String?
        let extractor = Extractor()
        ArticleFiles(names: [RawArguments.pathName(for: file ?? "-")], options: IntakeOptions(defaultDate: date.flatMap(Day.init(iso:)))).forEach { item in
            switch item {
            case .article(let article, _):
                let facts = extractor.extract(article)
                documents.append(FactsJSON.encode(facts, of: article))
                outputs.append(FactsTable.render(facts))
            case .failure(let origin, let reason):
                failure = failure ?? "\(origin): \(reason)"
            case .warning(let origin, let message):
                printError("\(origin): warning: \(message)")
            }
        }
        if let failure { throw CommandFailure(message: failure) }
        switch format ?? .json {
        case .json:
            let document = documents.count == 1 ? documents[0] : .array(documents)
            try StandardStreams.output(document.serialized(indent: 2) + "\n")
        case .table:
            try StandardStreams.output(outputs.joined(separator: "\n"))
        }
    }

    private func runStream() throws {
        let stream = ExtractionStream { printError($0) }
        let input = JSONLinesArticles(
            names: [RawArguments.pathName(for: file ?? "-")],
            options: IntakeOptions(defaultDate: date.flatMap(Day.init(iso:))))
        let tally = try stream.run(input) { lines in try StandardStreams.output(lines) }
        if tally.unreadable > 0 { throw ExitCode(1) }
    }
}
