import ArgumentParser
import DipKB
import Foundation

struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one ad hoc read-only SQL statement.",
        discussion:
            "The database is opened read-only and a statement that would write is refused. The schema is in schema.sql. Rows are printed as they come (the table format sets its column widths from the first \(TableOutput.defaultLookAhead) rows)."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("One SQL statement, e.g. \"SELECT name FROM people\".", valueName: "statement"))
    var statement: String

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        if statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("give an SQL statement") }
    }

    func run() throws {
        let store = try openExisting(database.path, access: .readOnly)
        let output = BufferedOutput()
        var writer = format.writer(to: output.write)
        do {
            try store.streamReadOnly(sql: statement, columns: { try writer.begin(columns: $0) }, row: { try writer.write($0) })
            try writer.end()
        } catch {
            throw store.statementFailure(error, running: "sql")
        }
        try output.flush()
    }
}
