/// Which rows of a named query's result to give: skip `offset`, then at most `limit` (every
/// row left when nil). A query that declares the optional parameters `limit` and `offset`
/// gets them bound and applies them itself, where it can do so before the costly part of its
/// work (the busiest person's meetings are ordered first, and only the page is then looked up
/// in full); any other query is paged as its rows come, with the same result.
public struct QueryPage: Equatable, Sendable {
    public var limit: Int?
    public var offset: Int

    public init(limit: Int? = nil, offset: Int = 0) {
        precondition(limit.map { $0 >= 0 } ?? true && offset >= 0, "a page has no negative size or start")
        self.limit = limit
        self.offset = offset
    }

    /// Every row.
    public static let all = QueryPage()

    public var isAll: Bool { limit == nil && offset == 0 }

    /// The parameter names a query declares to be paged by the database itself.
    static let limitParameter = "limit"
    static let offsetParameter = "offset"
}
