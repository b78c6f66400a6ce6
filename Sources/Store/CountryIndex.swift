import SQLite

/// The stored country codes and whether each has its name yet, so that the writer stores a
/// country the first time it is met (and its name the first time it is given) without a write
/// per mention of it. Like `PersonIndex`, it is emptied whenever the database may hold what it
/// does not know, and read again from the database on the next need.
final class CountryIndex {
    /// Code to "its name is stored"; nil until read from the database.
    private var known: [String: Bool]?

    private let readAll: Statement
    private let ensureCountry: Statement
    private let upsertCountry: Statement

    init(database: Database) throws {
        readAll = try database.prepare("SELECT code, name IS NOT NULL FROM countries")
        ensureCountry = try database.prepare("INSERT OR IGNORE INTO countries (code, name) VALUES (?, NULL)")
        // A name fills a blank, never replaces one.
        upsertCountry = try database.prepare(
            """
            INSERT INTO countries (code, name) VALUES (?1, ?2)
            ON CONFLICT (code) DO UPDATE SET name = coalesce(countries.name, excluded.name)
            """)
    }

    func forget() { known = nil }

    /// Every stored code (a few hundred at most: states and international bodies).
    private func codes() throws -> [String: Bool] {
        if let known { return known }
        var read: [String: Bool] = [:]
        readAll.reset()
        defer { readAll.reset() }
        while try readAll.step() { read[readAll.string(at: 0) ?? ""] = readAll.int(at: 1) != 0 }
        known = read
        return read
    }

    /// Stores the code, without a name, unless it is stored.
    func ensure(_ code: String) throws {
        guard try codes()[code] == nil else { return }
        try ensureCountry.run(code)
        known?[code] = false
    }

    /// Stores the code with its name, or gives a stored code without one this name.
    func store(_ code: String, name: String?) throws {
        if let hasName = try codes()[code], hasName || name == nil { return }
        try upsertCountry.run(code, name)
        known?[code] = name != nil
    }
}
