/// A person, territory, meeting place or country whose name holds the text searched for.
public struct NameMatch: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case person, territory, place, country
    }

    public var kind: Kind
    /// The person's or territory's id, the country's code; nil for a place (its name is its key).
    public var id: String?
    /// The name it is known by (a person's fullest name, a territory's first name).
    public var name: String
    /// The name that matched, when another than `name` ("Northern Territories" for the Kurils).
    public var matched: String?
    /// How many articles report it.
    public var articles: Int

    public init(kind: Kind, id: String?, name: String, matched: String?, articles: Int) {
        self.kind = kind
        self.id = id
        self.name = name
        self.matched = matched
        self.articles = articles
    }
}
