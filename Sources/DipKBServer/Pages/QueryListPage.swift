import Store

/// Every named query, with its description and parameters, each a form to run it.
struct QueryListPage: Encodable, Sendable {
    struct Entry: Encodable, Sendable {
        var name: String
        var description: String
        var parameters: [QueryPage.Parameter]
    }

    var queries: [Entry]

    init(queries: [NamedQuery]) {
        self.queries = queries.map { query in
            Entry(
                name: query.name, description: query.description,
                parameters: query.parameters.map {
                    QueryPage.Parameter(name: $0.name, description: $0.description, isOptional: $0.isOptional, value: nil)
                })
        }
    }
}
