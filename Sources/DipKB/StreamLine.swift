import Extraction
import Store

/// One line of `dipkb extract --stream`, the contract between the extraction stage (on any
/// number of machines) and the one writer (`dipkb load --facts`): an input line's article with
/// its facts, or the reason that line gave no article. Written as
/// `{"article": {...}, "facts": {...}, "line": N}` or `{"error": "...", "line": N}`.
public enum StreamLine: Equatable, Sendable {
    case article(line: Int, StreamArticle, FactsDocument)
    case error(line: Int, reason: String)

    public var line: Int {
        switch self {
        case .article(let line, _, _), .error(let line, _): line
        }
    }
}

/// The article as read, with the content hash that identifies it in the knowledge base
/// (`dipkb load` skips an article whose hash is stored).
public struct StreamArticle: Codable, Equatable, Sendable {
    public var text: String
    public var title: String?
    public var date: String?
    public var source: String?
    public var contentHash: String

    enum CodingKeys: String, CodingKey {
        case text, title, date, source
        case contentHash = "content_hash"
    }

    public init(_ article: Article) {
        text = article.body
        title = article.title
        date = article.date?.description
        source = article.source
        contentHash = ContentHash.of(body: article.body)
    }

    /// The article encoded; throws when the date is not a real day or the text does not have the hash.
    public func article() throws -> Article {
        guard ContentHash.of(body: text) == contentHash else { throw StreamLineError.hashMismatch }
        return Article(title: title, date: try FactsDocument.day(date), source: source, body: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(source, forKey: .source)
        try c.encode(contentHash, forKey: .contentHash)
    }
}

extension StreamLine: Codable {
    enum CodingKeys: String, CodingKey {
        case line, article, facts, error
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let line = try c.decode(Int.self, forKey: .line)
        if let reason = try c.decodeIfPresent(String.self, forKey: .error) {
            self = .error(line: line, reason: reason)
        } else {
            self = .article(line: line, try c.decode(StreamArticle.self, forKey: .article), try c.decode(FactsDocument.self, forKey: .facts))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(line, forKey: .line)
        switch self {
        case .article(_, let article, let facts):
            try c.encode(article, forKey: .article)
            try c.encode(facts, forKey: .facts)
        case .error(_, let reason):
            try c.encode(reason, forKey: .error)
        }
    }
}

public enum StreamLineError: Error, CustomStringConvertible {
    case hashMismatch

    public var description: String {
        switch self {
        case .hashMismatch: "content_hash does not match the text (edited after extraction?)"
        }
    }
}
