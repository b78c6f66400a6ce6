import ArgumentParser
import DipKB
import Foundation

struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load articles into the database, extracting their facts.",
        discussion: """
            Reads files, folders (recursively) and - for stdin. An article already stored (same text, \
            whitespace aside) is skipped. Each problem is one line on stderr; the summary goes to stdout. \
            Exit status 1 when any input failed.

            --facts loads the output of `dipkb extract --stream` (files, folders of part files, or - \
            for stdin) without extracting again: the same merging, skipping and crash safety, the same \
            knowledge base as loading the articles themselves.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("Publication date for articles that carry none.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Flag(name: .long, help: "The paths hold fact lines of `dipkb extract --stream`, not articles.")
    var facts = false

    @Argument(help: ArgumentHelp("Article files, folders, or - for stdin.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to load") }
        if facts && date != nil {
            throw ValidationError("--date is given to `dipkb extract --stream`; fact lines carry their dates")
        }
        if let date, date.count != 10 || Day(iso: date) == nil {
            throw ValidationError("--date needs a real day as YYYY-MM-DD, not \"\(date)\"")
        }
    }

    func run() throws {
        let store = try Store(path: database.path)
        try store.checkIntegrity()
        let loader = Loader(store: store) { printError($0) }
        loader.progress = { report in printError("dipkb: \(report.processed) articles so far (\(report.summary))") }
        InterruptSignals.watch()
        loader.shouldStop = { InterruptSignals.pending != nil }
        let report: LoadReport
        let names = paths.map(RawArguments.pathName(for:))
        if facts {
            report = loader.loadFacts(RecordLines(names: names, maxLineBytes: Self.maxFactLineBytes))
        } else {
            let options = IntakeOptions(defaultDate: date.flatMap(Day.init(iso:)))
            report = loader.load(ArticleFiles(names: names, options: options))
        }
        if report.interrupted, let signal = InterruptSignals.pending {
            printError("dipkb: interrupted: \(report.new) new articles stored; the rest loads on the next run (stored articles are skipped)")
            try? StandardStreams.output(report.summary + "\n")
            throw ExitCode(128 + signal)
        }
        try StandardStreams.output(report.summary + "\n")
        if report.failed > 0 { throw ExitCode(1) }
    }

    /// A fact line holds the article (up to the 8 MiB article limit) and its sentences again,
    /// plus the evidence sentences quoted; four times the article limit covers that.
    static let maxFactLineBytes = 4 * IntakeOptions().maxArticleBytes
}
