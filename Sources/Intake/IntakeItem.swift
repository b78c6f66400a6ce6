import ArticleModel

/// What reading the user's input yields, one item at a time: an article, or a problem
/// that stops one file or record but never the batch.
public enum IntakeItem: Sendable {
    case article(Article, Origin)
    /// The input could not be read as an article; the reason is one line for the user.
    case failure(Origin, reason: String)
    /// The article was read, but something about it deserves a word (invalid UTF-8 replaced, ...).
    case warning(Origin, message: String)
}
