import ArgumentParser
import DipKB
import Foundation

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a named query (see `dipkb queries`).")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The query's name, e.g. who-met-whom.", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("A parameter value, bound as a value (never SQL). Repeatable.", valueName: "key=value"))
    var param: [String] = []

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("A file of extra named queries, in the format of queries.sql. Repeatable.", valueName: "file"))
    var queries: [String] = []

    @Option(name: .long, help: ArgumentHelp("At most this many rows (a page of a long result).", valueName: "n"))
    var limit: Int?

    @Option(name: .long, help: ArgumentHelp("Rows to skip before the first one printed (with --limit: the next page).", valueName: "n"))
    var offset: Int = 0

    func validate() throws {
        for file in queries { try RawArguments.requireText(file, for: "--queries") }
        if let limit, limit < 0 { throw ValidationError("--limit needs a number of rows, 0 or more") }
        if offset < 0 { throw ValidationError("--offset needs a number of rows, 0 or more") }
        for p in param {
            guard let eq = p.firstIndex(of: "="), eq != p.startIndex else {
                throw ValidationError("--param needs KEY=VALUE, not \"\(p)\"")
            }
        }
    }

    var parameters: [String: String] {
        var values: [String: String] = [:]
        for p in param {
            let eq = p.firstIndex(of: "=")!
            values[String(p[..<eq])] = String(p[p.index(after: eq)...])
        }
        return values
    }

    func run() throws {
        let catalog = try loadCatalog(extra: queries)
        let query = try catalog.query(named: name)
        let store = try openForReading(database.path)
        // Rows are printed as they come (the table format sets its column widths from the first
        // rows), so the first page of a long result appears without waiting for the rest.
        let output = BufferedOutput()
        var writer = format.writer(to: output.write)
        do {
            try store.stream(
                query, parameters: parameters, page: QueryPage(limit: limit, offset: offset),
                columns: { try writer.begin(columns: $0) }, row: { try writer.write($0) })
            try writer.end()
        } catch {
            throw store.statementFailure(error, running: "query \(name)")
        }
        try output.flush()
    }
}

func loadCatalog(extra files: [String]) throws -> QueryCatalog {
    var catalog = try QueryCatalog.builtIn()
    for file in files { try catalog.add(file: file) }
    return catalog
}

/// Opens a database that must already exist for named queries, which are reads: a database an
/// older dipkb made is first brought up to date (the one write a query may cause), then the
/// connection refuses every write (`PRAGMA query_only`). A write-protected file is opened
/// read-only instead, and so is one in a folder that cannot be written (where a read-write
/// open cannot make its -shm file). (A connection opened read-only from the start would leave
/// the -wal and -shm files of a WAL database behind, which a read-write one removes when it
/// closes.) Either way the connection is hardened as `dipkb sql`'s is.
func openForReading(_ path: String) throws -> Store {
    let store: Store
    do {
        store = try openExisting(path)
    } catch let error as StoreError {
        switch error {
        case .readOnly:
            return try openExisting(path, access: .readOnly)
        case .cannotOpen where Store.isInClosedFolder(path):
            // When reading fails too, the first reason is the one to give.
            guard let reading = try? openExisting(path, access: .readOnly) else { throw error }
            return reading
        default:
            throw error
        }
    }
    try store.database.refuseWrites()
    try store.database.restrictToSafeStatements()
    return store
}

/// Opens a database that must already exist: querying a mistyped path should not create one.
func openExisting(_ path: String, access: Store.Access = .readWrite) throws -> Store {
    guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noDatabase(path: path) }
    return try Store(path: path, access: access)
}
