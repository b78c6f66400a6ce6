import SQLite
import Store

/// Search results printed in an output format: for each article its id, date, title, the
/// snippet with the words found between « and », and the facts drawn from it; or the people,
/// territories, places and countries whose names matched. Article text is printed as text
/// (`table` puts each cell on one line; `json` and `csv` quote it).
public enum SearchOutput {
    static let matchOpen = "«"
    static let matchClose = "»"

    public static func render(_ page: ArticleSearchPage, offset: Int = 0, format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.object([
                ("total", .integer(Int64(page.total))),
                ("offset", .integer(Int64(offset))),
                ("articles", .array(page.matches.map(json))),
            ]).serialized(indent: 2) + "\n"
        case .table, .csv:
            let rows: [[Value]] = page.matches.map { match in
                [.integer(match.articleID), text(match.published), text(match.title),
                 .text(match.snippet.marked(open: matchOpen, close: matchClose)), .text(summary(match.facts))]
            }
            let result = QueryResult(columns: ["article", "published", "title", "snippet", "facts"], rows: rows)
            var output = format.render(result)
            if format == .table && page.matches.count < page.total {
                let next = offset + page.matches.count
                output += "\n\(page.matches.count) of \(page.total) matching articles shown (--offset \(next) for the next)\n"
            }
            return output
        }
    }

    public static func render(_ names: [NameMatch], format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.array(names.map { name in
                .object([("kind", .string(name.kind.rawValue)), ("id", .string(name.id)), ("name", .string(name.name)),
                         ("matched", .string(name.matched)), ("articles", .integer(Int64(name.articles)))])
            }).serialized(indent: 2) + "\n"
        case .table, .csv:
            let rows: [[Value]] = names.map { name in
                [.text(name.kind.rawValue), text(name.id), .text(name.name), text(name.matched), .integer(Int64(name.articles))]
            }
            return format.render(QueryResult(columns: ["kind", "id", "name", "matched", "articles"], rows: rows))
        }
    }

    /// The facts of one article on one line: meetings, claims, then the people named.
    static func summary(_ facts: ArticleFactsDigest) -> String {
        var parts: [String] = []
        for meeting in facts.meetings {
            let details = [meeting.status, meeting.date, meeting.place, meeting.mode == "call" ? "call" : nil].compactMap { $0 }
            parts.append("meeting: " + meeting.participants.joined(separator: ", ") + " (" + details.joined(separator: ", ") + ")")
        }
        for claim in facts.claims {
            parts.append("claim: \(claim.country) \(claim.kind) \(claim.territory)")
        }
        if !facts.people.isEmpty {
            parts.append("people: " + facts.people.map(\.name).joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }

    static func json(_ match: ArticleMatch) -> JSONValue {
        let facts = match.facts
        return .object([
            ("article", .integer(match.articleID)),
            ("published", .string(match.published)),
            ("title", .string(match.title)),
            ("source", .string(match.source)),
            ("snippet", .string(match.snippet.marked(open: matchOpen, close: matchClose))),
            ("snippet_pieces", .array(match.snippet.pieces.map { .object([("text", .string($0.text)), ("match", .bool($0.isMatch))]) })),
            ("people", .array(facts.people.map { p in
                .object([("person", .integer(p.personID)), ("name", .string(p.name)), ("country", .string(p.country)), ("title", .string(p.title))])
            })),
            ("meetings", .array(facts.meetings.map { m in
                .object([("meeting", .integer(m.meetingID)), ("participants", .array(m.participants.map(JSONValue.string))),
                         ("status", .string(m.status)), ("date", .string(m.date)), ("place", .string(m.place)),
                         ("mode", .string(m.mode)), ("sentence", .string(m.sentence))])
            })),
            ("claims", .array(facts.claims.map { c in
                .object([("territory", .integer(c.territoryID)), ("territory_name", .string(c.territory)), ("country", .string(c.country)),
                         ("kind", .string(c.kind)), ("sentence", .string(c.sentence))])
            })),
        ])
    }

    private static func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }
}
