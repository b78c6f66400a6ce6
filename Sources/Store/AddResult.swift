/// What `Store.add` did with one article.
public enum AddResult: Equatable, Sendable {
    /// Stored, with this many facts (people, countries, meetings and territories).
    case added(articleID: Int64, facts: Int)
    /// Already stored: an article with the same normalized content hash exists.
    case skipped(existingArticleID: Int64)

    public var factsAdded: Int {
        if case .added(_, let facts) = self { return facts }
        return 0
    }
}
