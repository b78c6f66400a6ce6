import ArgumentParser
import DipKB

struct Queries: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the named queries with their descriptions and parameters.")

    @Option(name: .long, help: ArgumentHelp("A file of extra named queries to list too. Repeatable.", valueName: "file"))
    var queries: [String] = []

    func validate() throws {
        for file in queries { try RawArguments.requireText(file, for: "--queries") }
    }

    func run() throws {
        let catalog = try loadCatalog(extra: queries)
        var blocks: [String] = []
        for query in catalog.queries {
            var lines = [query.name + (query.file == "queries.sql" ? "" : "  (\(query.file))"), "    " + query.description]
            for p in query.parameters {
                lines.append("    --param \(p.name)=VALUE\(p.isOptional ? "  (optional)" : "")  \(p.description)")
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        try StandardStreams.output(blocks.joined(separator: "\n\n") + "\n")
    }
}
