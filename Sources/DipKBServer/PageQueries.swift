import Store

/// The SQL behind the pages, kept as data in Queries/pages.sql and embedded at build time.
enum PageQueries {
    static func catalog() throws -> QueryCatalog {
        var catalog = QueryCatalog()
        try catalog.add(text: Embedded.files["pages.sql"] ?? "", file: "pages.sql")
        return catalog
    }
}
