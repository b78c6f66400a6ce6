import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

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

    /// Serves until the process gets SIGINT or SIGTERM, or `stop` returns; then finishes the
    /// requests under way and returns. `onListening` is called with the port once the server
    /// accepts connections.
    public func run(
        onListening: @escaping @Sendable (Int) async -> Void = { _ in },
        until stop: @escaping @Sendable () async -> Void = { await Self.forever() }
    ) async throws {
        var logger = Logger(label: "dipkb-serve")
        // Hummingbird's own messages only when it fails outright: it reports connections a browser
        // left open at shutdown as errors. A request that fails is reported by ErrorPages.
        logger.logLevel = .critical
        let app = Application(
            router: routes.router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "dipkb"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            tasks.addTask {
                await stop()
                await group.triggerGracefulShutdown()
            }
            // The group ends (a signal, or the stop); the waiting stop is then cancelled.
            try await tasks.next()
            tasks.cancelAll()
        }
    }

    /// Waits until cancelled.
    public static func forever() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
    }
}
