import SQLite

/// Keeps `person_surnames`, the index from transliteration-folded surnames to people.
enum PersonSurnames {
    /// Adds the surname key of every stored name of every person: how a database made before
    /// schema version 3, which had no such index, gets one.
    @Sendable static func fillMissing(_ database: Database) throws {
        let names = try database.prepare(
            """
            SELECT id, name FROM people UNION SELECT person_id, alias FROM person_aliases
            """
        ).allRows()
        let insert = try database.prepare("INSERT OR IGNORE INTO person_surnames (surname_key, person_id) VALUES (?, ?)")
        for row in names {
            guard case .integer(let id) = row[0], let name = row[1].text else { continue }
            let key = PersonName(name).surname
            if !key.isEmpty { try insert.run(key, id) }
        }
    }
}
