import Foundation
import SQLite
import Store
import Testing

private func run(_ store: Store, _ name: String, _ parameters: [String: String] = [:]) throws -> QueryResult {
    try store.run(QueryCatalog.builtIn().query(named: name), parameters: parameters)
}

@Test func oneRowPerPersonMeetingAndTerritoryWithEverySource() throws {
    let (store, _) = try MergingArticles.load()

    let people = try run(store, "people")
    #expect(
        people.column("name") == [
            "Joe Biden", "Kim Jong Un", "Kim Yo Jong", "Lee Nak-yon", "Moon Jae-in",
            "Sergei Lavrov", "Taro Kono", "Volodymyr Zelenskiy",
        ])
    #expect(people.column("articles") == ["2", "1", "1", "1", "1", "5", "5", "2"])
    #expect(people.column("title")[5] == "Foreign Minister (2019)")

    // Planned on the 10th for Monday the 14th, reported held by three articles, one without the
    // day: one held meeting with four sources. The May meeting of the same pair stays apart.
    let lavrov = try run(store, "who-met-whom", ["person": "Lavrov"])
    #expect(lavrov.column("date") == ["2019-01-14", "2019-05-10"])
    #expect(lavrov.column("status") == ["held", "held"])
    #expect(lavrov.column("sources") == ["4", "1"])
    let sources = try store.database.prepare(
        """
        SELECT group_concat(status, ',') FROM (SELECT s.status FROM meeting_sources s JOIN meetings m ON m.id = s.meeting_id
                                                WHERE m.date = '2019-01-14' ORDER BY s.article_id)
        """
    ).scalar()
    #expect(sources == .text("planned,held,held,held"))

    let calls = try run(store, "who-met-whom", ["country": "UKR"])
    #expect(calls.rows.count == 1)
    #expect(calls.column("mode") == ["call"])
    #expect(calls.column("sources") == ["2"])

    let territories = try run(store, "disputed-territories")
    #expect(territories.rows.count == 1)
    #expect(territories.column("also_known_as") == ["Northern Territories (Japan); Southern Kurils (Russia); Kuril Islands"])
    #expect(territories.column("claimants") == ["JPN, RUS"])
    #expect(territories.column("held_by") == ["RUS"])
    #expect(territories.column("articles") == ["2"])
    #expect(try run(store, "territory", ["name": "northern"]).column("sources") == ["2, 3"])
}

@Test func kimJongUnAndKimYoJongStayTwoPeopleWithTheirOwnMeetings() throws {
    let (store, _) = try MergingArticles.load()
    let kim = try run(store, "who-met-whom", ["country": "PRK"])
    #expect(kim.column("person_a") == ["Kim Jong Un", "Kim Yo Jong"])
    #expect(kim.column("person_b") == ["Moon Jae-in", "Lee Nak-yon"])
    let person = try run(store, "person", ["name": "Kim Yo"])
    #expect(Set(person.column("person")) == ["Kim Yo Jong"])
}

/// The README's picture is drawn from examples/: those files are the articles these tests load.
@Test func exampleArticlesAreTheTestedOnes() throws {
    let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")
    let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(files == MergingArticles.texts.map(\.file))
    for (file, text) in MergingArticles.texts {
        #expect(try String(contentsOf: examples.appendingPathComponent(file), encoding: .utf8) == text + "\n", "\(file)")
    }
}
