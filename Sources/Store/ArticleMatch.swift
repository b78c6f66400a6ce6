/// One article a full-text search found: which article, where the words are, and the facts
/// dipkb drew from it.
public struct ArticleMatch: Equatable, Sendable {
    public var articleID: Int64
    public var title: String?
    /// The publication date, YYYY-MM-DD, when known.
    public var published: String?
    public var source: String?
    public var snippet: Snippet
    public var facts: ArticleFactsDigest

    public init(articleID: Int64, title: String?, published: String?, source: String?, snippet: Snippet, facts: ArticleFactsDigest) {
        self.articleID = articleID
        self.title = title
        self.published = published
        self.source = source
        self.snippet = snippet
        self.facts = facts
    }
}

/// A page of search results: the articles on it and how many match in all.
public struct ArticleSearchPage: Equatable, Sendable {
    public var matches: [ArticleMatch]
    public var total: Int

    public init(matches: [ArticleMatch], total: Int) {
        self.matches = matches
        self.total = total
    }
}
