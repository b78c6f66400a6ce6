import SQLite
import Store

/// A JSON array of objects keyed by column name, one object per line, each written as it comes.
public struct JSONOutput: RowWriter {
    private let sink: (String) throws -> Void
    private var columns: [String] = []
    private var rows = 0

    public init(sink: @escaping (String) throws -> Void) {
        self.sink = sink
    }

    public static func render(_ result: QueryResult) -> String {
        CollectedText.of(result) { JSONOutput(sink: $0) }
    }

    public mutating func begin(columns: [String]) throws {
        self.columns = columns
    }

    public mutating func write(_ row: [Value]) throws {
        let object = JSONValue.object(zip(columns, row).map { ($0, Self.json($1)) })
        try sink((rows == 0 ? "[\n  " : ",\n  ") + object.serialized())
        rows += 1
    }

    public mutating func end() throws {
        try sink(rows == 0 ? "[]\n" : "\n]\n")
    }

    static func json(_ value: Value) -> JSONValue {
        switch value {
        case .null: return .null
        case .integer(let i): return .integer(i)
        case .real(let d): return .number(d)
        case .text(let s): return .string(s)
        case .blob: return .string(value.text ?? "")
        }
    }
}
