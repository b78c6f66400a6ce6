/// One disputed territory: every name with the side using it, the claimants, the holder as
/// stated over time, and every claim with its sentence and every article naming it (both a
/// page at a time).
struct TerritoryPage: Encodable, Sendable {
    struct Name: Encodable, Sendable {
        var name: String
        var usedBy: String?
        var usedByName: String?
    }

    struct Country: Encodable, Sendable {
        var code: String
        var name: String?
    }

    /// A state said to hold the territory, and when it was said (article dates).
    struct Holding: Encodable, Sendable {
        var country: Country
        var first: String?
        var last: String?
        var articles: Int64
    }

    struct Claim: Encodable, Sendable {
        var country: Country
        /// "claims" or "holds".
        var kind: String
        var source: SourceReport
    }

    var id: Int64
    var name: String
    var names: [Name]
    var claimants: [Country]
    /// The latest stated holder (as `dipkb query territory` gives it).
    var holder: Country?
    /// Every state said to hold it, the latest said first.
    var holders: [Holding]
    var claims: [Claim]
    var claimsPagination: Pagination
    var articles: [ArticleReference]
    var articlesPagination: Pagination

    /// `link(list, page)` makes the URL of another page of the claims or articles list.
    init?(id: Int64, claimsPage: Int, articlesPage: Int, link: (String, Int) -> String, database: PageDatabase) throws {
        guard let row = try database.rows("territory", ["id": id]).first else { return nil }
        self.id = id
        name = row.text("name") ?? ""
        names = try database.rows("territory-names", ["id": id]).map {
            Name(name: $0.text("name") ?? "", usedBy: $0.text("used_by"), usedByName: $0.text("used_by_name"))
        }
        claimants = try database.rows("territory-claimants", ["id": id]).map { Country(code: $0.text("code") ?? "", name: $0.text("name")) }
        holders = try database.rows("territory-holders", ["id": id]).map {
            Holding(
                country: Country(code: $0.text("code") ?? "", name: $0.text("name")), first: $0.text("first"),
                last: $0.text("last"), articles: $0.int("articles") ?? 0)
        }
        holder = holders.first?.country
        claimsPagination = Pagination(
            page: claimsPage, total: try database.count("count-territory-claims", ["id": id]),
            link: { link("claims", $0) })
        let nameWords = names.map(\.name)
        claims = try database.rows(
            "territory-claims",
            [
                "id": id, "limit": claimsPagination.pageSize,
                "offset": claimsPagination.offset,
            ]
        ).map { row in
            let country = Country(code: row.text("country") ?? "", name: row.text("country_name"))
            let evidence = Evidence(countries: [country.code], words: nameWords)
            let kind = row.text("kind") ?? "claims"
            return Claim(
                country: country, kind: kind,
                source: SourceReport(
                    article: ArticleReference(row), says: kind,
                    evidence: try evidence.sentence(of: row, in: database)))
        }
        articlesPagination = Pagination(
            page: articlesPage, total: try database.count("count-territory-articles", ["id": id]),
            link: { link("articles", $0) })
        articles = try database.rows(
            "territory-articles",
            [
                "id": id, "limit": articlesPagination.pageSize,
                "offset": articlesPagination.offset,
            ]
        ).map { ArticleReference($0, id: "id") }
    }
}
