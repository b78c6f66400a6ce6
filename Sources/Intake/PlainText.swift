import Extraction

/// The plain-text article format: an optional header block of `Key: value` lines
/// (`Title`, `Date` as YYYY-MM-DD, `Source`) ended by one blank line, then the body.
public enum PlainText {
    static let headerKeys: Set<String> = ["title", "date", "source"]

    public static func parse(_ text: String) -> Article {
        var article = Article(body: text)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        var fields: [String: String] = [:]
        while let line = lines.first {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty { break }
            guard let colon = trimmed.firstIndex(of: ":") else { return article }
            let key = trimmed[..<colon].lowercased()
            guard headerKeys.contains(key) else { return article }
            fields[key] = String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces()
            lines.removeFirst()
        }
        // A header block must be followed by a blank line; otherwise it is body text.
        guard !fields.isEmpty, lines.first.map({ $0.isEmpty || $0 == "\r" }) == true else { return article }
        lines.removeFirst()
        article.title = fields["title"]
        article.date = fields["date"].flatMap(Day.init(iso:))
        article.source = fields["source"]
        article.body = lines.joined(separator: "\n")
        return article
    }
}

extension String {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
