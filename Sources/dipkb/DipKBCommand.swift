import ArgumentParser
import DipKB
import Foundation

@main
struct DipKBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dipkb",
        abstract: "A knowledge base of diplomatic facts (people, countries, meetings, territorial disputes) extracted from news articles.",
        discussion: "Exit status: 0 when everything succeeded, 1 when something failed, 2 for wrong usage.",
        subcommands: [Load.self, Query.self, Queries.self, SQL.self, Extract.self, Graph.self, Search.self, Eval.self, Serve.self])

    /// Runs the command, turning every failure into one line on stderr and the documented
    /// exit status (ArgumentParser's own would be 64 for usage errors and several lines).
    static func main() {
        StandardStreams.reserveClosedDescriptors()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as StoreError {
            printError(error.description)
            Foundation.exit(error.isUsage ? 2 : 1)
        } catch let failure as CommandFailure {
            printError(failure.message)
            Foundation.exit(1)
        } catch let lost as StandardStreams.OutputLost {
            if !lost.isClosedPipe { printError("cannot write to standard output: \(lost.reason)") }
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                do {
                    try StandardStreams.output(fullMessage(for: error) + "\n")
                } catch let lost as StandardStreams.OutputLost {
                    if !lost.isClosedPipe { printError("cannot write to standard output: \(lost.reason)") }
                    Foundation.exit(1)
                } catch {}
                Foundation.exit(0)
            }
            if code == .validationFailure {
                printError(message(for: error).split(separator: "\n").first.map(String.init) ?? "wrong usage")
                Foundation.exit(2)
            }
            printError(message(for: error))
            Foundation.exit(1)
        }
    }
}

/// A failure to report as one line, with exit status 1.
struct CommandFailure: Error {
    let message: String
}

func printError(_ message: String) {
    // One problem, one line: a newline or escape code in a name the message quotes is escaped.
    let line = DisplayText.oneLine(message.hasPrefix("dipkb: ") ? message : "dipkb: " + message)
    StandardStreams.error(line)
}

extension StoreError {
    /// Errors in what the user typed rather than in the data.
    var isUsage: Bool {
        switch self {
        case .unknownQuery, .missingParameter, .unknownParameter, .nothingToSearch: return true
        default: return false
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
