import SQLite
import Store

/// Aligned columns under a header and a rule; numbers right-aligned, NULL left blank.
///
/// Written as rows come: the column widths, and which columns hold numbers, are judged from
/// the first `lookAhead` rows, held back until then. A later cell wider than its column
/// pushes the rest of its line to the right rather than holding the whole result in memory.
public struct TableOutput: RowWriter {
    /// Rows read before the first is printed. Enough for the widths of any result a person
    /// reads on a terminal; small enough that holding them costs little.
    public static let defaultLookAhead = 1000

    private let sink: (String) throws -> Void
    private let lookAhead: Int
    private var columns: [String] = []
    private var pending: [[String]] = []
    private var pendingValues: [[Value]] = []
    private var widths: [Int] = []
    private var numeric: [Bool] = []
    private var started = false

    public init(sink: @escaping (String) throws -> Void, lookAhead: Int = defaultLookAhead) {
        self.sink = sink
        self.lookAhead = lookAhead
    }

    /// The whole result, its widths judged from every row.
    public static func render(_ result: QueryResult) -> String {
        CollectedText.of(result) { TableOutput(sink: $0, lookAhead: max(result.rows.count, 1)) }
    }

    public mutating func begin(columns: [String]) throws {
        self.columns = columns
        widths = columns.map(\.count)
    }

    public mutating func write(_ row: [Value]) throws {
        let cells = row.map { ($0.text ?? "").replacingNewlines() }
        if started { return try sink(line(cells) + "\n") }
        pending.append(cells)
        pendingValues.append(row)
        if pending.count >= lookAhead { try start() }
    }

    public mutating func end() throws {
        if !started { try start() }
    }

    /// Judges the columns from the rows held back, then prints the header and those rows.
    private mutating func start() throws {
        for row in pending {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        numeric = columns.indices.map { column in
            pendingValues.contains { !$0[column].isNull }
                && pendingValues.allSatisfy {
                    switch $0[column] {
                    case .integer, .real, .null: true
                    default: false
                    }
                }
        }
        started = true
        var text = line(columns) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in pending { text += line(row) + "\n" }
        pending = []
        pendingValues = []
        try sink(text)
    }

    private func line(_ fields: [String]) -> String {
        var text = ""
        for (i, field) in fields.enumerated() {
            let pad = String(repeating: " ", count: max(widths[i] - field.count, 0))
            let isLast = i == fields.count - 1
            if i > 0 { text += "  " }
            text += numeric[i] ? pad + field : field + (isLast ? "" : pad)
        }
        return String(text.reversed().drop { $0 == " " }.reversed())
    }
}

extension String {
    /// A cell on one line: line breaks become spaces.
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
