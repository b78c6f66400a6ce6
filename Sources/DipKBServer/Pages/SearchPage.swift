import Store

/// What the search box finds: articles holding the words (the full-text index of `dipkb
/// search`), and people, territories, countries and meeting places whose name holds the text.
struct SearchPage: Encodable, Sendable {
    /// Matches shown of each kind; a longer text narrows them.
    static let matchesPerKind = 50

    struct Match: Encodable, Sendable {
        var id: String
        var label: String
        var detail: String?
        /// The page of a place (other matches link by id).
        var link: String?
    }

    /// An article whose title, body or evidence sentences hold the words, from the full-text
    /// index `dipkb search` reads; the snippet in runs, the words found marked, each escaped by
    /// the template.
    struct ArticleHit: Encodable, Sendable {
        var title: String
        var published: String?
        var link: String?
        var snippet: [HighlightedText.Run]
    }

    /// Articles shown; `total` says how many hold the words.
    static let articlesShown = 20

    var text: String
    var articles: [ArticleHit] = []
    var articlesTotal = 0
    var people: [Match] = []
    var territories: [Match] = []
    var countries: [Match] = []
    var places: [Match] = []
    var nothingFound: Bool

    init(text: String, database: PageDatabase) throws {
        self.text = text
        for row in try database.rows("search", ["text": text, "limit": Self.matchesPerKind]) {
            let label = row.text("label") ?? ""
            var match = Match(id: row.text("id") ?? "", label: label, detail: row.text("detail"))
            switch row.text("kind") {
            case "person": people.append(match)
            case "territory": territories.append(match)
            case "country": countries.append(match)
            default:
                match.link = Links.place(label)
                places.append(match)
            }
        }
        // A database written before the full-text index (opened read-only, not migrated) has no
        // articles to offer here; names are still found.
        if let search = SearchText(text), let page = try? database.store.searchArticles(search, limit: Self.articlesShown) {
            articlesTotal = page.total
            articles = page.matches.map { match in
                ArticleHit(
                    title: match.title ?? "(no title)", published: match.published, link: match.source.flatMap(SafeLink.url),
                    snippet: match.snippet.pieces.map { HighlightedText.Run(text: $0.text, marked: $0.isMatch) })
            }
        }
        nothingFound = people.isEmpty && territories.isEmpty && countries.isEmpty && places.isEmpty && articles.isEmpty
    }
}
