import Foundation
import Testing

private let scorePy = repositoryRoot().deletingLastPathComponent().appendingPathComponent("shared/eval/score.py").path

@Test func evalOnTheRepositorysSetPrintsScorePysFigures() throws {
    let folder = DipKBProcess.folder()
    let eval = repositoryRoot().appendingPathComponent("eval").path
    let table = try DipKBProcess.run(["eval", eval], in: folder)
    #expect(table.status == 0, "\(table.stderr)")
    let lines = table.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "                      P      R     F1   (tp/sys/gold)")
    #expect(
        lines.map { String($0.prefix(16)) }.dropFirst().prefix(12).map { $0.trimmingCharacters(in: .whitespaces) }
            == [
                "people", "countries", "meetings", "events", "territories", "claims",
                "people_country", "meeting_status", "meeting_date", "event_status", "event_date", "event_place",
            ])
    #expect(lines.last?.hasPrefix("score: 0.") == true || lines.last == "score: 1.000")

    let json = try DipKBProcess.run(["eval", "--format", "json", eval], in: folder)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect((document["articles"] as? Int ?? 0) >= 10)
    #expect((document["figures"] as? [String: Any])?.count == 12)
    let missing = try DipKBProcess.run(["eval", "no-such-folder"], in: folder)
    #expect(missing.status == 1)
    #expect(missing.stderr == "dipkb: no-such-folder: not a folder of articles with gold files\n")
}

/// The figures agree with score.py's own, run with `dipkb extract` on the same articles (the
/// repository's set; score.py lives beside the repository, where it exists).
@Test(.enabled(if: FileManager.default.fileExists(atPath: scorePy)))
func evalAgreesWithScorePy() throws {
    let folder = DipKBProcess.folder()
    let eval = repositoryRoot().appendingPathComponent("eval").path
    let ours = try DipKBProcess.run(["eval", "--verbose", eval], in: folder)
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3", scorePy, "--verbose", "--cmd", "\(DipKBProcess.executable.path) extract --format json {file}", eval]
    let pipe = Pipe()
    python.standardOutput = pipe
    try python.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    python.waitUntilExit()
    #expect(python.terminationStatus == 0)
    // All but the time the extractor took.
    let figures = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("articles: ") } }
    #expect(figures(ours.stdout) == figures(output))
}
