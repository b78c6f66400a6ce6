import Foundation

/// How an input is read. Chosen by the file's extension, then confirmed (or corrected) by
/// looking at the first bytes, since crawlers save HTML as `.txt` and JSON Lines as `.json`.
enum InputFormat: Equatable, CustomStringConvertible {
    case plainText, html, jsonLines, json

    var description: String {
        switch self {
        case .plainText: "plain text"
        case .html: "HTML"
        case .jsonLines: "JSON Lines"
        case .json: "JSON"
        }
    }

    /// `path` nil for stdin, which is judged by content alone. `sample` is the start of the input
    /// with any byte-order mark removed.
    static func detect(path: String?, sample: [UInt8]) -> InputFormat {
        let ext = path.map { ($0 as NSString).pathExtension.lowercased() } ?? ""
        let first = TextBytes.firstNonSpace(sample)
        let opener = first.map { sample[$0] }
        switch ext {
        case "html", "htm", "xhtml", "shtml":
            return .html
        case "jsonl", "ndjson", "jsonlines":
            // A JSON array or pretty-printed objects under the wrong name still read.
            if opener == 0x5B { return .json }
            if opener == 0x7B, !firstLineIsJSONObject(sample, from: first!) { return .json }
            return .jsonLines
        case "json":
            return opener == 0x7B && firstLineIsJSONObject(sample, from: first!) && hasSecondLine(sample, from: first!)
                ? .jsonLines : .json
        default:
            guard let first else { return .plainText }
            if TextBytes.hasPrefix(sample, at: first, caseInsensitive: "<!doctype html")
                || TextBytes.hasPrefix(sample, at: first, caseInsensitive: "<html")
            {
                return .html
            }
            if opener == 0x7B, firstLineIsJSONObject(sample, from: first) { return .jsonLines }
            if opener == 0x5B, let next = TextBytes.firstNonSpace(sample, from: first + 1), sample[next] == 0x7B,
                next + 1 < sample.count, let key = TextBytes.firstNonSpace(sample, from: next + 1), sample[key] == 0x22
            {
                return .json
            }
            return .plainText
        }
    }

    /// Whether the first line is a complete JSON object. A first line longer than the sample
    /// is judged by its opening `{"`.
    static func firstLineIsJSONObject(_ sample: [UInt8], from start: Int) -> Bool {
        guard let newline = sample[start...].firstIndex(of: 0x0A) else {
            if sample.count >= TextBytes.sniffLength {
                return TextBytes.firstNonSpace(sample, from: start + 1).map { sample[$0] == 0x22 } ?? false
            }
            return isJSONObject(sample[start...])
        }
        return isJSONObject(sample[start..<newline])
    }

    private static func hasSecondLine(_ sample: [UInt8], from start: Int) -> Bool {
        guard let newline = sample[start...].firstIndex(of: 0x0A) else { return false }
        return TextBytes.firstNonSpace(sample, from: newline + 1) != nil
    }

    private static func isJSONObject(_ bytes: ArraySlice<UInt8>) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(bytes))) is [String: Any]
    }
}
