import SQLite

/// Counts the rows of every table of a database (a fresh `dipkb load` output), so the insert
/// ceiling writes as many rows as dipkb did; or one table's rows.
struct TableRows {
    let path: String

    func count(table: String? = nil) throws -> [(table: String, rows: Int)] {
        let database = try Database(path: path, mode: .readOnly)
        let list = try database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        var tables: [String] = []
        while try list.step() { tables.append(list.string(at: 0) ?? "") }
        if let table { tables = tables.filter { $0 == table } }
        return try tables.map { name in
            // Table names come from the database's own sqlite_master; quoted as identifiers.
            let count = try database.prepare("SELECT count(*) FROM \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
            return (name, try count.step() ? count.int(at: 0) : 0)
        }
    }
}
