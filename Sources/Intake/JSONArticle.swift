import ArticleModel
import Foundation

/// One article record as news APIs and crawlers export them. Field names vary by source, so
/// each field has a few accepted spellings; unknown keys are ignored.
enum JSONArticle {
    static let textKeys = ["text", "body", "content", "article"]
    static let titleKeys = ["title", "headline"]
    static let dateKeys = ["date", "published", "publishedAt", "published_at", "pubDate", "datePublished"]
    static let sourceKeys = ["url", "source", "link"]

    /// Keys under which API responses wrap their list of articles (`{"status": "ok", "articles": [...]}`).
    static let listKeys = ["articles", "items", "results", "data", "documents", "posts"]

    enum Reading {
        case article(Article, dates: [String], warning: String?)
        /// A response object wrapping a list of records: the key and the records.
        case list(key: String, records: [Any], warning: String?)
        case failure(String)
    }

    /// Decodes one record's bytes. Invalid UTF-8 inside a record is repaired with a warning
    /// rather than losing the record.
    static func read(_ bytes: ArraySlice<UInt8>, maxTextBytes: Int) -> Reading {
        var warning: String?
        var object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            // Repaired as far as can be, each repair said: invalid UTF-8, then escapes of
            // half a character.
            var warnings: [String] = []
            var repaired = Array(bytes)
            let (decodable, utf8Warning) = TextBytes.repairedUTF8(repaired)
            if let utf8Warning {
                repaired = decodable
                warnings.append(utf8Warning)
            }
            if let (whole, first) = SurrogateEscapes.repaired(repaired) {
                repaired = whole
                warnings.append("lone surrogate escape (\(first)) replaced with a replacement character")
            }
            guard !warnings.isEmpty, let retried = try? JSONSerialization.jsonObject(with: Data(repaired)) else {
                return .failure("malformed JSON (\(describe(error, in: bytes))), skipped")
            }
            object = retried
            warning = warnings.joined(separator: "; ")
        }
        guard let record = object as? [String: Any] else {
            return .failure("record is not a JSON object, skipped")
        }
        if !textKeys.contains(where: { record[$0] != nil }),
            let key = listKeys.first(where: { record[$0] is [Any] }), let records = record[key] as? [Any]
        {
            return .list(key: key, records: records, warning: warning)
        }
        return article(from: record, maxTextBytes: maxTextBytes, warning: warning)
    }

    static func article(from record: [String: Any], maxTextBytes: Int, warning: String? = nil) -> Reading {
        // A \u0000 escape decodes to U+0000, which ends the text wherever it meets C: every
        // string of the record has it replaced, said once.
        var nulFields: [String] = []
        let record = record.reduce(into: [String: Any]()) { cleaned, entry in
            let (value, hadNUL) = withoutNUL(entry.value)
            if hadNUL { nulFields.append(entry.key) }
            cleaned[entry.key] = value
        }
        var warnings = [warning].compactMap { $0 }
        if !nulFields.isEmpty {
            warnings.append(
                "NUL character (\\u0000) in \(nulFields.sorted().map { "\"\($0)\"" }.joined(separator: ", ")) replaced with a replacement character")
        }
        let warning = warnings.isEmpty ? nil : warnings.joined(separator: "; ")
        var body: String?
        for key in textKeys {
            if let text = record[key] as? String, text.utf8.contains(where: { !TextBytes.isSpace($0) }) {
                body = text
                break
            }
            // Some exports give the text as a list of paragraphs.
            if let paragraphs = record[key] as? [Any] {
                let strings = paragraphs.compactMap { $0 as? String }.filter { !$0.isEmpty }
                if !strings.isEmpty {
                    body = strings.joined(separator: "\n\n")
                    break
                }
            }
        }
        guard let body else {
            return .failure("record has no text (expected a non-empty \"text\", \"body\", \"content\" or \"article\" field), skipped")
        }
        if body.utf8.count > maxTextBytes {
            return .failure("article of \(body.utf8.count) bytes exceeds the limit of \(maxTextBytes) bytes, refused")
        }
        let title = titleKeys.lazy.compactMap { record[$0] as? String }.first { !$0.isEmpty }
        let source = sourceKeys.lazy.compactMap { record[$0] as? String }.first { !$0.isEmpty }
        var dates: [String] = []
        for key in dateKeys {
            if let text = record[key] as? String, !text.isEmpty {
                dates.append(text)
            }
            // Bool bridges to NSNumber on some platforms; a flag is not a date.
            else if let number = record[key] as? NSNumber, !(record[key] is Bool),
                let day = ArticleDate.day(fromEpoch: number.doubleValue)
            {
                dates.append(day)
            }
        }
        return .article(Article(title: title, source: source, body: body), dates: dates, warning: warning)
    }

    /// `value` with U+0000 replaced by U+FFFD in it and in any string inside it, and whether any was.
    static func withoutNUL(_ value: Any) -> (Any, Bool) {
        if let text = value as? String {
            guard text.unicodeScalars.contains("\u{0}") else { return (text, false) }
            return (String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 })), true)
        }
        if let list = value as? [Any] {
            var any = false
            let cleaned = list.map { element -> Any in
                let (value, had) = withoutNUL(element)
                any = any || had
                return value
            }
            return (cleaned, any)
        }
        return (value, false)
    }

    private static func describe(_ error: Error, in bytes: ArraySlice<UInt8>) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String, !detail.isEmpty {
            return detail.count > 80 ? String(detail.prefix(80)) + "..." : detail
        }
        return "not valid JSON"
    }
}
