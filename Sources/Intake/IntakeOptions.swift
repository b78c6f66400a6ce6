import ArticleModel

public struct IntakeOptions: Sendable {
    /// Publication date for articles that carry none (`--date`).
    public var defaultDate: Day?
    /// Articles larger than this are refused, so one runaway file cannot exhaust memory.
    public var maxArticleBytes: Int

    public init(defaultDate: Day? = nil, maxArticleBytes: Int = 8 << 20) {
        self.defaultDate = defaultDate
        self.maxArticleBytes = maxArticleBytes
    }
}
