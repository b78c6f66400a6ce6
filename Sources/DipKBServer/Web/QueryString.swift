import Foundation

/// The parameters of a request's query string, decoded as a browser's form sends them (`+` for
/// a space, percent-escapes as UTF-8). A parameter given twice or escaped wrongly is a bad
/// request, said as such, rather than one value silently chosen or garbled.
struct QueryString: Sendable, Equatable {
    private(set) var values: [String: String] = [:]
    /// The names in the order given, for links that keep them.
    private(set) var names: [String] = []

    struct Malformed: Error, Equatable {
        let message: String
    }

    init(_ query: String?) throws {
        for pair in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = try Self.decode(parts.count > 1 ? parts[1] : "")
            guard !name.isEmpty else { continue }
            guard values[name] == nil else { throw Malformed(message: "the parameter \(name) is given twice") }
            values[name] = value
            names.append(name)
        }
    }

    init(values: [String: String]) {
        self.values = values
        names = values.keys.sorted()
    }

    subscript(name: String) -> String? { values[name] }

    /// The value, or nil when it is missing or empty (a form's untouched field).
    func nonEmpty(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// These parameters with one set to a new value (or left out when nil), as a query string.
    func with(_ name: String, _ value: String?) -> String {
        var copy = self
        if copy.values[name] == nil { copy.names.append(name) }
        copy.values[name] = value
        let pairs = copy.names.compactMap { key in copy.values[key].map { Self.encode(key) + "=" + Self.encode($0) } }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    private static func decode(_ text: Substring) throws -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw Malformed(message: "the query string holds a broken %-escape or bytes that are not UTF-8")
        }
        return decoded
    }

    /// Letters, digits and -._~ as they are; everything else %-escaped (a space as %20).
    static let unescaped = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unescaped) ?? ""
    }
}
