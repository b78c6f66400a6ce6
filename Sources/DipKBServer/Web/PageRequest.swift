import Hummingbird

/// What a request asks for, read once: its path, its decoded query string, and whether it
/// wants the page or its JSON twin (the same URL with `.json`, or `Accept: application/json`).
struct PageRequest: Sendable {
    /// The highest page number taken: far beyond any real list, low enough that an offset
    /// computed from it cannot overflow.
    static let maximumPage = 1_000_000

    let path: String
    let query: QueryString
    let wantsJSON: Bool

    init(_ request: Request) throws {
        path = request.uri.path
        do {
            query = try QueryString(request.uri.query)
        } catch let malformed as QueryString.Malformed {
            throw HTTPError(.badRequest, message: malformed.message)
        }
        wantsJSON = Self.wantsJSON(request)
    }

    /// True for a `.json` path, or an Accept header that asks for JSON and not for HTML (a
    /// browser's asks for HTML first).
    static func wantsJSON(_ request: Request) -> Bool {
        let accept = request.headers[.accept] ?? ""
        return request.uri.path.hasSuffix(".json") || (accept.contains("application/json") && !accept.contains("text/html"))
    }

    /// The path without its `.json` suffix: the page's own URL.
    var htmlPath: String { path.hasSuffix(".json") ? String(path.dropLast(5)) : path }

    /// The URL of this page's JSON twin, with the same query.
    var jsonLink: String {
        let base = htmlPath == "/" ? "/index" : htmlPath
        return base + ".json" + query.with("page", query["page"])
    }

    /// A path parameter with the `.json` suffix taken off.
    static func stripped(_ parameter: String) -> String {
        parameter.hasSuffix(".json") ? String(parameter.dropLast(5)) : parameter
    }

    /// A page number given as `name`, 1 when missing; anything but a whole number from 1 is a bad request.
    func pageNumber(_ name: String = "page") throws -> Int {
        guard let text = query.nonEmpty(name) else { return 1 }
        guard text.allSatisfy(\.isASCII), let number = Int(text), number >= 1, number <= Self.maximumPage else {
            throw HTTPError(.badRequest, message: "\(name) must be a page number from 1 to \(Self.maximumPage), not \"\(text)\"")
        }
        return number
    }

    /// The URL of this page with one query parameter changed (another page of a list).
    func link(_ name: String, _ value: Int) -> String {
        path + query.with(name, String(value))
    }

    /// A positive whole-number id from a path parameter; anything else is a bad request.
    static func id(_ text: String, of kind: String) throws -> Int64 {
        let digits = stripped(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int64(digits), id > 0 else {
            throw HTTPError(.badRequest, message: "\"\(digits)\" is not a \(kind) id (a whole number from 1)")
        }
        return id
    }
}
