import Hummingbird

/// Headers on every response. Pages show untrusted article text; it is escaped by the templates,
/// and these make the browser refuse anything that slipped through anyway: no script at all, styles
/// and images from the server only, forms that post only to it, no framing, no content sniffing.
enum SecurityHeaders {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static var all: HTTPFields {
        var fields = HTTPFields()
        fields[.contentSecurityPolicy] = contentSecurityPolicy
        fields[.init("X-Content-Type-Options")!] = "nosniff"
        fields[.init("Referrer-Policy")!] = "no-referrer"
        return fields
    }
}
