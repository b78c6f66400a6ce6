import ArgumentParser
import DipKB
import Foundation

struct Graph: ParsableCommand {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case dot, svg, png
    }

    static let configuration = CommandConfiguration(
        abstract: "Draw the who-met-whom network (Graphviz DOT, or SVG/PNG through Graphviz's dot).",
        discussion: """
            People are nodes grouped and coloured by country; each pair that met has one edge, labelled \
            and weighted by its number of meetings (dashed when none was held yet). svg and png need \
            Graphviz's dot on PATH (`make setup` installs it).
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("Only pairs with this person (any part of a name, any case).", valueName: "name"))
    var person: String?

    @Option(name: .long, help: ArgumentHelp("Only pairs with someone of this country (ISO alpha-3, e.g. RUS).", valueName: "code"))
    var country: String?

    @Option(name: .long, help: ArgumentHelp("Only meetings on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only meetings on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, help: "Output format: dot, svg or png.")
    var format: Format = .dot

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    func validate() throws {
        for (flag, value) in [("--from", from), ("--to", to)] {
            if let value, value.count != 10 || Day(iso: value) == nil {
                throw ValidationError("\(flag) needs a real day as YYYY-MM-DD, not \"\(value)\"")
            }
        }
        if let country, country.isEmpty { throw ValidationError("--country needs a country code") }
        if let output, output.isEmpty { throw ValidationError("--output needs a file path") }
        if let output { try RawArguments.requireText(output, for: "--output") }
    }

    func run() throws {
        if let output, DatabaseFiles(path: database.path).contains(output) {
            throw CommandFailure(message: "\(output): refused as --output: it is the database \(database.path) or one of its files")
        }
        let store = try openExisting(database.path, access: .readOnly)
        let graph = try MeetingGraph(store: store, filter: .init(person: person, country: country, from: from, to: to))
        let data: Data
        switch format {
        case .dot:
            data = Data(graph.dot().utf8)
        case .svg, .png:
            do {
                data = try Graphviz.render(graph.dot(), as: format == .svg ? .svg : .png)
            } catch let failure as Graphviz.Failure {
                throw CommandFailure(message: failure.description)
            }
        }
        if let output {
            do {
                try data.write(to: URL(fileURLWithPath: output))
            } catch {
                throw CommandFailure(message: "\(output): cannot write the graph (\(error.localizedDescription))")
            }
        } else {
            try StandardStreams.output(data)
        }
    }
}
