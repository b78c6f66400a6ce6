import ArgumentParser
import DipKB
import Foundation

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find articles by their words, or people, territories, places and countries by name.",
        discussion: """
            Finds the articles whose title, body or evidence sentences hold every word given (a word \
            also finds longer words it begins: Kuril finds Kurils), case and accents aside, best first; \
            words between double quotes are a phrase. Prints each with a snippet, the words found \
            between « and », and the facts drawn from it. Search words are never read as operators: \
            AND, OR, NEAR, *, and quotes are text.

            --names finds people (by any of their names), territories (by any name), meeting places \
            and countries whose name holds the text.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("What to search for.", valueName: "text"))
    var text: String

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Search the names of people, territories, places and countries instead of articles.")
    var names = false

    @Option(name: .long, help: ArgumentHelp("At most this many results.", valueName: "n"))
    var limit = 20

    @Option(name: .long, help: ArgumentHelp("Skip this many first articles (for the next page).", valueName: "n"))
    var offset = 0

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit needs a number of at least 1") }
        if offset < 0 { throw ValidationError("--offset cannot be negative") }
        if names && offset > 0 { throw ValidationError("--offset pages articles; --names takes --limit only") }
    }

    func run() throws {
        let store = try openForReading(database.path)
        let output: String
        do {
            if names {
                output = SearchOutput.render(try store.searchNames(text, limit: limit), format: format)
            } else {
                output = SearchOutput.render(try store.searchArticles(text, limit: limit, offset: offset), offset: offset, format: format)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw store.statementFailure(error, running: "search")
        }
        try StandardStreams.output(output)
    }
}
