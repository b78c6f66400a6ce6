import Foundation
import Testing

/// The acceptance check on the seed article: what `make run` must print.
@Test
func seedGivesTheHeadlineAnswers() throws {
    let folder = DipKBProcess.folder()
    let seeds = repositoryRoot().appendingPathComponent("seeds").path
    let load = try DipKBProcess.run(["load", "--db", "kb.sqlite", seeds], in: folder)
    #expect(load.status == 0, "\(load.stderr)")

    let meetings = try DipKBProcess.run(["query", "who-met-whom", "--db", "kb.sqlite", "--format", "json"], in: folder)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(meetings.stdout.utf8)) as? [[String: Any]])
    func pair(_ row: [String: Any]) -> Set<String> { [row["person_a"] as? String ?? "", row["person_b"] as? String ?? ""] }
    let held = try #require(rows.first { pair($0) == ["Taro Kono", "Sergei Lavrov"] })
    #expect(held["status"] as? String == "held")
    #expect(held["place"] as? String == "Moscow")
    // The seed carries no publication date, so "on Monday" cannot be pinned to a day.
    #expect(held["date"] is NSNull)
    let planned = try #require(rows.first { pair($0) == ["Shinzo Abe", "Vladimir Putin"] })
    #expect(planned["status"] as? String == "planned")
    #expect(rows.count == 2)

    let territories = try DipKBProcess.run(["query", "disputed-territories", "--db", "kb.sqlite", "--format", "json"], in: folder)
    let disputes = try #require(try JSONSerialization.jsonObject(with: Data(territories.stdout.utf8)) as? [[String: Any]])
    #expect(disputes.count == 1)
    let names = (disputes.first?["also_known_as"] as? String ?? "").components(separatedBy: "; ")
    #expect(names.contains("Kuril (Russia)"))
    #expect(names.contains("Northern Territories (Japan)"))
    #expect(disputes.first?["claimants"] as? String == "JPN, RUS")
    #expect(disputes.first?["held_by"] as? String == "RUS")
}
