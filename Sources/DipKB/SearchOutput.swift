import SQLite
import Store

/// Search results printed in an output format: for each article its id, date, title, the
/// snippet with the words found between « and », and the facts drawn from it; or the people,
/// territories, places and countries whose names matched. Article text is printed as text
/// (`table` shows an article as a block of lines, control characters replaced; `csv` the same
/// on one row; `json` escapes them).
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
        case .csv:
            let rows: [[Value]] = page.matches.map { match in
                [
                    .integer(match.articleID), text(match.published), text(match.title.map(shown)),
                    .text(shown(match.snippet.marked(open: matchOpen, close: matchClose))), .text(shown(summary(match.facts))),
                ]
            }
            return format.render(QueryResult(columns: ["article", "published", "title", "snippet", "facts"], rows: rows))
        case .table:
            var output = page.matches.map(block).joined(separator: "\n")
            if page.matches.isEmpty { output = "no article matches\n" }
            if page.matches.count < page.total {
                let next = offset + page.matches.count
                output += "\n\(page.matches.count) of \(page.total) matching articles shown (--offset \(next) for the next)\n"
            }
            return output
        }
    }

    /// One article for a terminal: its id, date and title, the snippet, then a line per fact.
    static func block(_ match: ArticleMatch) -> String {
        let heading = ["#\(match.articleID)", match.published, match.title.map(shown) ?? "(no title)"].compactMap { $0 }
        var lines = [heading.joined(separator: "  ")]
        lines.append(indent + shown(match.snippet.marked(open: matchOpen, close: matchClose)))
        lines += factLines(match.facts).map { indent + shown($0) }
        return lines.joined(separator: "\n") + "\n"
    }

    static let indent = "    "

    public static func render(_ names: [NameMatch], format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.array(
                names.map { name in
                    .object([
                        ("kind", .string(name.kind.rawValue)), ("id", .string(name.id)), ("name", .string(name.name)),
                        ("matched", .string(name.matched)), ("articles", .integer(Int64(name.articles))),
                    ])
                }
            ).serialized(indent: 2) + "\n"
        case .table, .csv:
            let rows: [[Value]] = names.map { name in
                [.text(name.kind.rawValue), text(name.id), .text(shown(name.name)), text(name.matched.map(shown)), .integer(Int64(name.articles))]
            }
            return format.render(QueryResult(columns: ["kind", "id", "name", "matched", "articles"], rows: rows))
        }
    }

    /// The facts of one article, a line each: meetings, claims, then the people named.
    static func factLines(_ facts: ArticleFactsDigest) -> [String] {
        var lines: [String] = []
        for meeting in facts.meetings {
            let details = [meeting.status, meeting.date, meeting.place, meeting.mode == "call" ? "call" : nil].compactMap { $0 }
            lines.append("meeting: " + meeting.participants.joined(separator: ", ") + " (" + details.joined(separator: ", ") + ")")
        }
        for claim in facts.claims {
            lines.append("claim: \(claim.country) \(claim.kind) \(claim.territory)")
        }
        if !facts.people.isEmpty {
            lines.append("people: " + facts.people.map(\.name).joined(separator: ", "))
        }
        return lines
    }

    /// The facts on one line, for a CSV cell.
    static func summary(_ facts: ArticleFactsDigest) -> String {
        factLines(facts).joined(separator: "; ")
    }

    /// Article text as shown on a terminal or in a cell: on one line, and without control
    /// characters (an escape sequence in an article must not drive the terminal).
    static func shown(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    if scalar == "\n" || scalar == "\r" || scalar == "\t" { return " " }
                    return scalar.properties.generalCategory == .control ? "\u{FFFD}" : scalar
                }))
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
            (
                "people",
                .array(
                    facts.people.map { p in
                        .object([("person", .integer(p.personID)), ("name", .string(p.name)), ("country", .string(p.country)), ("title", .string(p.title))])
                    })
            ),
            (
                "meetings",
                .array(
                    facts.meetings.map { m in
                        .object([
                            ("meeting", .integer(m.meetingID)), ("participants", .array(m.participants.map(JSONValue.string))),
                            ("status", .string(m.status)), ("date", .string(m.date)), ("place", .string(m.place)),
                            ("mode", .string(m.mode)), ("sentence", .string(m.sentence)),
                        ])
                    })
            ),
            (
                "claims",
                .array(
                    facts.claims.map { c in
                        .object([
                            ("territory", .integer(c.territoryID)), ("territory_name", .string(c.territory)), ("country", .string(c.country)),
                            ("kind", .string(c.kind)), ("sentence", .string(c.sentence)),
                        ])
                    })
            ),
        ])
    }

    private static func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }
}
