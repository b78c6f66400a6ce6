import ArgumentParser
import DipKBServer
import Dispatch
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a read-only web view of the knowledge base (with a JSON twin of every page).",
        discussion: """
            Opens the database read-only and listens on 127.0.0.1 unless --host says otherwise: \
            the pages show everything in the knowledge base, to anyone who can reach the address. \
            Stop it with Ctrl-C. Pages: / (counts, latest meetings, search), /person/ID, /meeting/ID, \
            /territory/ID, /country/CODE, /graph, /timeline, /query and /query/NAME?PARAM=VALUE; \
            add .json to any of them for JSON.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host: String = WebServer.Configuration.defaultHost

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0: any free port, printed).", valueName: "port"))
    var port: Int = WebServer.Configuration.defaultPort

    func validate() throws {
        if host.isEmpty { throw ValidationError("--host needs an address, such as 127.0.0.1") }
        guard (0...65535).contains(port) else { throw ValidationError("--port needs a port from 0 to 65535, not \(port)") }
    }

    func run() throws {
        let server = try WebServer(configuration: .init(databasePath: database.path, host: host, port: port))
        let host = host
        // ArgumentParser's root command is synchronous: the server runs on Swift's concurrency
        // threads while this one waits for it to stop (Ctrl-C or SIGTERM).
        let finished = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        Task {
            do {
                try await server.run { port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    try? StandardStreams.output("dipkb: serving \(database.path) at http://\(shown):\(port)/ (Ctrl-C to stop)\n")
                }
            } catch {
                outcome.failure = error
            }
            finished.signal()
        }
        finished.wait()
        if let failure = outcome.failure {
            throw CommandFailure(message: "cannot serve on \(host):\(port): \(failure)")
        }
    }
}

/// How the server task ended, read once it has signalled.
private final class ServeOutcome: @unchecked Sendable {
    var failure: (any Error)?
}
