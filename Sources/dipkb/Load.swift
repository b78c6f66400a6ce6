import ArgumentParser
import DipKB
import Extraction
import Foundation
import Intake
import Store

struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load articles into the database, extracting their facts.",
        discussion: """
            Reads files, folders (recursively) and - for stdin. An article already stored (same text, \
            whitespace aside) is skipped. Each problem is one line on stderr; the summary goes to stdout. \
            Exit status 1 when any input failed.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("Publication date for articles that carry none.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Argument(help: ArgumentHelp("Article files, folders, or - for stdin.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to load") }
        if let date, date.count != 10 || Day(iso: date) == nil {
            throw ValidationError("--date needs a real day as YYYY-MM-DD, not \"\(date)\"")
        }
    }

    func run() throws {
        let store = try Store(path: database.path)
        let loader = Loader(store: store) { printError($0) }
        loader.progress = { report in printError("dipkb: \(report.processed) articles so far (\(report.summary))") }
        let options = IntakeOptions(defaultDate: date.flatMap(Day.init(iso:)))
        let report = loader.load(ArticleFiles(names: paths.map(RawArguments.pathName(for:)), options: options))
        try StandardStreams.output(report.summary + "\n")
        if report.failed > 0 { throw ExitCode(1) }
    }
}
