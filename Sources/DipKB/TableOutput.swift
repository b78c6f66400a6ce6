import SQLite
import Store

/// Aligned columns under a header and a rule; numbers right-aligned, NULL left blank.
public enum TableOutput {
    public static func render(_ result: QueryResult) -> String {
        let cells = result.rows.map { row in row.map { ($0.text ?? "").replacingNewlines() } }
        var widths = result.columns.map(\.count)
        for row in cells {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        let numeric = result.columns.indices.map { column in
            result.rows.contains { !$0[column].isNull } && result.rows.allSatisfy {
                switch $0[column] { case .integer, .real, .null: true; default: false }
            }
        }
        func line(_ fields: [String]) -> String {
            var text = ""
            for (i, field) in fields.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - field.count)
                let isLast = i == fields.count - 1
                if i > 0 { text += "  " }
                text += numeric[i] ? pad + field : field + (isLast ? "" : pad)
            }
            return String(text.reversed().drop { $0 == " " }.reversed())
        }
        var lines = [line(result.columns), line(widths.map { String(repeating: "-", count: $0) })]
        lines += cells.map(line)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// A cell on one line: line breaks become spaces.
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
