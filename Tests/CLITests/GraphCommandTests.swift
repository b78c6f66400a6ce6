import Foundation
import Testing

@Test func graphWritesDOTAndPicturesAndNamesMissingGraphviz() throws {
    let folder = DipKBProcess.folder()
    try writeArticles(in: folder)
    #expect(try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles"], in: folder).status == 0)

    let dot = try DipKBProcess.run(["graph", "--db", "kb.sqlite"], in: folder)
    #expect(dot.status == 0, "\(dot.stderr)")
    #expect(dot.stdout.hasPrefix("graph meetings {\n"))
    #expect(dot.stdout.contains("[label=\"Taro Kono\""))
    // Kono and Lavrov met; Abe and Putin are to meet.
    #expect(dot.stdout.components(separatedBy: " -- ").count - 1 == 2)
    let filtered = try DipKBProcess.run(["graph", "--db", "kb.sqlite", "--country", "jpn", "--from", "2019-01-01", "--to", "2019-01-31"], in: folder)
    #expect(filtered.stdout.components(separatedBy: " -- ").count - 1 == 1)
    let before = try DipKBProcess.run(["graph", "--db", "kb.sqlite", "--to", "2018-12-31"], in: folder)
    #expect(before.stdout.components(separatedBy: " -- ").count - 1 == 0)
    #expect(!before.stdout.contains("Taro Kono"))

    let noGraphviz = try DipKBProcess.run(["graph", "--db", "kb.sqlite", "--format", "svg"], in: folder, environment: ["PATH": "/nonexistent"])
    #expect(noGraphviz.status == 1)
    #expect(noGraphviz.stderr.hasPrefix("dipkb: --format svg needs Graphviz's dot, which is not installed"))

    let svg = try DipKBProcess.run(["graph", "--db", "kb.sqlite", "--format", "svg", "--output", "g.svg"], in: folder)
    if svg.status == 0 {
        let text = try String(contentsOf: folder.appendingPathComponent("g.svg"), encoding: .utf8)
        #expect(text.contains("<svg"))
    } else {
        #expect(svg.stderr.contains("not installed"))
    }

    let badDay = try DipKBProcess.run(["graph", "--db", "kb.sqlite", "--from", "2019-13-01"], in: folder)
    #expect(badDay.status == 2)
    #expect(badDay.stderr == "dipkb: --from needs a real day as YYYY-MM-DD, not \"2019-13-01\"\n")
    let missing = try DipKBProcess.run(["graph", "--db", "none.sqlite"], in: folder)
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("dipkb: none.sqlite: no such database"))
}
