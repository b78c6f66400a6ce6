import DipKB
import Foundation
import Testing

@Test func graphOfOnePersonIsExactDOT() throws {
    let (store, _) = try MergingArticles.load()
    let graph = try MeetingGraph(store: store, filter: .init(person: "kono"))
    #expect(
        graph.dot() == """
            graph meetings {
              graph [overlap=false, splines=true, fontname="Helvetica", label="Who met whom", labelloc=t];
              node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];
              edge [fontname="Helvetica"];
              subgraph "cluster_JPN" {
                label="Japan"; style=rounded; color="#a6cee3";
                p2 [label="Taro Kono", fillcolor="#a6cee3"];
              }
              subgraph "cluster_RUS" {
                label="Russia"; style=rounded; color="#fdbf6f";
                p1 [label="Sergei Lavrov", fillcolor="#fdbf6f"];
              }
              p1 -- p2 [label="2", weight=2, penwidth=3];
            }

            """)
}

@Test func graphHasANodePerPersonAndAnEdgePerPairAndFilters() throws {
    let (store, _) = try MergingArticles.load()
    let all = try MeetingGraph(store: store)
    #expect(
        all.people.map(\.name).sorted() == [
            "Joe Biden", "Kim Jong Un", "Kim Yo Jong", "Lee Nak-yon", "Moon Jae-in",
            "Sergei Lavrov", "Taro Kono", "Volodymyr Zelenskiy",
        ])
    #expect(all.edges.count == 4)
    let dot = all.dot()
    for cluster in ["\"cluster_PRK\"", "label=\"North Korea\"", "\"cluster_UKR\"", "label=\"United States\""] {
        #expect(dot.contains(cluster), "\(cluster)")
    }
    #expect(dot.components(separatedBy: " -- ").count - 1 == 4)

    let january = try MeetingGraph(store: store, filter: .init(from: "2019-01-01", to: "2019-01-31"))
    #expect(january.edges.map(\.meetings) == [1])
    #expect(try MeetingGraph(store: store, filter: .init(country: "prk")).edges.count == 2)
    #expect(try MeetingGraph(store: store, filter: .init(person: "x\"; DROP TABLE people; --")).edges.isEmpty)
}

@Test func plannedOnlyPairIsDashedAndLabelsAreEscaped() {
    let graph = MeetingGraph(
        people: [.init(id: 1, name: "A \"the\" Great", country: nil), .init(id: 2, name: "B\\C", country: "XXX")],
        edges: [.init(a: 1, b: 2, meetings: 9, held: 0)])
    let dot = graph.dot()
    #expect(dot.contains("  p1 [label=\"A \\\"the\\\" Great\"];\n"))
    #expect(dot.contains("p2 [label=\"B\\\\C\", fillcolor=\"#a6cee3\"];"))
    #expect(dot.contains("label=\"XXX\";"))
    #expect(dot.contains("  p1 -- p2 [label=\"9\", weight=9, penwidth=6, style=dashed];\n"))
}

@Test func svgIsRenderedWhenGraphvizIsInstalledAndNamedWhenNot() throws {
    let source = MeetingGraph(
        people: [.init(id: 1, name: "A", country: nil), .init(id: 2, name: "B", country: nil)],
        edges: [.init(a: 1, b: 2, meetings: 1, held: 1)]
    ).dot()
    if Graphviz.executable() != nil {
        let svg = String(decoding: try Graphviz.render(source, as: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains(">A</text>"))
    }
    #expect(Graphviz.executable(path: "/nonexistent") == nil)
}
