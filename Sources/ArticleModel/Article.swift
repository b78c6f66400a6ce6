/// One news article as dipkb reads it: optional metadata and the body text that facts come from.
public struct Article: Sendable, Hashable {
    public var title: String?
    /// The publication date, against which "on Monday" and "Jan. 22" are resolved.
    public var date: Day?
    public var source: String?
    public var body: String

    public init(title: String? = nil, date: Day? = nil, source: String? = nil, body: String) {
        self.title = title
        self.date = date
        self.source = source
        self.body = body
    }
}
