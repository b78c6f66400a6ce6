import ArticleModel

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
            let (contentEnd, nextLine) = lineEnd(in: utf8, from: position)
            if contentEnd == position {
                // A blank line ends the header block; without one (or without fields) it is body text.
                guard !fields.isEmpty else { return unheaded }
                let bodyStart = nextLine
                let headed = Article(
                    title: fields["title"].flatMap { $0.isEmpty ? nil : $0 },
                    source: fields["source"].flatMap { $0.isEmpty ? nil : $0 },
                    body: String(text[bodyStart...]))
                return (headed, fields["date"].flatMap { $0.isEmpty ? nil : $0 })
            }
            guard contentEnd != utf8.endIndex,
                let colon = utf8[position..<contentEnd].firstIndex(of: 0x3A),
                colon > position, utf8.distance(from: position, to: colon) <= 6
            else { return unheaded }
            let key = String(text[position..<colon]).lowercased()
            guard headerKeys.contains(key) else { return unheaded }
            fields[key] = String(text[utf8.index(after: colon)..<contentEnd]).trimmingSpaces()
            position = nextLine
        }
    }

    /// Where the line starting at `start` ends (its content, without the line end) and where
    /// the next begins. A line ends with LF, CR LF, or CR alone (old Mac files).
    static func lineEnd(in utf8: String.UTF8View, from start: String.Index) -> (contentEnd: String.Index, nextLine: String.Index) {
        guard let end = utf8[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return (utf8.endIndex, utf8.endIndex) }
        let after = utf8.index(after: end)
        if utf8[end] == 0x0D, after != utf8.endIndex, utf8[after] == 0x0A { return (end, utf8.index(after: after)) }
        return (end, after)
    }
}
