/// What can go wrong opening a store, writing to it or querying it, each as one line for the user.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notADatabase(path: String)
    case notADipKBDatabase(path: String)
    case noDatabase(path: String)
    case cannotOpen(path: String, reason: String)
    case readOnly(path: String)
    case databaseFailure(path: String, reason: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case unknownQuery(name: String, known: [String])
    case missingParameter(query: String, parameter: String)
    case unknownParameter(query: String, parameter: String, known: [String])
    case writeRefused
    case invalidFacts(String)
    case queryFile(path: String, line: Int, reason: String)
    /// A statement SQLite refused or could not finish (`what`: "query NAME", "sql"); said
    /// without the statement's text, which may be a page long or hold a huge parameter.
    case statementFailed(what: String, reason: String)
    /// A batch stopped on request before this article was written.
    case interrupted
    /// A search whose text holds no word (no letter or digit).
    case nothingToSearch(String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path): not a SQLite database"
        case .notADipKBDatabase(let path):
            return "\(path): a SQLite database, but not a dipkb one (no dipkb mark and not dipkb's tables); left unchanged"
        case .noDatabase(let path):
            return "\(path): no such database (create one with `dipkb load`)"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the database: \(reason)"
        case .readOnly(let path):
            return "\(path): cannot write to the database: the file or its folder is read-only"
        case .databaseFailure(let path, let reason):
            return "\(path): \(reason)"
        case .newerSchema(let path, let found, let supported):
            return "\(path): database schema version \(found) is newer than this dipkb supports (\(supported))"
        case .unknownQuery(let name, let known):
            return "no named query \"\(name)\"; known queries: \(known.joined(separator: ", "))"
        case .missingParameter(let query, let parameter):
            return "query \(query) needs a value for \(parameter) (--param \(parameter)=VALUE)"
        case .unknownParameter(let query, let parameter, let known):
            let takes = known.isEmpty ? "it takes none" : "it takes: " + known.joined(separator: ", ")
            return "query \(query) has no parameter \(parameter) (\(takes))"
        case .writeRefused:
            return "sql runs only read-only statements; this one would change the database"
        case .invalidFacts(let reason):
            return "invalid facts: \(reason)"
        case .queryFile(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        case .statementFailed(let what, let reason):
            return "\(what) failed: \(reason)"
        case .interrupted:
            return "interrupted before it was written"
        case .nothingToSearch(let text):
            return "nothing to search for in \"\(text)\": give at least one word (letters or digits)"
        }
    }
}
