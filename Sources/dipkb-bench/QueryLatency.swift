import Foundation
import SQLite
import Store

/// The query targets, timed the way `dipkb query` runs them: the built-in catalog, a Store opened
/// on the file, `Store.run` with the parameters (prepare, bind, every row read into a QueryResult).
/// Output formatting and process start are left out; bench/run.sh times the whole command apart.
struct QueryLatency {
    let path: String

    struct Case {
        let query: String
        let parameters: [String: String]
        /// What the parameters stand for, for the table ("a typical person: 73 meetings").
        let note: String
        /// The rows asked for: all of them, or the first page (`dipkb query --limit`).
        var page: QueryPage = .all
    }

    /// Rows of a first page: a screenful.
    static let pageRows = 50

    struct Timing {
        let `case`: Case
        let medianMilliseconds: Double
        let rows: Int
    }

    /// A typical person (median number of meetings among those with any) and the busiest one,
    /// each found by full name, as a user would ask.
    func cases(store: Store) throws -> [Case] {
        let counts = try store.database.prepare(
            """
            SELECT p.name, n FROM (SELECT person_id, count(*) AS n FROM meeting_participants GROUP BY person_id) c
            JOIN people p ON p.id = c.person_id ORDER BY n, p.id
            """)
        var people: [(name: String, meetings: Int)] = []
        while try counts.step() { people.append((counts.string(at: 0) ?? "", counts.int(at: 1))) }
        guard let busiest = people.last else { throw BenchError("\(path): no meetings to query") }
        let typical = people[people.count / 2]
        return [
            Case(query: "who-met-whom", parameters: ["person": typical.name], note: "typical person, \(typical.meetings) meetings"),
            Case(query: "who-met-whom", parameters: ["person": busiest.name], note: "busiest person, \(busiest.meetings) meetings"),
            Case(query: "meetings-of", parameters: ["person": typical.name], note: "typical person, \(typical.meetings) meetings"),
            Case(query: "who-met-whom", parameters: ["person": busiest.name], note: "busiest person, first page", page: QueryPage(limit: Self.pageRows)),
            Case(query: "meetings-of", parameters: ["person": busiest.name], note: "busiest person, \(busiest.meetings) meetings"),
            Case(query: "meetings-of", parameters: ["person": busiest.name], note: "busiest person, first page", page: QueryPage(limit: Self.pageRows)),
            Case(query: "disputed-territories", parameters: [:], note: "every territory"),
        ]
    }

    func run(runs: Int) throws -> [Timing] {
        let store = try Store(path: path)
        let catalog = try QueryCatalog.builtIn()
        let clock = ContinuousClock()
        return try cases(store: store).map { c in
            let query = try catalog.query(named: c.query)
            var rows = try store.run(query, parameters: c.parameters, page: c.page).rows.count  // warms the page cache
            var times: [Double] = []
            for _ in 0..<runs {
                let start = clock.now
                rows = try store.run(query, parameters: c.parameters, page: c.page).rows.count
                times.append((clock.now - start).seconds * 1000)
            }
            times.sort()
            return Timing(case: c, medianMilliseconds: times[times.count / 2], rows: rows)
        }
    }

    /// `EXPLAIN QUERY PLAN` of each case, drawn as SQLite's shell draws it.
    func plans() throws -> String {
        let store = try Store(path: path)
        let catalog = try QueryCatalog.builtIn()
        var text = ""
        var seen: Set<String> = []
        for c in try cases(store: store) where seen.insert(c.query).inserted {
            let statement = try store.database.prepare("EXPLAIN QUERY PLAN " + (try catalog.query(named: c.query)).sql)
            for case let name? in statement.parameterNames { try statement.bind(c.parameters[name], to: name) }
            text += "\(c.query)\(c.parameters.isEmpty ? "" : " " + c.parameters.map { "\($0.key)=\($0.value)" }.joined(separator: " "))\n"
            var depth: [Int: Int] = [0: 0]
            while try statement.step() {
                let level = (depth[statement.int(at: 1)] ?? 0) + 1
                depth[statement.int(at: 0)] = level
                text += String(repeating: "  ", count: level) + (statement.string(at: 3) ?? "") + "\n"
            }
        }
        return text
    }
}
