import SQLite

/// The rows a query returned, with its column names, ready for any output format.
public struct QueryResult: Equatable, Sendable {
    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The values of one column, by name, as text (nil for NULL).
    public func column(_ name: String) -> [String?] {
        guard let index = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[index].text }
    }
}
