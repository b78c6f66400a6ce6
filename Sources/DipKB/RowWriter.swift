import SQLite
import Store

/// Writes a query's rows in one output format as they come, so a result of any size (an
/// endless recursive query, even) is printed in bounded memory. Text goes to `sink` in pieces;
/// an error the sink throws (lost output) ends the writing.
public protocol RowWriter {
    mutating func begin(columns: [String]) throws
    mutating func write(_ row: [Value]) throws
    mutating func end() throws
}

extension RowWriter {
    /// Writes a whole result at once.
    mutating func write(_ result: QueryResult) throws {
        try begin(columns: result.columns)
        for row in result.rows { try write(row) }
        try end()
    }
}

extension OutputFormat {
    /// A writer of this format sending its text to `sink`.
    public func writer(to sink: @escaping (String) throws -> Void) -> any RowWriter {
        switch self {
        case .table: return TableOutput(sink: sink)
        case .json: return JSONOutput(sink: sink)
        case .csv: return CSVOutput(sink: sink)
        }
    }
}

/// Collects a writer's text, for the callers that want the whole of it as one string.
final class CollectedText {
    var text = ""

    func append(_ piece: String) { text += piece }

    static func of(_ result: QueryResult, _ makeWriter: (@escaping (String) throws -> Void) -> any RowWriter) -> String {
        let collected = CollectedText()
        var writer = makeWriter(collected.append)
        // Appending to a string cannot fail.
        try? writer.write(result)
        return collected.text
    }
}
