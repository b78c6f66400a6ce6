import SQLite
import Store

/// A JSON array of objects keyed by column name, one object per line.
public enum JSONOutput {
    public static func render(_ result: QueryResult) -> String {
        let objects = result.rows.map { row in
            JSONValue.object(zip(result.columns, row).map { ($0, json($1)) })
        }
        if objects.isEmpty { return "[]\n" }
        return "[\n" + objects.map { "  " + $0.serialized() }.joined(separator: ",\n") + "\n]\n"
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
