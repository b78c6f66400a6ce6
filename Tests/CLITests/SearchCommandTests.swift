import Foundation
import Testing

private func seedDatabase() throws -> URL {
    let folder = DipKBProcess.folder()
    let load = try DipKBProcess.run(["load", "--db", "kb.sqlite", repositoryRoot().appendingPathComponent("seeds").path], in: folder)
    #expect(load.status == 0, "\(load.stderr)")
    return folder
}

@Test func searchFindsTheSeedArticleWithASnippetAndItsFacts() throws {
    let folder = try seedDatabase()
    let table = try DipKBProcess.run(["search", "--db", "kb.sqlite", "Kuril"], in: folder)
    #expect(table.status == 0, "\(table.stderr)")
    let lines = table.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("article  published  title  snippet"))
    #expect(lines[2].contains("the «Kuril» to Russia"))
    #expect(lines[2].contains("meeting: Taro Kono, Sergei Lavrov (held, Moscow)"))
    #expect(lines[2].contains("claim: RUS holds Kuril"))

    let json = try DipKBProcess.run(["search", "--db", "kb.sqlite", "--format", "json", "lavrov kono"], in: folder)
    #expect(json.status == 0)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(document["total"] as? Int == 1)
    let article = try #require((document["articles"] as? [[String: Any]])?.first)
    let pieces = try #require(article["snippet_pieces"] as? [[String: Any]])
    #expect(pieces.filter { $0["match"] as? Bool == true }.compactMap { $0["text"] as? String }.contains("Lavrov"))
    #expect((article["meetings"] as? [[String: Any]])?.count == 2)
}

@Test func searchTextWithFTSSyntaxGivesResultsOrAClearMessageNeverAnSQLError() throws {
    let folder = try seedDatabase()
    let unpaired = try DipKBProcess.run(["search", "--db", "kb.sqlite", "--format", "csv", "\"Kuril"], in: folder)
    #expect(unpaired.status == 0)
    #expect(unpaired.stdout.split(separator: "\r\n").count == 2)
    for text in ["AND OR", "NEAR(", "kuril:", "^Kuril", "x\"\"y", "'); DROP TABLE articles; --"] {
        let result = try DipKBProcess.run(["search", "--db", "kb.sqlite", "--format", "csv", text], in: folder)
        #expect(result.status == 0, "\(text): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(text): \(result.stderr)")
    }
    let nothing = try DipKBProcess.run(["search", "--db", "kb.sqlite", "* -"], in: folder)
    #expect(nothing.status == 2)
    #expect(nothing.stderr == "dipkb: nothing to search for in \"* -\": give at least one word (letters or digits)\n")
    #expect(nothing.stdout.isEmpty)
}

@Test func searchNamesFindsPeoplePlacesAndTerritories() throws {
    let folder = try seedDatabase()
    let person = try DipKBProcess.run(["search", "--db", "kb.sqlite", "--names", "--format", "csv", "lavrov"], in: folder)
    #expect(person.stdout == "kind,id,name,matched,articles\r\nperson,1,Sergei Lavrov,,1\r\n")
    let territory = try DipKBProcess.run(["search", "--db", "kb.sqlite", "--names", "--format", "csv", "northern"], in: folder)
    #expect(territory.stdout.hasSuffix(",Kuril,Northern Territories,1\r\n"))
    let place = try DipKBProcess.run(["search", "--db", "kb.sqlite", "--names", "--format", "csv", "moscow"], in: folder)
    #expect(place.stdout.contains("place,,Moscow,,1\r\n"))
}
