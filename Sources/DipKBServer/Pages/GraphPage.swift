import DipKB
import Foundation

/// The who-met-whom network of `dipkb graph`: a picture drawn by Graphviz when it is installed,
/// and always the list of pairs, a page at a time.
struct GraphPage: Encodable, Sendable {
    struct Pair: Encodable, Sendable {
        var a: PersonReference
        var b: PersonReference
        var meetings: Int
        var held: Int
    }

    /// What to install when Graphviz is missing.
    static let installAdvice = "Install Graphviz to see the picture: `sudo apt-get install graphviz` (or `make setup` in the dipkb sources), then reload."

    /// The filter as given, for the form.
    struct Filter: Encodable, Sendable {
        var person: String?
        var country: String?
        var from: String?
        var to: String?
    }

    var filter: Filter
    /// The picture's URL (the same filter), when Graphviz's dot is on PATH.
    var picture: String?
    var installAdvice: String?
    var pairs: [Pair]
    var pagination: Pagination

    init(
        filter: MeetingGraph.Filter, graph: MeetingGraph, pictureQuery: String, graphvizInstalled: Bool,
        page: Int, link: (Int) -> String
    ) {
        self.filter = Filter(person: filter.person, country: filter.country, from: filter.from, to: filter.to)
        picture = graphvizInstalled ? "/graph.svg" + pictureQuery : nil
        installAdvice = graphvizInstalled ? nil : Self.installAdvice
        let people = Dictionary(
            graph.people.map { ($0.id, PersonReference(id: $0.id, name: $0.name, country: $0.country)) },
            uniquingKeysWith: { first, _ in first })
        pagination = Pagination(page: page, total: graph.edges.count, link: link)
        let window = pagination.window.clamped(to: 0..<graph.edges.count)
        pairs = graph.edges[window].map { edge in
            Pair(
                a: people[edge.a] ?? PersonReference(id: edge.a, name: "", country: nil),
                b: people[edge.b] ?? PersonReference(id: edge.b, name: "", country: nil),
                meetings: edge.meetings, held: edge.held)
        }
    }
}
