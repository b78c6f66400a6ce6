import Hummingbird

/// The only files the server sends: its own stylesheet, embedded in the binary. Nothing is read
/// from disk, so no path in a request can reach another file.
enum Assets {
    /// Asset name to content type; a name not listed here is not found.
    static let served = ["style.css": "text/css; charset=utf-8"]

    static func response(for name: String) throws -> Response {
        guard let type = served[name], let text = Embedded.files[name] else {
            throw HTTPError(.notFound, message: "there is no asset named \"\(name)\"")
        }
        var response = PageRenderer.response(text, contentType: type)
        // The stylesheet changes only with the binary: an hour spares reloads while browsing.
        response.headers[.cacheControl] = "max-age=3600"
        return response
    }
}
