import SQLite
import Store

/// RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a
/// line break, quotes doubled. NULL is an empty field.
public enum CSVOutput {
    public static func render(_ result: QueryResult) -> String {
        var lines = [result.columns.map(field).joined(separator: ",")]
        for row in result.rows {
            lines.append(row.map { field($0.text ?? "") }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
