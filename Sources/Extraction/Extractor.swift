/// Turns an article into facts. Pure Swift: no I/O, no SQLite.
/// (Interim: the pipeline stages are being written; this returns no facts yet.)
public struct Extractor: Sendable {
    public init() {}

    public func extract(_ article: Article) -> ArticleFacts {
        ArticleFacts()
    }
}
