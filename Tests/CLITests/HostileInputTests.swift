import Foundation
import SQLite
import Store
import Testing

/// The second round of hostile input (issue 14): what a careless or malicious user can hand
/// dipkb, each case with the behaviour the README promises.

private func loadedDatabase() throws -> URL {
    let folder = DipKBProcess.folder()
    try writeArticles(in: folder)
    let result = try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    return folder
}

private func fileBytes(_ folder: URL, _ name: String) throws -> Data {
    try Data(contentsOf: folder.appendingPathComponent(name))
}

// MARK: Query files

@Test func queryFileBlockThatWritesIsRefusedWhenLoadedAndChangesNothing() throws {
    let folder = try loadedDatabase()
    let count = ["sql", "--db", "kb.sqlite", "--format", "csv", "SELECT count(*) AS n FROM articles"]
    #expect(try DipKBProcess.run(count, in: folder).stdout == "n\r\n2\r\n")
    let blocks: [(sql: String, reason: String)] = [
        ("DELETE FROM articles", "would change the database"),
        ("INSERT INTO countries (code, name) VALUES ('XXX', 'Nowhere')", "would change the database"),
        ("PRAGMA journal_mode = DELETE", "would change the database"),
        ("PRAGMA user_version = 9", "would change the database"),
        ("ATTACH 'other.sqlite' AS other", "would change the database"),
        ("SELECT 1;\nDELETE FROM articles", "holds more than one SQL statement"),
    ]
    for block in blocks {
        try "-- name: fine\nSELECT 1 AS one\n\n-- name: harm\n-- description: Looks harmless.\n\(block.sql)\n"
            .write(to: folder.appendingPathComponent("harm.sql"), atomically: true, encoding: .utf8)
        let before = try fileBytes(folder, "kb.sqlite")
        for command in [["query", "harm", "--db", "kb.sqlite", "--queries", "harm.sql"], ["query", "fine", "--db", "kb.sqlite", "--queries", "harm.sql"],
                        ["queries", "--queries", "harm.sql"]] {
            let result = try DipKBProcess.run(command, in: folder)
            #expect(result.status == 1, "\(block.sql)")
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("dipkb: harm.sql:4: query harm \(block.reason)"), "\(block.sql): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try fileBytes(folder, "kb.sqlite") == before, "\(block.sql)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("other.sqlite").path))
    }
    #expect(try DipKBProcess.run(count, in: folder).stdout == "n\r\n2\r\n")
    let version = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "--format", "csv", "PRAGMA user_version"], in: folder)
    #expect(version.stdout == "user_version\r\n\(Store.schemaVersion)\r\n")
}
