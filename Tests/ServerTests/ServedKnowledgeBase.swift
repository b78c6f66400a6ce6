import DipKB
import DipKBServer
import Foundation
import Intake
import Store

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A knowledge base of self-written articles, loaded through the real extractor, served by
/// `WebServer` on a free loopback port, and asked over HTTP as a browser would.
final class ServedKnowledgeBase: @unchecked Sendable {
    struct Answer {
        var status: Int
        var contentType: String
        var headers: [String: String]
        var body: String

        /// The body as JSON (an object).
        func json() throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] else {
                throw Failure(message: "not a JSON object: \(body.prefix(200))")
            }
            return object
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static let articles: [(file: String, text: String)] = [
        (
            "1-plan.txt",
            """
            Title: Lavrov to meet Kono
            Date: 2019-01-10
            Source: https://news.example.org/2019/lavrov-kono?ref=a&b=1

            Russian Foreign Minister Sergei Lavrov will meet Japanese Foreign Minister Taro Kono in Moscow on Monday.
            """
        ),
        (
            "2-held.txt",
            """
            Title: Lavrov and Kono hold talks in Moscow
            Date: 2019-01-16

            Russian Foreign Minister Sergey Lavrov held talks with Japanese Foreign Minister Taro Kono in Moscow on Monday. \
            The Kuril Islands, which Japan calls the Northern Territories, are held by Russia and claimed by Japan.
            """
        ),
        (
            "3-script.txt",
            """
            Title: <script>alert(1)</script>
            Date: 2021-06-10
            Source: javascript:alert(2)

            Ukrainian President Volodymyr Zelenskiy spoke by phone with U.S. President Joe Biden on Wednesday. \
            Zelenskiy said the <b>talks</b> & the <img src=x onerror=alert(3)> were useful.
            """
        ),
    ]

    let folder: URL
    let database: String
    private var server: Task<Void, any Error>?
    /// Finished to stop the server gracefully.
    private var stopSignal: AsyncStream<Void>.Continuation?
    private(set) var port = 0

    /// Loads `articles` (the ones above unless told otherwise) into a new database and serves it.
    init(articles: [(file: String, text: String)] = ServedKnowledgeBase.articles) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dipkb-serve-\(UUID().uuidString)")
        database = folder.appendingPathComponent("kb.sqlite").path
        try Self.load(articles, into: database, folder: folder.appendingPathComponent("articles"))
        try await start()
    }

    /// Writes the articles to `folder` and loads them with the same loader as `dipkb load`.
    static func load(_ articles: [(file: String, text: String)], into database: String, folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (file, text) in articles {
            try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        let store = try Store(path: database)
        var problems: [String] = []
        let report = Loader(store: store) { problems.append($0) }.load(ArticleFiles(paths: [folder.path]))
        guard problems.isEmpty, report.failed == 0 else {
            throw Failure(message: "loading the articles: \(report.summary); \(problems.joined(separator: "; "))")
        }
    }

    private func start() async throws {
        let server = try WebServer(configuration: .init(databasePath: database, host: "127.0.0.1", port: 0))
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let (stop, stopSignal) = AsyncStream.makeStream(of: Void.self)
        self.stopSignal = stopSignal
        self.server = Task {
            defer { continuation.finish() }
            try await server.run(onListening: { continuation.yield($0) }, until: { for await _ in stop {} })
        }
        for await port in ports {
            self.port = port
            break
        }
        guard port > 0 else {
            let outcome = await self.server?.result
            throw Failure(message: "the server did not start: \(String(describing: outcome))")
        }
    }

    func stop() async {
        stopSignal?.finish()
        _ = await server?.result
        try? FileManager.default.removeItem(at: folder)
    }

    /// GETs `path` (with its query) from the server.
    func get(_ path: String, accept: String? = nil) async throws -> Answer {
        try await send("GET", path, accept: accept)
    }

    func send(_ method: String, _ path: String, accept: String? = nil) async throws -> Answer {
        guard let url = URL(string: "http://127.0.0.1:\(port)\(path)") else { throw Failure(message: "not a URL path: \(path)") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        if let accept { request.setValue(accept, forHTTPHeaderField: "Accept") }
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw Failure(message: "no HTTP response for \(path)") }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        return Answer(
            status: http.statusCode, contentType: headers["content-type"] ?? "", headers: headers,
            body: String(decoding: data, as: UTF8.self))
    }

    /// The id of the person whose name is `name`, read from the search page's JSON twin.
    func personID(_ name: String) async throws -> Int {
        let search = try await get("/search.json?q=" + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name)).json()
        let people = search["people"] as? [[String: Any]] ?? []
        guard let match = people.first(where: { $0["label"] as? String == name }), let id = Int(match["id"] as? String ?? "") else {
            throw Failure(message: "no person \(name) found by search: \(people)")
        }
        return id
    }
}

/// Runs `body` with a served knowledge base, stopping it afterwards whatever happens.
func withServer(
    articles: [(file: String, text: String)] = ServedKnowledgeBase.articles,
    _ body: (ServedKnowledgeBase) async throws -> Void
) async throws {
    let served = try await ServedKnowledgeBase(articles: articles)
    do {
        try await body(served)
    } catch {
        await served.stop()
        throw error
    }
    await served.stop()
}
