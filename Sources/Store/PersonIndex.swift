import SQLite

/// The stored people as the writer looks them up, article after article: who goes by a name
/// key, who has a name key as their fullest name, who has a surname key, and each person's
/// name, country and whether a title is known. Read from the database on first need and then
/// kept in step with the writer's own writes, so the same names coming back in article after
/// article cost a dictionary lookup rather than a query, and an alias or surname already stored
/// is not inserted again.
///
/// The database stays the truth: `forget()` empties the index, and the next lookup reads the
/// database again. The writer calls it whenever the database may hold something the index does
/// not: an article's savepoint undone, a transaction rolled back, another connection's commit.
final class PersonIndex {
    struct Person {
        var nameKey: String
        var country: String?
        var name: String {
            didSet { parsed = PersonName(name) }
        }
        var hasTitle: Bool
        /// `name` taken apart once: a common surname brings hundreds of stored people to compare
        /// with every new name that has it.
        private(set) var parsed: PersonName

        init(nameKey: String, country: String?, name: String, hasTitle: Bool) {
            self.nameKey = nameKey
            self.country = country
            self.name = name
            self.hasTitle = hasTitle
            parsed = PersonName(name)
        }
    }

    /// Entries held before the index empties itself: bounds memory on a database of any size
    /// (each entry is a key and a few ids, around 100 bytes; 200,000 of them about 20 MB).
    static let maxEntries = 200_000

    private var byAlias: [String: [Int64]] = [:]
    private var byNameKey: [String: [Int64]] = [:]
    private var bySurname: [String: [Int64]] = [:]
    private var people: [Int64: Person] = [:]

    private let findByAlias: Statement
    private let findByNameKey: Statement
    private let findBySurname: Statement
    private let readPerson: Statement

    init(database: Database) throws {
        findByAlias = try database.prepare("SELECT person_id FROM person_aliases WHERE alias_key = ?")
        findByNameKey = try database.prepare("SELECT id FROM people WHERE name_key = ?")
        findBySurname = try database.prepare("SELECT person_id FROM person_surnames WHERE surname_key = ?")
        readPerson = try database.prepare("SELECT name_key, country, name, title IS NOT NULL FROM people WHERE id = ?")
    }

    func forget() {
        byAlias.removeAll(keepingCapacity: true)
        byNameKey.removeAll(keepingCapacity: true)
        bySurname.removeAll(keepingCapacity: true)
        people.removeAll(keepingCapacity: true)
    }

    private var entries: Int { byAlias.count + byNameKey.count + bySurname.count + people.count }

    private func makeRoom() {
        if entries >= Self.maxEntries { forget() }
    }

    // MARK: Lookups

    /// The people one of whose names has this key.
    func withAlias(_ key: String) throws -> [Int64] { try lookup(\.byAlias, findByAlias, key) }

    /// The people whose fullest name has this key.
    func withNameKey(_ key: String) throws -> [Int64] { try lookup(\.byNameKey, findByNameKey, key) }

    /// The people one of whose names has this surname key.
    func withSurname(_ key: String) throws -> [Int64] { try lookup(\.bySurname, findBySurname, key) }

    /// A key's people from its cache, else from the database, kept for next time.
    private func lookup(_ cache: ReferenceWritableKeyPath<PersonIndex, [String: [Int64]]>, _ statement: Statement, _ key: String) throws -> [Int64] {
        if let known = self[keyPath: cache][key] { return known }
        makeRoom()
        let ids = try Self.ids(statement, key)
        self[keyPath: cache][key] = ids
        return ids
    }

    func person(_ id: Int64) throws -> Person? {
        if let known = people[id] { return known }
        makeRoom()
        readPerson.reset()
        defer { readPerson.reset() }
        try readPerson.bind(id, at: 1)
        guard try readPerson.step() else { return nil }
        let person = Person(
            nameKey: readPerson.string(at: 0) ?? "", country: readPerson.string(at: 1),
            name: readPerson.string(at: 2) ?? "", hasTitle: readPerson.int(at: 3) != 0)
        people[id] = person
        return person
    }

    // MARK: The writer's own writes

    /// A person just inserted.
    func inserted(_ id: Int64, _ person: Person) {
        people[id] = person
        byNameKey[person.nameKey]?.append(id)
    }

    /// A stored person updated to `person`.
    func updated(_ id: Int64, from old: Person, to person: Person) {
        people[id] = person
        if old.nameKey != person.nameKey {
            byNameKey[old.nameKey]?.removeAll { $0 == id }
            byNameKey[person.nameKey]?.append(id)
        }
    }

    /// True when the person does not go by this key yet (the caller stores it); the index counts it as stored.
    func addAlias(_ key: String, to id: Int64) throws -> Bool {
        guard try !withAlias(key).contains(id) else { return false }
        byAlias[key, default: []].append(id)
        return true
    }

    /// True when the person has no name with this surname key yet (the caller stores it); the index counts it as stored.
    func addSurname(_ key: String, to id: Int64) throws -> Bool {
        guard try !withSurname(key).contains(id) else { return false }
        bySurname[key, default: []].append(id)
        return true
    }

    /// The integer first column of every row `statement` gives for `value`.
    private static func ids(_ statement: Statement, _ value: String) throws -> [Int64] {
        statement.reset()
        defer { statement.reset() }
        try statement.bind(value, at: 1)
        var ids: [Int64] = []
        while try statement.step() { ids.append(Int64(statement.int(at: 0))) }
        return ids
    }
}
