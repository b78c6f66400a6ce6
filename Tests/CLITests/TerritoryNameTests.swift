import Foundation
import Testing

/// Three articles on one territory no gazetteer lists, written for this test: the first and the
/// third name it by one name each; the second ties the two names and says which side uses one.
private let varnokArticles = [
    "1.txt": "Date: 2020-01-01\n\nChile and Argentina both claim the Varnok Islands, which Chile has administered since 1904.\n",
    "2.txt": "Date: 2020-03-01\n\nPatrols were seen near the disputed Islas Varnoca, claimed by Chile and Argentina.\n",
    "3.txt": "Date: 2020-02-01\n\nArgentina renewed its claims to the Varnok Islands, which Argentina calls the Islas Varnoca. Chile rejected the note.\n",
]

@Test func anUnlistedTerritoryUnderANewNameMergesWhenAnArticleTiesTheNames() throws {
    let folder = DipKBProcess.folder()
    let articles = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    for (name, text) in varnokArticles { try text.write(to: articles.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    // One file at a time, in name order: the two names are stored apart before the third ties them.
    for name in varnokArticles.keys.sorted() {
        let load = try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles/\(name)"], in: folder)
        #expect(load.status == 0, "\(load.stderr)")
        if name == "2.txt" {
            let apart = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "--format", "csv", "SELECT count(*) AS n FROM territories"], in: folder)
            #expect(apart.stdout == "n\r\n2\r\n")
        }
    }
    let one = try DipKBProcess.run(["query", "territory", "--db", "kb.sqlite", "--param", "name=varnoca", "--format", "csv"], in: folder)
    #expect(one.status == 0, "\(one.stderr)")
    #expect(
        one.stdout == """
            territory,names,claimants,holder,sources\r
            Varnok Islands,Islas Varnoca (Argentina); Varnok Islands,"ARG, CHL",CHL (stated 2020-01-01),"1, 2, 3"\r

            """)
    let all = try DipKBProcess.run(["query", "disputed-territories", "--db", "kb.sqlite", "--format", "csv"], in: folder)
    #expect(
        all.stdout == """
            territory,also_known_as,claimants,held_by,articles\r
            Varnok Islands,Islas Varnoca (Argentina); Varnok Islands,"ARG, CHL",CHL,3\r

            """)
}
