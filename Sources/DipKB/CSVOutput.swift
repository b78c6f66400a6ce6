import SQLite
import Store

/// RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a
/// line break, quotes doubled. NULL is an empty field. Each row is written as it comes.
public struct CSVOutput: RowWriter {
    private let sink: (String) throws -> Void

    public init(sink: @escaping (String) throws -> Void) {
        self.sink = sink
    }

    public static func render(_ result: QueryResult) -> String {
        CollectedText.of(result) { CSVOutput(sink: $0) }
    }

    public mutating func begin(columns: [String]) throws {
        try sink(columns.map(Self.field).joined(separator: ",") + "\r\n")
    }

    public mutating func write(_ row: [Value]) throws {
        try sink(row.map { Self.field($0.text ?? "") }.joined(separator: ",") + "\r\n")
    }

    public mutating func end() throws {}

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
