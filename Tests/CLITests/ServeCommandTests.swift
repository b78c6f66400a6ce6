import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `dipkb serve` as a user runs it: the address it prints, its pages without Graphviz, how it
/// stops, and what it refuses.
@Suite struct ServeCommandTests {
    /// A `dipkb serve` in the background, its first line read for the address.
    final class Serving {
        let process = Process()
        let url: String

        init(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws {
            process.executableURL = DipKBProcess.executable
            process.arguments = ["serve"] + arguments
            process.currentDirectoryURL = folder
            var env = ProcessInfo.processInfo.environment
            env.removeValue(forKey: "DIPKB_DB")
            env.merge(environment) { $1 }
            process.environment = env
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            var line = Data()
            while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
                line.append(byte)
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let start = text.range(of: "http://") else {
                process.terminate()
                throw Failure(message: "dipkb serve printed \"\(text)\"")
            }
            url = String(text[start.lowerBound...].prefix { !$0.isWhitespace }).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        }

        func get(_ path: String) async throws -> (status: Int, body: String) {
            let (data, response) = try await URLSession.shared.data(from: URL(string: url + path)!)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }

        /// SIGTERM, then the exit status.
        func stop() -> Int32 {
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    struct Failure: Error { let message: String }

    @Test func itListensOnLoopbackAndWithoutGraphvizSaysHowToInstallItAndListsThePairs() async throws {
        let folder = DipKBProcess.folder()
        try writeArticles(in: folder)
        #expect(try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles"], in: folder).status == 0)
        let server = try Serving(["--db", "kb.sqlite", "--port", "0"], in: folder, environment: ["PATH": "/nonexistent"])
        #expect(server.url.hasPrefix("http://127.0.0.1:"))
        let graph = try await server.get("/graph")
        #expect(graph.status == 200)
        #expect(graph.body.contains("apt-get install graphviz"))
        #expect(!graph.body.contains("<img id=\"graph\""))
        #expect(graph.body.contains(">Taro Kono</a>"))
        #expect(graph.body.contains(">Sergei Lavrov</a>"))
        let picture = try await server.get("/graph.svg")
        #expect(picture.status == 503)
        #expect(picture.body.contains("Install Graphviz"))
        #expect(server.stop() == 0, "SIGTERM stops it after the requests under way")
    }

    @Test func aMissingDatabaseOrABadPortIsRefusedBeforeListening() throws {
        let folder = DipKBProcess.folder()
        let missing = try DipKBProcess.run(["serve", "--db", "none.sqlite", "--port", "0"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("dipkb: none.sqlite: no such database"))
        let port = try DipKBProcess.run(["serve", "--db", "none.sqlite", "--port", "70000"], in: folder)
        #expect(port.status == 2)
        #expect(port.stderr == "dipkb: --port needs a port from 0 to 65535, not 70000\n")
    }
}
