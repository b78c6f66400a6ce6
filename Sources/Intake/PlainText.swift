import Extraction

/// The plain-text article format: an optional header block of `Key: value` lines
/// (`Title`, `Date` as YYYY-MM-DD or another form `ArticleDate` reads, `Source`) ended by one blank line, then the body.
public enum PlainText {
    static let headerKeys: Set<String> = ["title", "date", "source"]

    public static func parse(_ text: String) -> Article {
        let (article, date) = read(text)
        guard let date, case .day(let day) = ArticleDate.read(date) else { return article }
        var dated = article
        dated.date = day
        return dated
    }

    /// The article and its `Date:` field as written, for the caller to judge (and warn about).
    static func read(_ text: String) -> (article: Article, date: String?) {
        let unheaded = (Article(body: text), nil as String?)
        // Only the header lines are looked at; the body is never split or rejoined.
        let utf8 = text.utf8
        var fields: [String: String] = [:]
        var position = utf8.startIndex
        while true {
            let lineEnd = utf8[position...].firstIndex(of: 0x0A) ?? utf8.endIndex
            var contentEnd = lineEnd
            if contentEnd > position, utf8[utf8.index(before: contentEnd)] == 0x0D { contentEnd = utf8.index(before: contentEnd) }
            if contentEnd == position {
                // A blank line ends the header block; without one (or without fields) it is body text.
                guard !fields.isEmpty else { return unheaded }
                let bodyStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
                let headed = Article(
                    title: fields["title"].flatMap { $0.isEmpty ? nil : $0 },
                    source: fields["source"].flatMap { $0.isEmpty ? nil : $0 },
                    body: String(text[bodyStart...]))
                return (headed, fields["date"].flatMap { $0.isEmpty ? nil : $0 })
            }
            guard lineEnd != utf8.endIndex,
                  let colon = utf8[position..<contentEnd].firstIndex(of: 0x3A),
                  colon > position, utf8.distance(from: position, to: colon) <= 6 else { return unheaded }
            let key = String(text[position..<colon]).lowercased()
            guard headerKeys.contains(key) else { return unheaded }
            fields[key] = String(text[utf8.index(after: colon)..<contentEnd]).trimmingSpaces()
            position = utf8.index(after: lineEnd)
        }
    }
}
