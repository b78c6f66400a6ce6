import SQLite
import Store

/// The questions a page asks of the knowledge base: the page queries of pages.sql, the named
/// queries of `dipkb query`, and the store itself for readers that live in DipKB.
struct PageDatabase {
    let store: Store
    let pages: QueryCatalog
    let named: QueryCatalog

    /// Runs one of the page queries of pages.sql with its parameters bound by name (one left
    /// out is NULL).
    func rows(_ name: String, _ parameters: [String: any Bindable] = [:]) throws -> [Row] {
        let query = try pages.query(named: name)
        let statement = try store.database.prepare(query.sql)
        for case let parameter? in statement.parameterNames {
            try statement.bind(parameters[parameter], to: parameter)
        }
        let columns = statement.columnNames
        return try statement.allRows().map { Row(columns: columns, values: $0) }
    }

    /// The first column of the first row of a page query: a count.
    func count(_ name: String, _ parameters: [String: any Bindable]) throws -> Int {
        guard let first = try rows(name, parameters).first?.values.first, case .integer(let n) = first else { return 0 }
        return Int(n)
    }

    /// One window of a named query's rows, with the number of rows in all. Parameters are
    /// checked and bound as `dipkb query` binds them; the rows are stepped through and only the
    /// window's are kept, so memory stays that of one page whatever the size of the result.
    func run(_ query: NamedQuery, parameters: [String: String], window: Range<Int>) throws -> (columns: [String], rows: [[Value]], total: Int) {
        for name in parameters.keys.sorted() where query.parameter(name) == nil {
            throw StoreError.unknownParameter(query: query.name, parameter: name, known: query.parameters.map(\.name))
        }
        let statement = try store.database.prepare(query.sql)
        for case let parameter? in statement.parameterNames {
            if let value = parameters[parameter] {
                try statement.bind(value, to: parameter)
            } else if query.parameter(parameter)?.isOptional != true {
                throw StoreError.missingParameter(query: query.name, parameter: parameter)
            }
        }
        var rows: [[Value]] = []
        var total = 0
        while try statement.step() {
            if window.contains(total) { rows.append(statement.row) }
            total += 1
        }
        return (statement.columnNames, rows, total)
    }
}
