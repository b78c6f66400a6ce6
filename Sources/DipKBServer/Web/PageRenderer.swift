import Foundation
import Hummingbird
import Mustache

/// Turns a page into a response: HTML through its Mustache template (which escapes every value,
/// so article text is shown as text), or the page itself as JSON for its twin.
struct PageRenderer: Sendable {
    /// What a page's template sees: the title for the header, the URL of the JSON twin, and the page.
    struct Frame<Page: Encodable & Sendable>: Encodable, Sendable {
        var pageTitle: String
        var json: String
        var page: Page
    }

    private let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in Embedded.files where name.hasSuffix(".mustache") {
            try library.register(text, named: String(name.dropLast(".mustache".count)))
        }
        self.library = library
    }

    /// `json` is the URL of the page's JSON twin, linked from the page.
    func respond<Page: Encodable & Sendable>(
        _ page: Page, template: String, title: String, wantsJSON: Bool, json: String = "",
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        if wantsJSON { return try Self.json(page, status: status) }
        let frame = try TemplateValue.of(Frame(pageTitle: title, json: json, page: page))
        guard let html = library.render(frame, withTemplate: template) else {
            throw RenderingFailure(template: template)
        }
        return Self.response(html, contentType: "text/html; charset=utf-8", status: status)
    }

    static func json<Page: Encodable>(_ page: Page, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(page)
        return response(String(decoding: data, as: UTF8.self) + "\n", contentType: "application/json; charset=utf-8", status: status)
    }

    static func response(_ body: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = SecurityHeaders.all
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    struct RenderingFailure: Error, CustomStringConvertible {
        let template: String
        var description: String { "no page template named \(template)" }
    }
}
