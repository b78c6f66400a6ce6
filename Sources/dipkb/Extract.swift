import ArgumentParser
import DipKB
import Extraction
import Foundation
import Intake

struct Extract: ParsableCommand {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json, table
    }

    static let configuration = CommandConfiguration(
        abstract: "Print the facts of one article, without touching a database.",
        discussion: "--format json prints the shape of the evaluation's gold files, with extra keys for the evidence. A file holding several articles prints a JSON array.")

    @Argument(help: ArgumentHelp("The article file, or - for stdin.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "Output format: json or table.")
    var format: Format = .json

    @Option(name: .long, help: ArgumentHelp("Publication date when the article carries none.", valueName: "YYYY-MM-DD"))
    var date: String?

    func validate() throws {
        if let date, date.count != 10 || Day(iso: date) == nil {
            throw ValidationError("--date needs a real day as YYYY-MM-DD, not \"\(date)\"")
        }
    }

    func run() throws {
        var outputs: [String] = []
        var documents: [JSONValue] = []
        var failure: String?
        let extractor = Extractor()
        ArticleFiles(names: [RawArguments.pathName(for: file)], options: IntakeOptions(defaultDate: date.flatMap(Day.init(iso:)))).forEach { item in
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
        switch format {
        case .json:
            let document = documents.count == 1 ? documents[0] : .array(documents)
            try StandardStreams.output(document.serialized(indent: 2) + "\n")
        case .table:
            try StandardStreams.output(outputs.joined(separator: "\n"))
        }
    }
}
