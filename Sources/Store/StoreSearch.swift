import SQLite

/// Search: articles by the words of their title, body and evidence (the FTS5 index the writer
/// keeps), and people, territories, places and countries by name. Every value is bound; the
/// words reach MATCH only as the quoted strings SearchText makes of them.
extension Store {
    /// The statements of search.sql.
    static let searchCatalog: QueryCatalog = {
        var catalog = QueryCatalog()
        do {
            try catalog.add(text: Embedded.files["search.sql"] ?? "", file: "search.sql")
        } catch {
            fatalError("search.sql embedded in dipkb does not parse: \(error)")
        }
        return catalog
    }()

    /// Articles holding every word of `text`, best first: `limit` of them after the first
    /// `offset`, with the total. Throws `StoreError.nothingToSearch` when `text` has no word.
    public func searchArticles(_ text: String, limit: Int = 20, offset: Int = 0) throws -> ArticleSearchPage {
        guard let search = SearchText(text) else { throw StoreError.nothingToSearch(text) }
        return try searchArticles(search, limit: limit, offset: offset)
    }

    public func searchArticles(_ search: SearchText, limit: Int = 20, offset: Int = 0) throws -> ArticleSearchPage {
        try requireSearchIndex()
        let total = try rows("articles-matching-count", ["match": search.ftsQuery]).first.flatMap { Self.integer($0[0]) } ?? 0
        let found = try rows("articles-matching", ["match": search.ftsQuery, "limit": max(limit, 0), "offset": max(offset, 0)])
        let matches = try found.map { row in
            let id = Self.integer(row[0]) ?? 0
            return ArticleMatch(
                articleID: id, title: row[2].text, published: row[1].text, source: row[3].text,
                snippet: Snippet(marked: row[4].text ?? ""), facts: try facts(ofArticle: id))
        }
        return ArticleSearchPage(matches: matches, total: Int(total))
    }

    /// The facts stored from one article, each with its sentence.
    public func facts(ofArticle id: Int64) throws -> ArticleFactsDigest {
        let people = try rows("article-people", ["article": id]).map { row in
            ArticleFactsDigest.Person(personID: Self.integer(row[0]) ?? 0, name: row[1].text ?? "", country: row[2].text, title: row[3].text)
        }
        let meetings = try rows("article-meetings", ["article": id]).map { row in
            ArticleFactsDigest.Meeting(
                meetingID: Self.integer(row[0]) ?? 0,
                participants: (row[1].text ?? "").split(separator: "\u{1F}").map(String.init),
                status: row[2].text ?? "", date: row[3].text, place: row[4].text, mode: row[5].text ?? "", sentence: row[6].text)
        }
        let claims = try rows("article-claims", ["article": id]).map { row in
            ArticleFactsDigest.Claim(
                territoryID: Self.integer(row[0]) ?? 0, territory: row[1].text ?? "", country: row[2].text ?? "",
                kind: row[3].text ?? "", sentence: row[4].text ?? "")
        }
        return ArticleFactsDigest(people: people, meetings: meetings, claims: claims)
    }

    /// People, territories, meeting places and countries whose name (any of their names) holds
    /// `text`, case and diacritics aside, most reported first.
    public func searchNames(_ text: String, limit: Int = 20) throws -> [NameMatch] {
        let key = NameKey.fold(text)
        guard !key.isEmpty else { throw StoreError.nothingToSearch(text) }
        return try rows("names-matching", ["key": key, "text": text.lowercased(), "limit": max(limit, 0)]).compactMap { row in
            guard let kind = row[0].text.flatMap(NameMatch.Kind.init(rawValue:)) else { return nil }
            let name = row[2].text ?? ""
            let matched = row[3].text.flatMap { $0 == name ? nil : $0 }
            return NameMatch(kind: kind, id: row[1].text, name: name, matched: matched, articles: Int(Self.integer(row[4]) ?? 0))
        }
    }

    /// A database opened read-only before its migration to schema version 5 has no index.
    private func requireSearchIndex() throws {
        let found = try database.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'article_search'").scalar()
        guard found == .integer(1) else {
            throw StoreError.statementFailed(
                what: "search", reason: "this database has no full-text index yet; open it once with write access (any dipkb load or query) to add it")
        }
    }

    private static func integer(_ value: Value) -> Int64? {
        if case .integer(let n) = value { return n }
        return nil
    }

    private func rows(_ name: String, _ parameters: [String: any Bindable]) throws -> [[Value]] {
        let query = try Self.searchCatalog.query(named: name)
        let statement = try database.prepare(query.sql)
        for case let parameter? in statement.parameterNames {
            try statement.bind(parameters[parameter], to: parameter)
        }
        return try statement.allRows()
    }
}
