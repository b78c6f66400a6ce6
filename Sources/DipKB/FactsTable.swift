import Extraction
import SQLite
import Store

/// An article's facts as a few small tables for reading in a terminal.
public enum FactsTable {
    public static func render(_ facts: ArticleFacts) -> String {
        func text(_ s: String?) -> Value { s.map(Value.text) ?? .null }
        let sections: [(String, QueryResult)] = [
            (
                "people",
                QueryResult(
                    columns: ["name", "country", "title", "aliases"],
                    rows: facts.people.map {
                        [.text($0.name), text($0.country), text($0.title), text($0.aliases.isEmpty ? nil : $0.aliases.joined(separator: ", "))]
                    })
            ),
            ("countries", QueryResult(columns: ["code", "name"], rows: facts.countries.map { [.text($0.code), .text($0.name)] })),
            (
                "meetings",
                QueryResult(
                    columns: ["participants", "status", "date", "place", "mode", "sentence"],
                    rows: facts.meetings.map {
                        [
                            .text($0.participants.joined(separator: ", ")), .text($0.status.rawValue), text($0.date?.description),
                            text($0.place), .text($0.mode.rawValue), $0.evidence.first.map { .integer(Int64($0.sentence)) } ?? .null,
                        ]
                    })
            ),
            (
                "territories",
                QueryResult(
                    columns: ["names", "claimants", "controlled_by"],
                    rows: facts.territories.map { t in
                        [
                            .text(t.names.map { n in n.usedBy.map { "\(n.name) (\($0))" } ?? n.name }.joined(separator: "; ")),
                            .text(t.claimants.joined(separator: ", ")), text(t.controlledBy),
                        ]
                    })
            ),
        ]
        return sections.map { name, result in
            "\(name): \(result.rows.count)\n" + (result.rows.isEmpty ? "" : TableOutput.render(result))
        }.joined(separator: "\n")
    }
}
