import ArgumentParser
import DipKB
import Foundation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the extractor against gold annotations (the figures of ../shared/eval/score.py).",
        discussion: """
            For every STEM.txt with a STEM.gold.json beside it (the shape of the gold files: \
            people, countries, meetings, territories), extracts the article's facts and compares them \
            with the gold ones by the rules of score.py: people by name, countries, meeting pairs, \
            meetings as events (with status, day and place accuracy), territories and claims. \
            The last line is `score: F`, the mean F1 of people, countries, meetings and claims. \
            --verbose lists every miss of every article first. The repository's eval/ folder is a \
            small evaluation set to start from.
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Argument(help: ArgumentHelp("Folders of STEM.txt articles with STEM.gold.json files.", valueName: "folder"))
    var folders: [String]

    @Option(name: .long, help: "Output format: table or json.")
    var format: Format = .table

    @Flag(name: .long, help: "List every miss (false positive, false negative, wrong detail) of every article.")
    var verbose = false

    func validate() throws {
        if folders.isEmpty { throw ValidationError("give at least one folder of articles with gold files") }
    }

    func run() throws {
        let evaluation: Evaluation
        do {
            evaluation = try Evaluation.run(folders: folders)
        } catch let error as EvalError {
            throw CommandFailure(message: error.description)
        }
        let reportFormat: EvaluationReport.Format = format == .json ? .json : .table
        try StandardStreams.output(EvaluationReport.render(evaluation, format: reportFormat, verbose: verbose))
    }
}
