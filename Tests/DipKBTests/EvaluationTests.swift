import Foundation
import Testing

@testable import DipKB

private func gold(_ json: String) throws -> EvalFacts {
    try EvalFacts(goldJSON: Data(json.utf8), file: "test.gold.json")
}

private func score(system: String, gold goldJSON: String) throws -> ArticleScore {
    ArticleScore(system: try gold(system), gold: try gold(goldJSON))
}

@Test func peopleMatchByScorePyNameRules() throws {
    #expect(EvalNames.fold("Tomás Errázuriz-Pérez") == ["tomas", "errazuriz", "perez"])
    #expect(EvalNames.samePerson("Xi", "Xi Jinping"))
    #expect(EvalNames.samePerson("Moussa Faki", "Moussa Faki Mahamat"))
    #expect(EvalNames.samePerson("President George Bush Jr", "George Bush"))
    #expect(!EvalNames.samePerson("Kim Jong Un", "Kim Yo Jong"))
    #expect(!EvalNames.samePerson("Omar al-Bashir", "Umar al-Bashir"))
    #expect(EvalNames.samePerson("Omar al-Bashir", "Umar al-Bashir", uniqueSurname: true))
    #expect(EvalNames.territoryKey("the Kuril Islands") == EvalNames.territoryKey("Kuril"))

    // The surname alone matches in the second pass only when no other gold person has it.
    let unique = try score(
        system: #"{"people": [{"name": "Omar al-Bashir", "country": "SDN"}]}"#,
        gold: #"{"people": [{"name": "Umar al-Bashir", "country": "SDN"}]}"#)
    #expect(unique.tallies[.people] == EvalTally(truePositives: 1, system: 1, gold: 1))
    let shared = try score(
        system: #"{"people": [{"name": "Omar al-Bashir"}]}"#,
        gold: #"{"people": [{"name": "Umar al-Bashir"}, {"name": "Abdel al-Bashir"}]}"#)
    #expect(shared.tallies[.people] == EvalTally(truePositives: 0, system: 1, gold: 2))
    #expect(shared.misses == ["people FP  Omar al-Bashir", "people FN  Umar al-Bashir", "people FN  Abdel al-Bashir"])
}

@Test func aSixPersonMeetingIsFifteenPairsButOneEvent() throws {
    let six =
        #"{"participants": ["Ann Alpha", "Ben Beta", "Cy Gamma", "Di Delta", "Ed Eps", "Flo Zeta"], "status": "held", "date": "2020-01-02", "place": "Rome", "mode": "in_person"}"#
    let people = #"[{"name": "Ann Alpha"}, {"name": "Ben Beta"}, {"name": "Cy Gamma"}, {"name": "Di Delta"}, {"name": "Ed Eps"}, {"name": "Flo Zeta"}]"#
    let result = try score(
        system:
            #"{"people": \#(people), "meetings": [{"participants": ["Ann Alpha", "Ben Beta", "Cy Gamma"], "status": "held", "date": "2020-01-02", "place": "ROME", "mode": "in_person"}]}"#,
        gold: #"{"people": \#(people), "meetings": [\#(six)]}"#)
    #expect(result.tallies[.meetings] == EvalTally(truePositives: 3, system: 3, gold: 15))
    #expect(result.tallies[.events] == EvalTally(truePositives: 1, system: 1, gold: 1))
    // Places compare folded: "ROME" is "Rome".
    #expect(result.tallies[.eventPlace] == EvalTally(truePositives: 1, system: 1, gold: 1))
}

@Test func claimsCountByTerritoryMatchedOnAnyNameAndEmptyIsPerfect() throws {
    let result = try score(
        system: #"{"territories": [{"names": ["Kuril"], "claimants": ["JPN", "RUS", "CHN"]}, {"names": ["Atlantis"], "claimants": ["GRC"]}]}"#,
        gold: #"{"territories": [{"names": ["the Kuril Islands", "Northern Territories"], "claimants": ["JPN", "RUS"], "controlled_by": "RUS"}]}"#)
    #expect(result.tallies[.territories] == EvalTally(truePositives: 1, system: 2, gold: 1))
    #expect(result.tallies[.claims] == EvalTally(truePositives: 2, system: 4, gold: 2))
    #expect(result.misses.contains("territory FP ['Atlantis']"))
    #expect(result.misses.contains("claim FP the Kuril Islands <- CHN"))

    let nothing = EvalTally()
    #expect(nothing.precision == 1 && nothing.recall == 1 && nothing.f1 == 1)
    let missed = EvalTally(truePositives: 0, system: 0, gold: 3)
    #expect(missed.precision == 0 && missed.recall == 0 && missed.f1 == 0)
}

@Test func badGoldFilesAreRefusedWithTheirName() throws {
    #expect(throws: EvalError.badGold(file: "test.gold.json", reason: "not a JSON object")) { try gold("[1, 2]") }
    #expect(throws: EvalError.badGold(file: "test.gold.json", reason: "a person without a name")) { try gold(#"{"people": [{"country": "FRA"}]}"#) }
}

@Test func theRepositorysEvaluationSetCoversEveryFactKindAndNegatives() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("eval").path
    let stems = try Evaluation.stems(in: folder)
    #expect(stems.count >= 10)
    var golds: [EvalFacts] = []
    for stem in stems {
        let file = folder + "/" + stem + ".gold.json"
        golds.append(try EvalFacts(goldJSON: Data(contentsOf: URL(fileURLWithPath: file)), file: file))
    }
    let meetings = golds.flatMap(\.meetings)
    #expect(Set(meetings.compactMap(\.status)) == ["held", "planned"])
    #expect(meetings.contains { $0.mode == "call" } && meetings.contains { $0.participants.count > 2 })
    #expect(meetings.contains { $0.date == nil } && meetings.contains { $0.place == nil })
    #expect(golds.contains { !$0.territories.isEmpty })
    // Articles with people but no meeting, and one with no fact at all.
    #expect(golds.contains { !$0.people.isEmpty && $0.meetings.isEmpty })
    #expect(golds.contains { $0.people.isEmpty && $0.countries.isEmpty && $0.meetings.isEmpty && $0.territories.isEmpty })

    let evaluation = try Evaluation.run(folders: [folder])
    #expect(evaluation.articles.count == stems.count)
    #expect(evaluation.failures == 0)
    #expect(evaluation.tallies[.people]!.gold == golds.reduce(0) { $0 + $1.people.count })
}

@Test func aFolderWithoutArticlesOrAnUnreadableArticleIsSaidSo() throws {
    #expect(throws: EvalError.notAFolder("/nonexistent-dipkb-eval")) { try Evaluation.run(folders: ["/nonexistent-dipkb-eval"]) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dipkb-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data().write(to: folder.appendingPathComponent("a.txt"))
    try Data(#"{"people": [{"name": "Ann Alpha"}], "countries": ["FRA"]}"#.utf8).write(to: folder.appendingPathComponent("a.gold.json"))
    try Data("No gold for this one.".utf8).write(to: folder.appendingPathComponent("b.txt"))
    let evaluation = try Evaluation.run(folders: [folder.path])
    #expect(evaluation.articles.map(\.stem) == ["a"])
    #expect(evaluation.failures == 1)
    #expect(evaluation.tallies[.people] == EvalTally(truePositives: 0, system: 0, gold: 1))
    #expect(EvaluationReport.render(evaluation, format: .table, verbose: false).hasPrefix("a: extractor failed: "))
}
