import SQLite
import Store

/// The who-met-whom network: people as nodes grouped by country, one edge per pair of people who
/// met (or are to meet), weighted by the number of their meetings. Written as Graphviz DOT.
public struct MeetingGraph: Sendable, Equatable {
    /// Which meetings to draw; every field left nil draws them all.
    public struct Filter: Sendable, Equatable {
        /// Only pairs with this person (any part of a name or alias, any case).
        public var person: String?
        /// Only pairs with someone of this country (ISO alpha-3).
        public var country: String?
        /// Only meetings on or after / on or before this day (YYYY-MM-DD); a meeting without a
        /// day is left out when either is given.
        public var from: String?
        public var to: String?

        public init(person: String? = nil, country: String? = nil, from: String? = nil, to: String? = nil) {
            self.person = person
            self.country = country
            self.from = from
            self.to = to
        }
    }

    public struct Person: Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var country: String?

        public init(id: Int64, name: String, country: String?) {
            self.id = id
            self.name = name
            self.country = country
        }
    }

    public struct Edge: Sendable, Equatable {
        public var a: Int64
        public var b: Int64
        /// Distinct meetings of the pair, and how many of them were held (the rest are planned or off).
        public var meetings: Int
        public var held: Int

        public init(a: Int64, b: Int64, meetings: Int, held: Int) {
            self.a = a
            self.b = b
            self.meetings = meetings
            self.held = held
        }
    }

    public var people: [Person]
    public var edges: [Edge]
    /// Country names by code, for the cluster labels.
    public var countryNames: [String: String]

    public init(people: [Person], edges: [Edge], countryNames: [String: String] = [:]) {
        self.people = people
        self.edges = edges
        self.countryNames = countryNames
    }

    /// Reads the pairs and their people from the store. Filter values are bound, never spliced.
    public init(store: Store, filter: Filter = Filter()) throws {
        let pairs = try store.database.prepare(
            """
            SELECT pa.person_id, pb.person_id, count(DISTINCT m.id), count(DISTINCT CASE WHEN m.status = 'held' THEN m.id END)
            FROM meetings m
            JOIN meeting_participants pa ON pa.meeting_id = m.id
            JOIN meeting_participants pb ON pb.meeting_id = m.id AND pb.person_id > pa.person_id
            JOIN people a ON a.id = pa.person_id
            JOIN people b ON b.id = pb.person_id
            WHERE (?1 IS NULL
                   OR EXISTS (SELECT 1 FROM person_aliases al
                              WHERE al.person_id IN (a.id, b.id)
                                AND (instr(lower(al.alias), lower(?1)) > 0 OR instr(al.alias_key, lower(?1)) > 0)))
              AND (?2 IS NULL OR a.country = upper(?2) OR b.country = upper(?2))
              AND (?3 IS NULL OR m.date >= ?3)
              AND (?4 IS NULL OR m.date <= ?4)
            GROUP BY pa.person_id, pb.person_id
            ORDER BY pa.person_id, pb.person_id
            """)
        try pairs.bind([filter.person, filter.country, filter.from, filter.to])
        edges = try pairs.allRows().map { row in
            Edge(a: row[0].int64, b: row[1].int64, meetings: Int(row[2].int64), held: Int(row[3].int64))
        }
        let ids = Set(edges.flatMap { [$0.a, $0.b] })
        let person = try store.database.prepare("SELECT name, country FROM people WHERE id = ?")
        people = try ids.sorted().map { id in
            person.reset()
            try person.bind(id, at: 1)
            _ = try person.step()
            return Person(id: id, name: person.string(at: 0) ?? "", country: person.string(at: 1))
        }
        person.reset()
        var names: [String: String] = [:]
        for row in try store.database.prepare("SELECT code, name FROM countries WHERE name IS NOT NULL").allRows() {
            if let code = row[0].text, let name = row[1].text { names[code] = name }
        }
        countryNames = names
    }

    /// Fill colours for countries in code order, cycled: light enough for black labels.
    static let palette = ["#a6cee3", "#fdbf6f", "#b2df8a", "#fb9a99", "#cab2d6", "#ffff99", "#8dd3c7", "#bebada", "#fccde5", "#d9d9d9"]

    /// The graph in Graphviz DOT: a cluster per country (labelled with its name) whose people are
    /// filled with the country's colour, people without a country outside any cluster, and an
    /// edge per pair labelled with its number of meetings, thicker for more, dashed when none
    /// of them was held.
    public func dot() -> String {
        var lines = [
            "graph meetings {",
            "  graph [overlap=false, splines=true, fontname=\"Helvetica\", label=\"Who met whom\", labelloc=t];",
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];",
            "  edge [fontname=\"Helvetica\"];",
        ]
        let countries = Array(Set(people.compactMap(\.country))).sorted()
        for (index, code) in countries.enumerated() {
            let colour = Self.palette[index % Self.palette.count]
            lines.append("  subgraph \(Self.quote("cluster_" + code)) {")
            lines.append("    label=\(Self.quote(countryNames[code] ?? code)); style=rounded; color=\(Self.quote(colour));")
            for person in people where person.country == code {
                lines.append("    p\(person.id) [label=\(Self.quote(person.name)), fillcolor=\(Self.quote(colour))];")
            }
            lines.append("  }")
        }
        for person in people where person.country == nil {
            lines.append("  p\(person.id) [label=\(Self.quote(person.name))];")
        }
        for edge in edges {
            var attributes = [
                "label=\(Self.quote(String(edge.meetings)))", "weight=\(edge.meetings)",
                "penwidth=\(min(1 + edge.meetings, 6))",
            ]
            if edge.held == 0 { attributes.append("style=dashed") }
            lines.append("  p\(edge.a) -- p\(edge.b) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as spaces.
    static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out + "\""
    }
}

extension Value {
    fileprivate var int64: Int64 { if case .integer(let v) = self { v } else { 0 } }
}
