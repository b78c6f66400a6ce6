import ArticleModel
import Foundation
import Testing

@testable import Intake

@Test func jsonLinesFieldsAndAliases() {
    let folder = TemporaryFolder()
    let file = folder.write(
        "feed.jsonl",
        """
        {"title": "One", "date": "2019-01-15", "url": "https://e.org/1", "text": "Kono met Lavrov.", "lang": "en"}
        {"title": "Two", "publishedAt": "2019-01-16T10:00:00Z", "source": "https://e.org/2", "body": "Abe met Putin."}
        {"headline": "Three", "pubDate": "Thu, 17 Jan 2019 10:00:00 GMT", "link": "https://e.org/3", "content": "Talks."}
        {"published_at": "2019-01-18", "article": "Fourth.", "source": {"id": "x", "name": "not a string"}}
        {"published": 1547856000, "text": ["Para one.", "Para two."]}

        """)
    let delivered = load(file)
    #expect(delivered.failures.isEmpty)
    #expect(delivered.warnings.isEmpty)
    let articles = delivered.articles
    #expect(articles.map(\.title) == ["One", "Two", "Three", nil, nil])
    #expect(articles.map { $0.date?.description } == ["2019-01-15", "2019-01-16", "2019-01-17", "2019-01-18", "2019-01-19"])
    #expect(articles.map(\.source) == ["https://e.org/1", "https://e.org/2", "https://e.org/3", nil, nil])
    #expect(articles.map(\.body) == ["Kono met Lavrov.", "Abe met Putin.", "Talks.", "Fourth.", "Para one.\n\nPara two."])
    let lines = delivered.items.compactMap { if case .article(_, let o) = $0 { o.line } else { nil } }
    #expect(lines == [1, 2, 3, 4, 5])
}

@Test func jsonLinesBadLinesAreReportedAndTheRestLoads() {
    let folder = TemporaryFolder()
    let file = folder.write(
        "feed.ndjson",
        """
        {"text": "Good one."}
        {"text": "Broken,
        ["not", "an", "object"]
        {"title": "No text here"}
        {"text": "   "}
        {"text": "Good two.", "date": "1066-10-14"}
        {"text": "Good three.", "date": "2019-02-30"}
        {"text": "Good four."}
        """)
    let delivered = load(file, options: IntakeOptions(defaultDate: Day(year: 2019, month: 3, day: 1)))
    #expect(delivered.articles.map(\.body) == ["Good one.", "Good two.", "Good three.", "Good four."])
    #expect(delivered.articles.map { $0.date?.description } == ["2019-03-01", "2019-03-01", "2019-03-01", "2019-03-01"])
    #expect(delivered.failures.count == 4)
    #expect(delivered.failures[0].hasPrefix("\(file):2: malformed JSON"))
    #expect(delivered.failures[1] == "\(file):3: record is not a JSON object, skipped")
    #expect(delivered.failures[2].hasPrefix("\(file):4: record has no text"))
    #expect(delivered.failures[3].hasPrefix("\(file):5: record has no text"))
    #expect(delivered.warnings.count == 2)
    #expect(delivered.warnings[0].hasPrefix("\(file):6: date \"1066-10-14\" has an implausible year 1066"))
    #expect(delivered.warnings[0].hasSuffix("ignored; using the default date 2019-03-01"))
    #expect(delivered.warnings[1] == "\(file):7: date \"2019-02-30\" is not a real day, ignored; using the default date 2019-03-01")
}

@Test func jsonLinesOverLongLineIsRefusedAndReadingGoesOn() {
    let folder = TemporaryFolder()
    let long = String(repeating: "x", count: 5000)
    let file = folder.write("big.jsonl", "{\"text\": \"short\"}\n{\"text\": \"\(long)\"}\n{\"text\": \"after\"}\n")
    for chunk in [64, 1000, 1 << 16] {
        let delivered = load(file, options: IntakeOptions(maxArticleBytes: 1000), chunkSize: chunk)
        #expect(delivered.articles.map(\.body) == ["short", "after"], "chunk \(chunk)")
        #expect(delivered.failures == ["\(file):2: line longer than the article limit of 1000 bytes, refused"], "chunk \(chunk)")
    }
}

/// Many records through a tiny chunk: each is delivered long before the file is read to its
/// end, and the reader never holds more than a chunk and one line.
@Test func jsonLinesStreamsInBoundedMemory() throws {
    let folder = TemporaryFolder()
    var text = ""
    for n in 0..<5000 { text += "{\"title\": \"Record \(n)\", \"text\": \"Body number \(n) of the stream.\"}\n" }
    let file = folder.write("stream.jsonl", text)
    let size = text.utf8.count
    let longestLine = text.split(separator: "\n").map(\.utf8.count).max()!

    guard case .opened(let input) = ChunkedInput.open(path: file, chunkSize: 256) else {
        Issue.record("cannot open fixture")
        return
    }
    let reader = JSONLinesReader(input: input, path: file, options: IntakeOptions())
    var count = 0
    var readWhenFirstDelivered = -1
    reader.forEach { item in
        guard case .article(let article, _) = item else {
            Issue.record("unexpected \(item)")
            return
        }
        if count == 0 { readWhenFirstDelivered = input.bytesRead }
        #expect(article.title == "Record \(count)")
        count += 1
    }
    #expect(count == 5000)
    #expect(readWhenFirstDelivered <= 256)
    #expect(input.bytesRead == size)
    #expect(reader.peakBufferedBytes <= 256 + longestLine)
}

