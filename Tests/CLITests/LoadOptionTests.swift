import Foundation
import Testing

@Test func dateOptionDatesOnlyTheArticlesWithoutOne() throws {
    let folder = DipKBProcess.folder()
    let input = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try "Title: Dated\nDate: 2019-01-16\n\nKono met Lavrov in Moscow.\n".write(to: input.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "Kono called Lavrov on Friday.\n".write(to: input.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    try "<html><head><title>Page</title></head><body><article><p>Abe will meet Putin in Osaka.</p></article></body></html>\n"
        .write(to: input.appendingPathComponent("c.html"), atomically: true, encoding: .utf8)
    try """
    {"title": "Record dated", "publishedAt": "2018-05-01T10:00:00Z", "text": "Lavrov spoke in Tokyo."}
    {"title": "Record undated", "text": "Kono spoke in Moscow."}

    """.write(to: input.appendingPathComponent("d.jsonl"), atomically: true, encoding: .utf8)
    let result = try DipKBProcess.run(["load", "--db", "kb.sqlite", "--date", "2020-02-02", "in"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("5 new, 0 skipped, 0 failed, "))
    let dates = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "--format", "csv", "SELECT title, published FROM articles ORDER BY id"], in: folder)
    #expect(dates.stdout == "title,published\r\nDated,2019-01-16\r\n,2020-02-02\r\nPage,2020-02-02\r\nRecord dated,2018-05-01\r\nRecord undated,2020-02-02\r\n")
}

@Test func exitStatusIsZeroOneOrTwo() throws {
    let folder = DipKBProcess.folder()
    try "Kono met Lavrov.\n".write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    try Data([0x53, 0x51, 0x00, 0x01, 0x02, 0x00]).write(to: folder.appendingPathComponent("binary.txt"))

    let ok = try DipKBProcess.run(["load", "--db", "kb.sqlite", "good.txt"], in: folder)
    #expect(ok.status == 0)
    #expect(ok.stderr == "")

    let failed = try DipKBProcess.run(["load", "--db", "kb.sqlite", "good.txt", "binary.txt"], in: folder)
    #expect(failed.status == 1)
    #expect(failed.stdout == "0 new, 1 skipped, 1 failed, 0 facts added\n")
    #expect(failed.stderr == "dipkb: binary.txt: binary file (contains NUL bytes), refused\n")

    for usage in [
        ["load"], ["load", "--bogus", "good.txt"], ["load", "--date", "16/01/2019", "good.txt"], ["load", "--db", "", "good.txt"],
        ["frobnicate"], ["query"], ["sql", "--db", "kb.sqlite"],
    ] {
        let wrong = try DipKBProcess.run(usage, in: folder)
        #expect(wrong.status == 2, "\(usage)")
        #expect(wrong.stderr.hasPrefix("dipkb: "), "\(usage): \(wrong.stderr)")
        #expect(wrong.stderr.split(separator: "\n").count == 1, "\(usage): \(wrong.stderr)")
    }
}

@Test func inputWarningIsOneLineNamingTheFileAndTheArticleLoads() throws {
    let folder = DipKBProcess.folder()
    var bytes = Array("Title: Latin-1\n\nKono met Lavrov in Moscow. Caf".utf8)
    bytes += [0xE9] + Array(" talks.\n".utf8)
    try Data(bytes).write(to: folder.appendingPathComponent("latin1.txt"))
    let result = try DipKBProcess.run(["load", "--db", "kb.sqlite", "latin1.txt"], in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("1 new, 0 skipped, 0 failed, "))
    #expect(result.stderr == "dipkb: latin1.txt: warning: invalid UTF-8 at byte \(bytes.firstIndex(of: 0xE9)!), decoded with replacement characters\n")
}
