import Foundation
import Testing

@testable import Intake

@Test func formatByExtensionConfirmedByContent() {
    func detect(_ path: String?, _ text: String) -> InputFormat {
        InputFormat.detect(path: path, sample: Array(text.utf8))
    }
    #expect(detect("a.txt", "Kono met Lavrov.") == .plainText)
    #expect(detect("noext", "Kono met Lavrov.") == .plainText)
    #expect(detect("a.html", "Kono met Lavrov.") == .html)
    #expect(detect("a.HTM", "<p>x</p>") == .html)
    #expect(detect("a.txt", "  <!DOCTYPE html><html>") == .html)
    #expect(detect("a.txt", "<HTML><body>") == .html)
    #expect(detect("a.txt", "<p>a paragraph in a text file</p>") == .plainText)
    #expect(detect("a.txt", "{\"text\": \"x\"}\n{\"text\": \"y\"}\n") == .jsonLines)
    #expect(detect("a.txt", "{braces in prose}\nmore") == .plainText)
    #expect(detect("a.txt", "[{\"text\": \"x\"}]") == .json)
    #expect(detect("a.txt", "[Reuters] Kono met Lavrov.") == .plainText)
    #expect(detect("a.jsonl", "{\"text\": \"x\"}") == .jsonLines)
    #expect(detect("a.ndjson", "[{\"text\": \"x\"}]") == .json)
    #expect(detect("a.jsonl", "{\n\"text\": \"x\"\n}") == .json)
    #expect(detect("a.json", "[{\"text\": \"x\"}]") == .json)
    #expect(detect("a.json", "{\"text\": \"x\"}") == .json)
    #expect(detect("a.json", "{\"text\": \"x\"}\n{\"text\": \"y\"}") == .jsonLines)
    #expect(detect(nil, "<!doctype html>") == .html)
    #expect(detect(nil, "{\"text\": \"x\"}\n") == .jsonLines)
    #expect(detect(nil, "Title: T\n\nBody") == .plainText)
}

@Test func sniffedFilesAreReadInTheirFormat() {
    let folder = TemporaryFolder()
    let html = folder.write("saved.txt", "<!DOCTYPE html><html><head><title>Saved</title></head><body><p>Page &amp; text.</p></body></html>")
    let jsonl = folder.write("export.txt", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n")
    let delivered = load([html, jsonl])
    #expect(delivered.articles.map(\.title) == ["Saved", nil, nil])
    #expect(delivered.articles.map(\.body) == ["Page & text.", "One.", "Two."])
}

@Test(arguments: [
    ("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n", ["One.", "Two."]),
    ("<!doctype html><title>T</title><p>From a page.</p>", ["From a page."]),
    ("[{\"text\": \"In an array.\"}]", ["In an array."]),
    ("Title: T\n\nPlain from stdin.", ["Plain from stdin."]),
])
func standardInputIsSniffed(input: String, bodies: [String]) throws {
    let pipe = Pipe()
    // Larger than a pipe's buffer would block; these are small, written before reading starts.
    pipe.fileHandleForWriting.write(Data(input.utf8))
    try pipe.fileHandleForWriting.close()
    var files = ArticleFiles(paths: ["-"])
    files.standardInput = pipe.fileHandleForReading
    var delivered = Delivered()
    files.forEach { delivered.items.append($0) }
    #expect(delivered.articles.map(\.body) == bodies)
    #expect(delivered.failures.isEmpty)
    let origins = delivered.items.compactMap { if case .article(_, let o) = $0 { o.path } else { nil } }
    #expect(origins.allSatisfy { $0 == "-" })
}
