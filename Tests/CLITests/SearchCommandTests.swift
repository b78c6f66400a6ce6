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
    #expect(
        table.stdout == """
            #1  (no title)
                The islands are known as the «Kuril» to Russia and the Northern Territories to Japan, and…
                meeting: Taro Kono, Sergei Lavrov (held, Moscow)
                meeting: Shinzo Abe, Vladimir Putin (planned)
                claim: JPN claims Kuril
                claim: RUS holds Kuril
                people: Sergei Lavrov, Shinzo Abe, Taro Kono, Vladimir Putin

            """)
    // The words of a phrase are one match.
    let phrase = try DipKBProcess.run(["search", "--db", "kb.sqlite", "northern territories"], in: folder)
    #expect(phrase.stdout.contains("the «Northern Territories» to Japan"))

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

@Test func searchShowsArticleTextWithoutControlCharactersAndSaysWhenNothingMatches() throws {
    let folder = DipKBProcess.folder()
    let load = try DipKBProcess.run(
        ["load", "--db", "kb.sqlite", "-"], in: folder,
        stdin: #"{"title": "Bold \u001b[31mred\u001b[0m summit", "text": "The summit opened in Vienna."}"# + "\n")
    #expect(load.status == 0, "\(load.stderr)")
    let table = try DipKBProcess.run(["search", "--db", "kb.sqlite", "summit"], in: folder)
    #expect(table.stdout.hasPrefix("#1  Bold \u{FFFD}[31mred\u{FFFD}[0m summit\n"))
    #expect(!table.stdout.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
    let none = try DipKBProcess.run(["search", "--db", "kb.sqlite", "zzz"], in: folder)
    #expect(none.status == 0)
    #expect(none.stdout == "no article matches\n")
}
