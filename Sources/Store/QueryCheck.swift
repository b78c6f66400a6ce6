import SQLite

/// Checks, when a query file is loaded, that each named query is one read-only statement: a
/// named query answers questions, so a block holding DELETE, INSERT, a PRAGMA that sets
/// something, ATTACH or several statements is refused with its file and line before anything
/// runs. SQLite itself judges each block, prepared against an empty copy of the schema in memory.
struct QueryCheck {
    private let database: Database

    init() throws {
        database = try Database(path: ":memory:")
        try database.execute(Embedded.files["schema.sql"] ?? "")
    }

    /// Why `sql` is not a single read-only statement returning rows, or nil when it is.
    func problem(with sql: String) -> String? {
        let statement: Statement
        do {
            statement = try database.prepare(sql)
        } catch let error as SQLiteError {
            if error.message.hasPrefix("more than one SQL statement") {
                return "holds more than one SQL statement; a named query is one read-only statement"
            }
            return "is not valid SQL for the dipkb schema (\(error.message))"
        } catch {
            return "is not valid SQL (\(error))"
        }
        // ATTACH, BEGIN and the like change no table but return nothing either: not a question.
        guard statement.isReadOnly, statement.columnCount > 0 else {
            return "would change the database; a named query is one read-only statement"
        }
        // A PRAGMA statement may set what SQLite counts as connection state (secure_delete,
        // wal_autocheckpoint) or run work (optimize); the settings a query may read are there
        // as table-valued functions: SELECT * FROM pragma_table_info('articles').
        if Self.firstWord(of: sql) == "pragma" {
            return "is a PRAGMA statement; a named query reads settings with SELECT ... FROM pragma_NAME(...)"
        }
        return nil
    }

    /// The first word of `sql` in lower case, after white space and comments.
    static func firstWord(of sql: String) -> String {
        var rest = Substring(sql)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return "" }
                rest = rest[end.upperBound...]
            } else {
                return rest.prefix { $0.isLetter }.lowercased()
            }
        }
    }
}
