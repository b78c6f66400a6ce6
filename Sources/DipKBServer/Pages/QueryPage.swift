import Store

/// One named query, as `dipkb query NAME --param KEY=VALUE` runs it (parameters bound, never
/// spliced), its rows a page at a time.
struct QueryPage: Encodable, Sendable {
    struct Parameter: Encodable, Sendable {
        var name: String
        var description: String
        var isOptional: Bool
        var value: String?
    }

    var name: String
    var description: String
    var parameters: [Parameter]
    var columns: [String]
    var rows: [QueryRow]
    var pagination: Pagination
    /// True when a required parameter is missing: the page shows the form and no rows.
    var needsParameters: Bool

    /// `values` are the request's parameters other than the page number.
    init(query: NamedQuery, values: [String: String], page: Int, link: (Int) -> String, database: PageDatabase) throws {
        name = query.name
        description = query.description
        parameters = query.parameters.map {
            Parameter(name: $0.name, description: $0.description, isOptional: $0.isOptional, value: values[$0.name])
        }
        let missing = query.parameters.contains { !$0.isOptional && values[$0.name] == nil }
        needsParameters = missing
        let window = Pagination(page: page, total: 0, link: link).window
        if missing && values.isEmpty {
            // A first visit: the form, not an error.
            columns = []
            rows = []
            pagination = Pagination(page: page, total: 0, link: link)
            return
        }
        let result = try database.run(query, parameters: values, window: window)
        columns = result.columns
        rows = result.rows.map { QueryRow(cells: $0.map(QueryCell.init)) }
        pagination = Pagination(page: page, total: result.total, link: link)
    }
}
