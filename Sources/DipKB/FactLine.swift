import Extraction
import Foundation

/// One line of `dipkb extract --stream` read back for `dipkb load --facts`: the article with
/// its facts, or the one-line reason it cannot be loaded.
enum FactLine: Sendable {
    case facts(Article, ArticleFacts)
    case failed(String)

    init(decoding bytes: [UInt8]) {
        let line: StreamLine
        do {
            line = try JSONDecoder().decode(StreamLine.self, from: Data(bytes))
        } catch {
            self = .failed("not a fact line of `dipkb extract --stream` (\(Self.describe(error))), skipped")
            return
        }
        switch line {
        case .error(let number, let reason):
            self = .failed("line \(number) of the articles: \(reason)")
        case .article(_, let article, let document):
            do {
                self = .facts(try article.article(), try document.facts())
            } catch {
                self = .failed("\(error), skipped")
            }
        }
    }

    /// A decoding error in one line: what is wrong, and where in the record.
    static func describe(_ error: any Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?: return "key \"\(key.stringValue)\" missing\(path(context))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?: return "wrong type\(path(context))"
        case .dataCorrupted(let context)?:
            return context.codingPath.isEmpty ? "malformed JSON" : "invalid value\(path(context))"
        default: return "\(error)"
        }
    }
}
