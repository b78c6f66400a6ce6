import ArticleModel
import Foundation
import PropertyBased
import Testing

@testable import Intake

/// Bytes of every kind, and bytes that are mostly text (so the text path, not the binary
/// check, is what gets exercised).
private let anyBytes = Gen.uint8(in: 0...255).array(of: 0...600)
private let textishBytes = Gen.uint8(in: 9...255).array(of: 0...600)

/// Pieces that steer random documents into the tokenizer's corners.
private let htmlPieces: [String] = [
    "<", ">", "</", "/>", "<!--", "-->", "<!", "<?", "&", "&amp;", "&#", "&#x", "1F4A9", ";", "&nbsp", "=", "\"", "'",
    " ", "\n", "\t", "text", "Kono met Lavrov.", "é", "\u{A0}", "<p>", "</p>", "<br>", "<div>", "</div>",
    "<article>", "</article>", "<main>", "</main>", "<body>", "</body>", "<head>", "</head>", "<title>", "</title>",
    "<script>", "</script>", "<style>", "</style>", "<nav>", "</nav>", "<svg/>", "<svg>", "</svg>", "<h1>", "</h1>",
    "<meta name=\"date\" content=\"", "<time datetime=", "2019-01-15", "\"datePublished\":", "<li>", "<td>", "<plaintext>",
]
private let htmlDocuments = Gen.element(of: htmlPieces).array(of: 0...80).map { $0.compactMap { $0 }.joined() }

private func fixtureFolder() -> String {
    let path = NSTemporaryDirectory() + "dipkb-intake-prop-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// One plain file gives exactly one outcome, an article or a failure (warnings aside), and
/// never a crash, whatever its bytes.
private func checkPlainFile(_ bytes: [UInt8], in folder: String) {
    let path = folder + "/input.txt"
    precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    let delivered = load(path)
    let sample = TextBytes.hasUTF8BOM(bytes) ? Array(bytes.dropFirst(3)) : bytes
    let format = InputFormat.detect(path: path, sample: sample)
    if format == .plainText || format == .html || bytes.isEmpty {
        #expect(delivered.outcomes == 1, "bytes \(bytes)")
    } else {
        #expect(delivered.outcomes >= 1, "bytes \(bytes)")
    }
    for article in delivered.articles {
        #expect(!article.body.isEmpty)
        if let date = article.date { #expect(ArticleDate.plausibleYears.contains(date.year)) }
    }
}

@Test func anyBytesInAPlainFileGiveOneOutcome() async {
    let folder = fixtureFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    await propertyCheck(count: 300, input: anyBytes) { checkPlainFile($0, in: folder) }
    await propertyCheck(count: 300, input: textishBytes) { checkPlainFile($0, in: folder) }
}

@Test func anyTextWithAHeaderGivesOneOutcome() async {
    let folder = fixtureFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let pieces = ["Title: ", "Date: ", "Source: ", "2019-01-15", "0001-01-01", "x", "\n", "\r\n", ":", " ", "é"]
    let documents = Gen.element(of: pieces).array(of: 0...40).map { $0.compactMap { $0 }.joined() }
    await propertyCheck(count: 300, input: documents) { checkPlainFile(Array($0.utf8), in: folder) }
}

@Test func htmlReaderTerminatesOnAnyInput() async {
    await propertyCheck(count: 500, input: htmlDocuments) { html in
        let article = HTMLArticle.parse(html)
        // The body is trimmed, with at most one blank line between paragraphs.
        #expect(article.body == article.body.trimmingCharacters(in: .whitespacesAndNewlines) || html.contains("<plaintext>"))
        if !html.contains("<pre") && !html.contains("<plaintext>") {
            #expect(!article.body.contains("\n\n\n"), "\(html)")
        }
        if let date = article.date { #expect(ArticleDate.plausibleYears.contains(date.year)) }
    }
    await propertyCheck(count: 300, input: anyBytes) { bytes in
        let repaired = TextBytes.repairedUTF8(bytes).bytes
        _ = HTMLArticle.read(repaired)
    }
}

@Test func htmlTokensCoverTheInputInOrder() async {
    await propertyCheck(count: 500, input: htmlDocuments) { html in
        let bytes = Array(html.utf8)
        let tokens = bytes.withUnsafeBufferPointer { HTMLTokenizer.tokens($0) }
        var last = 0
        for token in tokens {
            #expect(token.start <= token.end && token.end <= bytes.count)
            if token.kind == .text || token.kind == .rawText || token.kind == .comment {
                #expect(token.start >= last, "\(html)")
                last = token.end
            }
        }
    }
}

@Test func jsonReadersNeverCrash() async {
    let pieces = ["{", "}", "[", "]", ",", ":", "\"", "\\", "\"text\"", "\"date\"", "\"x\"", "1", "null", "\n", " ", "é", "\u{0}"]
    let documents = Gen.element(of: pieces).array(of: 0...60).map { $0.compactMap { $0 }.joined() }
    await propertyCheck(count: 400, input: documents) { text in
        for chunk in [3, 1 << 16] {
            var count = 0
            JSONLinesReader(input: ChunkedInput(bytes: Array(text.utf8), chunkSize: chunk), path: "p", options: IntakeOptions())
                .forEach { _ in count += 1 }
            JSONArrayReader(input: ChunkedInput(bytes: Array(text.utf8), chunkSize: chunk), path: "p", options: IntakeOptions())
                .forEach { _ in count += 1 }
            #expect(count >= 0)
        }
    }
}
