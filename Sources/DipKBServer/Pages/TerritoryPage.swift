/// One disputed territory: every name with the side using it, the claimants, the holder as
/// stated over time, and every source with its sentence.
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

    struct Claim: Encodable, Sendable {
        var country: Country
        /// "claims" or "holds".
        var kind: String
        var isHolding: Bool
        var source: SourceReport
    }

    var id: Int64
    var name: String
    var names: [Name]
    var claimants: [Country]
    /// Every statement of who holds the territory, in article date order.
    var holders: [Claim]
    /// The latest stated holder (as `dipkb query territory` gives it).
    var holder: Country?
    var claims: [Claim]
    var articles: [ArticleReference]

    init?(id: Int64, database: PageDatabase) throws {
        guard let row = try database.rows("territory", ["id": id]).first else { return nil }
        self.id = id
        name = row.text("name") ?? ""
        names = try database.rows("territory-names", ["id": id]).map {
            Name(name: $0.text("name") ?? "", usedBy: $0.text("used_by"), usedByName: $0.text("used_by_name"))
        }
        claims = try database.rows("territory-claims", ["id": id]).map { row in
            let country = Country(code: row.text("country") ?? "", name: row.text("country_name"))
            let evidence = Evidence(countries: [country.code], territories: [id])
            let kind = row.text("kind") ?? "claims"
            return Claim(country: country, kind: kind, isHolding: kind == "holds",
                         source: SourceReport(article: ArticleReference(row), says: kind,
                                              evidence: try evidence.sentence(of: row, in: database)))
        }
        var seen: Set<String> = []
        // As disputed-territories counts them: every state that claims or holds it.
        claimants = claims.filter { seen.insert($0.country.code).inserted }.map(\.country).sorted { $0.code < $1.code }
        holders = claims.filter(\.isHolding)
        // Undated articles sort last; a dated statement is the better guide to the latest.
        holder = (holders.last { $0.source.article.date != nil } ?? holders.last)?.country
        articles = try database.rows("territory-articles", ["id": id]).map { ArticleReference($0, id: "id") }
    }
}
