import SQLite

/// Rows of one table that the writer inserts several to a statement (`INSERT ... VALUES (...),
/// (...)`), in the order they were added. SQLite spends about as much on running a one-row insert
/// (reset, binding, starting and ending the statement) as on the row and its index entries; eight
/// rows to a statement cost 7,200 instructions a row against 12,600 one by one (a mention, schema
/// 9, measured under callgrind on SQLite 3.40). The rows are the same, in the same order, with the
/// same rowids and the same `OR IGNORE` outcome as one by one: SQLite inserts a `VALUES` list
/// row after row.
///
/// Rows wait in memory until `flush()`: a caller flushes before anything reads or updates them
/// (the meeting's day, moved onto its participants by a trigger, would miss a row not yet written).
/// `discard()` forgets what waits, when the article it belongs to is undone.
final class RowBatch {
    private let database: Database
    /// `INSERT [OR IGNORE] INTO table (columns) VALUES `, without the rows.
    private let head: String
    private let columns: Int
    /// Statements of `sizes` rows each, prepared on first use.
    private var statements: [Int: Statement] = [:]
    /// Rows to a statement, largest first: any number of rows is written with one statement of each
    /// size at most (its binary digits), so 24 mentions take two statements, 13 participants three.
    static let sizes = [32, 16, 8, 4, 2, 1]
    /// The values of the rows waiting, row after row.
    private var values: [Value] = []

    /// `head` is the statement up to `VALUES`, `columns` the number of values a row has.
    init(database: Database, head: String, columns: Int) {
        self.database = database
        self.head = head
        self.columns = columns
    }

    /// The rows waiting.
    var count: Int { values.count / columns }

    /// Adds a row, written at the next `flush()`: one value per column, in the head's order.
    func append<each V: Bindable>(_ row: repeat each V) {
        for value in repeat each row { values.append(value.sqliteValue) }
    }

    /// Writes the rows waiting, in order, and forgets them.
    func flush() throws {
        precondition(values.count % columns == 0, "a row of \(columns) values")
        defer { values.removeAll(keepingCapacity: true) }
        var next = 0
        var left = count
        for size in Self.sizes where size <= left {
            while left >= size {
                let statement = try self.statement(rows: size)
                statement.reset()
                for index in 0..<(size * columns) { try statement.bind(values[next + index], at: index + 1) }
                while try statement.step() {}
                next += size * columns
                left -= size
            }
        }
    }

    /// Forgets the rows waiting, unwritten.
    func discard() {
        values.removeAll(keepingCapacity: true)
    }

    private func statement(rows: Int) throws -> Statement {
        if let prepared = statements[rows] { return prepared }
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        let statement = try database.prepare(head + Array(repeating: row, count: rows).joined(separator: ", "))
        statements[rows] = statement
        return statement
    }
}
