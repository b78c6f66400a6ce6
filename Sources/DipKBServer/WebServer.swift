import Foundation
import Hummingbird
import Logging
import NIOCore

/// `dipkb serve`: a read-only web view of a knowledge base. Opens the database read-only and
/// its page templates when made, so a missing database or a broken template stops the command
/// before it listens.
public struct WebServer: Sendable {
    public struct Configuration: Sendable {
        /// Loopback only unless told otherwise: the pages show everything in the knowledge base.
        public static let defaultHost = "127.0.0.1"
        public static let defaultPort = 8080

        public var databasePath: String
        public var host: String
        /// 0 lets the system choose a free port (tests); `onListening` says which.
        public var port: Int

        public init(databasePath: String, host: String = defaultHost, port: Int = defaultPort) {
            self.databasePath = databasePath
            self.host = host
            self.port = port
        }
    }

    let configuration: Configuration
    let routes: Routes

    public init(configuration: Configuration) throws {
        self.configuration = configuration
        routes = Routes(reader: try KnowledgeBaseReader(path: configuration.databasePath), renderer: try PageRenderer())
    }

    /// Serves until the task is cancelled or the process gets SIGINT or SIGTERM. `onListening`
    /// is called with the port once the server accepts connections.
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "dipkb-serve")
        // Failures are logged; each request is not (the terminal stays readable).
        logger.logLevel = .warning
        let app = Application(
            router: routes.router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "dipkb"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }
}
