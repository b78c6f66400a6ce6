import Extraction
import Foundation
import Testing

/// The seed article (seeds/), as scraped and with a publication date, end to end.
@Test func seedArticleGivesItsKnownFacts() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let seeds = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path).filter { $0.hasSuffix(".txt") }
    let text = try String(contentsOf: root.appendingPathComponent("seeds").appendingPathComponent(try #require(seeds.first)), encoding: .utf8)
    let f = Extractor().extract(Article(date: Day(year: 2019, month: 1, day: 16), body: text))

    #expect(f.names == ["Sergei Lavrov", "Taro Kono", "Shinzo Abe", "Vladimir Putin"])
    #expect(f.person("Sergei Lavrov")?.country == "RUS")
    #expect(f.person("Taro Kono")?.country == "JPN")
    #expect(f.person("Shinzo Abe")?.title == "Prime Minister")
    #expect(f.person("Vladimir Putin")?.title == "President")
    #expect(f.codes == ["JPN", "RUS", "SUN"])

    #expect(f.pairs == [["Sergei Lavrov", "Taro Kono"], ["Shinzo Abe", "Vladimir Putin"]])
    let talks = try #require(f.meeting("Taro Kono", "Sergei Lavrov"))
    #expect(talks.status == .held)
    #expect(talks.date?.description == "2019-01-14")
    #expect(talks.place == "Moscow")
    let planned = try #require(f.meeting("Shinzo Abe", "Vladimir Putin"))
    #expect(planned.status == .planned)
    #expect(planned.date?.description == "2019-01-22")

    let t = try #require(f.territories.first)
    #expect(f.territories.count == 1)
    #expect(t.names.map(\.name) == ["Kuril", "Northern Territories"])
    #expect(t.claimants == ["JPN", "RUS"])
    #expect(t.controlledBy == "RUS")
    // Provenance: the evidence sentence of each meeting is the sentence that reports it.
    #expect(f.sentences[talks.evidence[0].sentence].text.contains("Kono held talks"))
    let scalars = Array(text.unicodeScalars)
    let e = talks.evidence[0]
    #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == f.sentences[e.sentence].text)
}