@Test func jsonArrayStreamsRecordsWithLineNumbers() {
    let folder = TemporaryFolder()
    let file = folder.write(
        "export.json",
        """
        [
          {"title": "A", "date": "2019-01-15", "text": "First {with braces} and \\"quotes\\" and ]brackets[."},
          {
            "title": "B",
            "nested": {"deep": [1, 2, {"x": "}"}]},
            "content": "Second."
          },
          {"title": "C"},
          {"text": 12},
          {"text": "Third.", "date": "Jan 20, 2019"}
        ]
        """)
    for chunk in [7, 64, 1 << 16] {
        let delivered = load(file, chunkSize: chunk)
        #expect(delivered.articles.map(\.body) == ["First {with braces} and \"quotes\" and ]brackets[.", "Second.", "Third."], "chunk \(chunk)")
        #expect(delivered.articles.map { $0.date?.description } == ["2019-01-15", nil, "2019-01-20"])
        let lines = delivered.items.compactMap { if case .article(_, let o) = $0 { o.line } else { nil } }
        #expect(lines == [2, 3, 10])
        #expect(delivered.failures.count == 2)
        #expect(delivered.failures.first?.hasPrefix("\(file):8: record has no text") == true)
        #expect(delivered.failures.last?.hasPrefix("\(file):9: record has no text") == true)
    }
}

@Test func jsonArrayScannerBoundsItsBuffer() {
    var text = "["
    for n in 0..<2000 { text += (n == 0 ? "" : ",") + "\n{\"title\": \"R\(n)\", \"text\": \"Body \(n).\"}" }
    text += "\n]\n"
    let folder = TemporaryFolder()
    let file = folder.write("many.json", text)
    guard case .opened(let fileInput) = ChunkedInput.open(path: file, chunkSize: 100) else {
        Issue.record("cannot open fixture")
        return
    }
    let reader = JSONArrayReader(input: fileInput, path: file, options: IntakeOptions())
    var count = 0
    var readWhenFirstDelivered = -1
    reader.forEach { item in
        guard case .article = item else {
            Issue.record("unexpected \(item)")
            return
        }
        if count == 0 { readWhenFirstDelivered = fileInput.bytesRead }
        count += 1
    }
    #expect(count == 2000)
    #expect(readWhenFirstDelivered <= 100)
    #expect(reader.peakBufferedBytes <= 100 + 60)
}

@Test func jsonSingleObjectAndObjectSequence() {
    let folder = TemporaryFolder()
    let single = folder.write("one.json", "{\n  \"title\": \"Only\",\n  \"text\": \"Single article.\"\n}\n")
    #expect(load(single).articles.map(\.title) == ["Only"])
    // Pretty-printed objects one after another, named .jsonl.
    let pretty = folder.write("pretty.jsonl", "{\n \"text\": \"One.\"\n}\n{\n \"text\": \"Two.\"\n}\n")
    let delivered = load(pretty)
    #expect(delivered.articles.map(\.body) == ["One.", "Two."])
    #expect(delivered.failures.isEmpty)
}

@Test func jsonStructuralErrors() {
    let folder = TemporaryFolder()
    let truncated = folder.write("cut.json", "[\n{\"text\": \"Whole.\"},\n{\"text\": \"Cut off")
    let cut = load(truncated)
    #expect(cut.articles.map(\.body) == ["Whole."])
    #expect(cut.failures == ["\(truncated):3: file ends inside this record (truncated?), record skipped"])

    let unclosed = folder.write("open.json", "[{\"text\": \"Whole.\"}\n")
    #expect(load(unclosed).failures == ["\(unclosed):2: file ends before the array is closed (truncated?)"])

    let notJSON = folder.write("words.json", "hello world")
    #expect(load(notJSON).failures == ["\(notJSON):1: not a JSON array or object of articles (starts with 'h')"])

    let scalars = folder.write("scalars.json", "[{\"text\": \"ok\"}, 42]")
    let mixed = load(scalars)
    #expect(mixed.articles.count == 1)
    #expect(mixed.failures == ["\(scalars):1: expected an article object but found '4'; rest of the file skipped"])

    let malformed = folder.write("bad.json", "[{\"text\": \"ok\"}, {\"text\": nope}, {\"text\": \"still\"}]")
    let bad = load(malformed)
    #expect(bad.articles.map(\.body) == ["ok", "still"])
    #expect(bad.failures.count == 1)
    #expect(bad.failures.first?.hasPrefix("\(malformed):1: malformed JSON") == true)
}

@Test func jsonRecordOverTheLimitIsRefused() {
    let folder = TemporaryFolder()
    let big = String(repeating: "y", count: 3000)
    let file = folder.write("big.json", "[{\"text\": \"small\"}, {\"text\": \"\(big)\"}, {\"text\": \"next\"}]")
    for chunk in [50, 1 << 16] {
        let delivered = load(file, options: IntakeOptions(maxArticleBytes: 1000), chunkSize: chunk)
        #expect(delivered.articles.map(\.body) == ["small", "next"])
        #expect(delivered.failures == ["\(file):1: record longer than the article limit of 1000 bytes, refused"])
    }
}

@Test func apiResponseWrappingAListOfArticles() {
    let folder = TemporaryFolder()
    let file = folder.write(
        "newsapi.json",
        """
        {"status": "ok", "totalResults": 3, "articles": [
          {"source": {"id": null, "name": "Wire"}, "title": "One", "url": "https://e.org/1", "publishedAt": "2019-01-15T10:00:00Z", "content": "First."},
          {"title": "Empty"},
          {"title": "Two", "description": "x", "content": "Second."}
        ]}
        """)
    let delivered = load(file)
    #expect(delivered.articles.map(\.body) == ["First.", "Second."])
    #expect(delivered.articles.first?.source == "https://e.org/1")
    #expect(delivered.articles.first?.date?.description == "2019-01-15")
    #expect(delivered.failures.count == 1)
    #expect(delivered.failures.first?.hasPrefix("\(file):1: articles[1]: record has no text") == true)
}
