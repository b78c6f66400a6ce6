import Extraction
import Foundation
import SQLite

/// The knowledge base on disk: opens or creates a database from the embedded schema.sql,
/// migrates an older one, writes articles with their facts and answers queries.
public final class Store {
    public enum Access: Sendable {
        /// Read and write; the database is created when missing.
        case readWrite
        /// SQLITE_OPEN_READONLY: nothing can be written, not even a migration.
        case readOnly
    }

    public let path: String
    public let database: Database
    public let access: Access
    private var writer: FactWriter?
    /// Copies a load's commits into the database file beside the writer (`withLoadSettings`).
    private var checkpointer: Checkpointer?

    /// The schema version of the embedded schema.sql (its `PRAGMA user_version`).
    public static let schemaVersion: Int = {
        let schema = Embedded.files["schema.sql"] ?? ""
        guard let range = schema.range(of: #"PRAGMA user_version = (\d+)"#, options: .regularExpression),
            let number = Int(schema[range].split(separator: " ").last ?? "")
        else {
            fatalError("schema.sql has no PRAGMA user_version line")
        }
        return number
    }()

    public init(path: String, access: Access = .readWrite) throws {
        self.path = path
        self.access = access
        if access == .readOnly && path != ":memory:" && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.noDatabase(path: path)
        }
        if let problem = Self.companionProblem(path) { throw StoreError.cannotOpen(path: path, reason: problem) }
        do {
            database = try Self.open(path, access: access)
            // Two loads opening one new database at once can meet SQLite's lock on the switch to
            // WAL or the schema's creation, where its busy handler does not wait: try again.
            try Self.retryingWhileBusy {
                // Checked before anything is written (even the switch to WAL), so a database that is
                // not ours, or from a newer dipkb, is left exactly as it was.
                let identity = try DatabaseIdentity.of(database)
                try check(identity)
                if access == .readWrite {
                    // SQLite falls back to read-only, silently, when the file is write-protected.
                    if database.isReadOnly { throw StoreError.readOnly(path: path) }
                    // WAL lets queries read while a load writes; NORMAL sync is still crash-safe in WAL
                    // (a crash loses at most the last commits, never consistency) and far faster.
                    try database.execute("PRAGMA journal_mode = WAL")
                    try database.execute("PRAGMA synchronous = NORMAL")
                    // A load looks people, meetings and territories up in a growing database: a
                    // 16 MiB page cache keeps the hot index pages, and bounds memory whatever the size
                    // of the database (no memory map, whose pages would count against the load). A
                    // `Loader` doubles it while it runs (`withLoadSettings`).
                    try database.execute("PRAGMA cache_size = -16384")
                    // Statement journals (one per statement inside a savepoint) stay in memory rather
                    // than in a temporary file written page by page.
                    try database.execute("PRAGMA temp_store = MEMORY")
                    try prepareSchema()
                } else {
                    try database.restrictToSafeStatements()
                }
            }
        } catch let error as SQLiteError {
            // A read-only connection writes nothing but the WAL index (-shm), which it must be
            // able to create next to a WAL database.
            if access == .readOnly && error.isReadOnly {
                throw StoreError.cannotOpen(path: path, reason: "it is in WAL mode and its -shm file cannot be created in its read-only folder")
            }
            throw Self.openFailure(error, path: path)
        }
    }

    /// Opens the connection. Read-only, a WAL database in a folder no one may write to cannot
    /// be opened the ordinary way (SQLite must create its -shm file there): when its -wal holds
    /// nothing, the main file is the whole database and, the folder being closed to writers,
    /// cannot change, so it is opened immutable instead.
    private static func open(_ path: String, access: Access) throws -> Database {
        guard access == .readOnly else { return try Database(path: path, mode: .readWrite(create: true)) }
        do {
            let database = try Database(path: path, mode: .readOnly)
            return database
        } catch let error as SQLiteError where (error.isReadOnly || error.isCannotOpen) && canReadImmutable(path) {
            return try Database(path: path, mode: .immutable)
        }
    }

    /// True when `path` lies in a folder this process cannot write to and has no -wal file
    /// with content: nothing but the main file to read, and no one to change it.
    private static func canReadImmutable(_ path: String) -> Bool {
        guard isInClosedFolder(path) else { return false }
        var info = stat()
        if stat(path + "-wal", &info) == 0 { return info.st_size == 0 }
        return true
    }

    /// True when this process may not create files in the folder of `path` (where SQLite
    /// keeps a database's -wal and -shm files).
    public static func isInClosedFolder(_ path: String) -> Bool {
        let parent = (path as NSString).deletingLastPathComponent
        return Foundation.access(parent.isEmpty ? "." : parent, W_OK) != 0
    }

    /// A companion file SQLite needs next to the database (its -wal, -shm or -journal) that is
    /// a folder makes SQLite report the database itself as one: said here as it is.
    private static func companionProblem(_ path: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        for suffix in ["-wal", "-shm", "-journal"] {
            let companion = path + suffix
            if FileManager.default.fileExists(atPath: companion, isDirectory: &isFolder), isFolder.boolValue {
                return "its \(suffix) file \(companion) is a folder, not a file (SQLite needs that name for its own file)"
            }
        }
        return nil
    }

    /// What went wrong opening `path`, said for the user: SQLite's own "unable to open database
    /// file" does not say why, the operating system's errno does.
    static func openFailure(_ error: SQLiteError, path: String) -> StoreError {
        if error.isNotADatabase { return .notADatabase(path: path) }
        if error.isReadOnly { return .readOnly(path: path) }
        if error.isCorrupt { return .cannotOpen(path: path, reason: "the database file is damaged (\(error.message))") }
        guard error.isCannotOpen || error.isIOError else {
            return .cannotOpen(path: path, reason: error.message)
        }
        // The errno is that of SQLite's last attempt (often a read-only retry after the
        // read-write open failed, or an unrelated call on a folder), so the file and its
        // folder are looked at first.
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { return .cannotOpen(path: path, reason: "it is a folder, not a database file") }
        } else if let problem = folderProblem(path) {
            return .cannotOpen(path: path, reason: problem)
        }
        let reason =
            switch error.systemErrno {
            case 0: error.message
            case ENOENT: "the file cannot be created there"
            case ENOTDIR: "a part of the path is a file, not a folder"
            case EISDIR: "it is a folder, not a database file"
            case EACCES, EPERM: "permission denied"
            case EROFS: "the file system is read-only"
            default: String(cString: strerror(error.systemErrno))
            }
        return .cannotOpen(path: path, reason: reason)
    }

    /// The failure of the database as a whole rather than of one article (a damaged file, a
    /// full disk, an I/O error, a lock held too long), said for the user; nil for a failure
    /// that is one article's own.
    public func databaseWideFailure(_ error: any Error) -> StoreError? {
        guard let error = error as? SQLiteError else { return nil }
        let failure = { (reason: String) in StoreError.databaseFailure(path: self.path, reason: reason) }
        if error.isCorrupt || error.isNotADatabase { return failure("the database file is damaged (\(error.message))") }
        if error.isDiskFull { return failure("the disk is full (\(error.message))") }
        if error.isIOError {
            let detail = error.systemErrno == 0 ? error.message : String(cString: strerror(error.systemErrno))
            return failure("input/output error (\(detail))")
        }
        if error.isBusy { return failure("the database stayed locked by another process (\(error.message))") }
        if error.isOutOfMemory { return failure("out of memory") }
        if error.isReadOnly { return .readOnly(path: path) }
        if error.isCannotOpen { return Self.openFailure(error, path: path) }
        return nil
    }

    /// `error`, met running a statement (`what`: "query NAME", "sql"), said for the user: the
    /// database's own failure, or the statement's reason without its text.
    public func statementFailure(_ error: any Error, running what: String) -> any Error {
        if let failure = databaseWideFailure(error) { return failure }
        if let error = error as? SQLiteError { return StoreError.statementFailed(what: what, reason: error.message) }
        return error
    }

    /// Why a new database file cannot be created at `path`, when its folder says why.
    private static func folderProblem(_ path: String) -> String? {
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            // Some ancestor may be a regular file rather than a missing folder.
            var ancestor = (folder as NSString).deletingLastPathComponent
            while !ancestor.isEmpty && ancestor != "/" {
                if FileManager.default.fileExists(atPath: ancestor, isDirectory: &isFolder) {
                    return isFolder.boolValue ? "its folder does not exist" : "a part of the path is a file, not a folder"
                }
                ancestor = (ancestor as NSString).deletingLastPathComponent
            }
            return "its folder does not exist"
        }
        if !isFolder.boolValue { return "a part of the path is a file, not a folder" }
        if !FileManager.default.isWritableFile(atPath: folder) { return "its folder \(folder) is not writable" }
        return nil
    }

    /// Refuses, before anything is written, a database that is not a dipkb one or is newer.
    private func check(_ identity: DatabaseIdentity) throws {
        switch identity {
        case .foreign:
            throw StoreError.notADipKBDatabase(path: path)
        case .marked(let version) where version > Self.schemaVersion:
            throw StoreError.newerSchema(path: path, found: version, supported: Self.schemaVersion)
        default:
            break
        }
    }

    /// Creates or migrates the schema in one write transaction, so two processes opening a new
    /// database at once do not both create it, and a failed migration leaves the old version.
    /// Runs `body` again while SQLite reports the database busy or locked, for up to ten seconds.
    private static func retryingWhileBusy(_ body: () throws -> Void) throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            do {
                return try body()
            } catch let error as SQLiteError where error.isBusy && ContinuousClock.now < deadline {
                usleep(20_000)
            }
        }
    }

    private func prepareSchema() throws {
        // The common case, an up-to-date database with its mark, needs no write lock.
        if try DatabaseIdentity.of(database) == .marked(version: Self.schemaVersion) { return }
        try database.transaction(immediate: true) {
            // Judged again under the write lock: another process may have created it meanwhile.
            let identity = try DatabaseIdentity.of(database)
            try check(identity)
            let version: Int
            switch identity {
            case .blank:
                try database.execute(Embedded.files["schema.sql"] ?? "")
                return
            case .marked(let found) where found == Self.schemaVersion:
                return
            case .marked(let found), .unmarked(let found):
                version = found
            case .foreign:
                return
            }
            // A database made before the mark gets it with its migration.
            try database.setApplicationID(DatabaseIdentity.applicationID)
            for step in Migration.all where step.from >= version && step.from < Self.schemaVersion {
                try database.execute(step.sql)
                try step.after?(database)
                try database.setUserVersion(step.from + 1)
            }
            guard try database.userVersion() == Self.schemaVersion else {
                throw StoreError.cannotOpen(path: path, reason: "no migration from schema version \(version) to \(Self.schemaVersion)")
            }
        }
    }

    // MARK: Writing

    /// Refuses a damaged database before a load writes into it: damage in pages the new
    /// articles do not touch (another table, an index) would otherwise let the load report its
    /// articles stored while queries fail. `PRAGMA quick_check` reads every page once (no
    /// index-to-table cross-check, which `integrity_check` adds at many times the cost); the
    /// message is the one a query meeting the damage gives.
    public func checkIntegrity() throws {
        let damaged = StoreError.databaseFailure(path: path, reason: "the database file is damaged (\(SQLiteError.corrupt.message))")
        do {
            let statement = try database.prepare("PRAGMA quick_check(1)")
            guard try statement.step(), statement.string(at: 0) == "ok" else { throw damaged }
        } catch let error as SQLiteError {
            throw databaseWideFailure(error) ?? error
        }
    }

    /// Writes one article and all its facts in one `BEGIN IMMEDIATE` transaction: after a crash
    /// the store holds the article whole or not at all. An article whose normalized content hash
    /// is already stored is skipped.
    public func add(article: Article, facts: ArticleFacts) throws -> AddResult {
        try add([(article, facts)])[0].get()
    }

    /// Writes articles with their facts in as few `BEGIN IMMEDIATE` transactions as
    /// `maxTransactionTime` allows (a long write lock would stall another loader), each article
    /// in its own savepoint inside: an article is stored whole or not at all, and one that fails
    /// is undone alone while the others of its transaction are kept. Returns one result per
    /// article, in order; an article counts as added only once its transaction has committed.
    ///
    /// `shouldStop` is asked before each article: once it says yes, what is written is
    /// committed and every article left has `StoreError.interrupted`.
    ///
    /// `hashes`, when given, are the articles' `ContentHash`es, worked out by the caller (on
    /// other cores, beside extraction) rather than by the one writer.
    public func add(
        _ batch: [(article: Article, facts: ArticleFacts)],
        hashes: [String]? = nil,
        maxTransactionTime: Duration = .milliseconds(50),
        shouldStop: () -> Bool = { false }
    ) -> [Result<AddResult, any Error>] {
        precondition(hashes == nil || hashes?.count == batch.count, "one hash per article")
        let writer: FactWriter
        do {
            writer = try factWriter()
            return try writer.checkingOwnForeignKeys {
                write(batch, hashes: hashes, with: writer, maxTransactionTime: maxTransactionTime, shouldStop: shouldStop)
            }
        } catch {
            return batch.map { _ in .failure(error) }
        }
    }

    /// `add` with the writer ready.
    private func write(
        _ batch: [(article: Article, facts: ArticleFacts)], hashes: [String]?, with writer: FactWriter,
        maxTransactionTime: Duration, shouldStop: () -> Bool
    ) -> [Result<AddResult, any Error>] {
        var results = [Result<AddResult, any Error>?](repeating: nil, count: batch.count)
        let clock = ContinuousClock()
        var queue = Array(batch.indices)
        var next = 0
        var stopped = false
        while next < queue.count && !stopped {
            // Every article this transaction stores comes after this one.
            var storedBefore: Int64 = 0
            do {
                try database.execute("BEGIN IMMEDIATE")
                // What the writer remembers of the database holds only while no one else writes.
                try writer.beginTransaction()
                storedBefore = try writer.lastArticleID()
            } catch {
                if database.isInTransaction { try? database.execute("ROLLBACK") }
                writer.undoTransaction()
                for i in queue[next...] { results[i] = .failure(error) }
                break
            }
            let started = clock.now
            var written: [(index: Int, result: AddResult)] = []
            var transactionLost = false
            while next < queue.count && !transactionLost {
                if shouldStop() {
                    stopped = true
                    break
                }
                let i = queue[next]
                next += 1
                do {
                    writer.beginArticle()
                    let result = try database.savepoint("article") {
                        try write(batch[i], hash: hashes?[i] ?? ContentHash.of(body: batch[i].article.body), with: writer)
                    }
                    written.append((i, result))
                } catch {
                    // What the writer remembered or kept for later of the undone article's rows
                    // is gone with them.
                    writer.undoArticle()
                    results[i] = .failure(error)
                    transactionLost = !database.isInTransaction
                    if transactionLost { writer.undoTransaction() }
                }
                if clock.now - started >= maxTransactionTime { break }
            }
            if transactionLost {
                // SQLite rolled the whole transaction back: the articles written before the
                // failing one are gone too, so they go first in the next transaction.
                queue = written.map(\.index) + queue[next...]
                next = 0
                continue
            }
            do {
                // What the writer indexes once per transaction (its articles' text, its new
                // aliases) goes in before it commits: the indexes hold exactly what the tables hold.
                let added = written.contains { if case .added = $0.result { true } else { false } }
                try writer.finishTransaction(articlesAfter: added ? storedBefore : nil)
                try database.execute("COMMIT")
                checkpointer?.committed()
                for (i, result) in written { results[i] = .success(result) }
            } catch {
                writer.undoTransaction()
                if database.isInTransaction { try? database.execute("ROLLBACK") }
                for (i, _) in written { results[i] = .failure(error) }
            }
        }
        if stopped {
            for i in queue[next...] { results[i] = .failure(StoreError.interrupted) }
        }
        return results.map { $0! }
    }

    private func factWriter() throws -> FactWriter {
        if let writer { return writer }
        let created = try FactWriter(database: database)
        writer = created
        return created
    }

    /// One article inside the batch's transaction; skipped when its text is already stored.
    private func write(_ item: (article: Article, facts: ArticleFacts), hash: String, with writer: FactWriter) throws -> AddResult {
        if let existing = try writer.article(withHash: hash) {
            return .skipped(existingArticleID: existing)
        }
        let written = try writer.write(article: item.article, hash: hash, facts: item.facts)
        return .added(articleID: written.id, facts: written.facts)
    }

    // MARK: Bulk loads

    /// Runs `body`, a load, with the page cache and WAL checkpoints made for writing many articles
    /// (`LoadSettings` says which and why), and gives the connection its own back after.
    /// Its commits are copied into the database file by a `Checkpointer` on a thread of its own
    /// meanwhile, rather than by the writer's connection.
    public func withLoadSettings<T>(_ body: () throws -> T) throws -> T {
        try LoadSettings.applied(to: database) {
            guard checkpointer == nil, path != ":memory:", access == .readWrite else { return try body() }
            let started = Checkpointer(path: path)
            checkpointer = started
            defer {
                started.stop()
                checkpointer = nil
            }
            return try body()
        }
    }

    /// About how many articles the database holds (the newest article's id: ids are not reused
    /// unless the newest is deleted), read without counting a large table.
    public func storedArticlesEstimate() throws -> Int {
        if case .integer(let id)? = try database.prepare("SELECT max(id) FROM articles").scalar() { return Int(id) }
        return 0
    }

    /// Drops the indexes only queries read, for a load large beside the database to write without
    /// them (QueryIndexes says why, and how a load that never ends is made whole). Queries keep
    /// their answers meanwhile, slower. `buildQueryIndexes` builds them again.
    public func dropQueryIndexes() throws {
        try QueryIndexes.drop(in: database)
    }

    /// Builds the indexes only queries read that the database lacks, each sorted once.
    public func buildQueryIndexes() throws {
        try QueryIndexes.build(in: database)
    }

    // MARK: Reading

    /// Runs a named query. `parameters` are bound as values, never spliced into the SQL; an
    /// optional parameter left out is NULL, a required one left out is an error.
    public func run(_ query: NamedQuery, parameters: [String: String] = [:], page: QueryPage = .all) throws -> QueryResult {
        var result = QueryResult(columns: [], rows: [])
        try stream(query, parameters: parameters, page: page, columns: { result.columns = $0 }, row: { result.rows.append($0) })
        return result
    }

    /// Runs a named query as `run` does, handing over its columns, then each row of `page` as
    /// SQLite produces it: nothing is gathered, so the first rows can be shown at once and
    /// memory stays bounded whatever the number of rows.
    public func stream(
        _ query: NamedQuery, parameters: [String: String] = [:], page: QueryPage = .all,
        columns: ([String]) throws -> Void, row: ([Value]) throws -> Void
    ) throws {
        let statement = try prepare(query, parameters: parameters)
        // A query that pages itself gets the page as two parameters; any other skips and stops here.
        let pagesItself = query.parameter(QueryPage.limitParameter) != nil && query.parameter(QueryPage.offsetParameter) != nil
        if pagesItself && !page.isAll {
            if let limit = page.limit { try statement.bind(limit, to: QueryPage.limitParameter) }
            try statement.bind(page.offset, to: QueryPage.offsetParameter)
        }
        try columns(statement.columnNames)
        var skip = pagesItself ? 0 : page.offset
        var left = pagesItself ? Int.max : (page.limit ?? Int.max)
        while left > 0, try statement.step() {
            if skip > 0 {
                skip -= 1
                continue
            }
            try row(statement.row)
            left -= 1
        }
    }

    /// The query prepared with its parameters bound, refusing unknown and missing ones.
    private func prepare(_ query: NamedQuery, parameters: [String: String]) throws -> Statement {
        let declared = query.parameters.map(\.name)
        for name in parameters.keys.sorted() where query.parameter(name) == nil {
            throw StoreError.unknownParameter(query: query.name, parameter: name, known: declared)
        }
        let statement = try database.prepare(query.sql)
        for case let name? in statement.parameterNames {
            if let value = parameters[name] {
                try statement.bind(value, to: name)
            } else if query.parameter(name)?.isOptional != true {
                throw StoreError.missingParameter(query: query.name, parameter: name)
            }
        }
        return statement
    }

    /// Runs ad hoc SQL as `runReadOnly` does, handing over its columns, then each row as SQLite
    /// produces it: nothing is gathered, so memory stays bounded whatever the number of rows.
    /// An error `row` throws stops the statement and is rethrown as it is.
    public func streamReadOnly(sql: String, columns: ([String]) throws -> Void, row: ([Value]) throws -> Void) throws {
        let statement = try database.prepare(sql)
        guard statement.isReadOnly else { throw StoreError.writeRefused }
        try columns(statement.columnNames)
        while try statement.step() { try row(statement.row) }
    }

    /// Runs ad hoc SQL, refusing anything that would write (checked by SQLite itself with
    /// `sqlite3_stmt_readonly`, on top of a read-only connection for `dipkb sql`).
    public func runReadOnly(sql: String) throws -> QueryResult {
        let statement = try database.prepare(sql)
        guard statement.isReadOnly else { throw StoreError.writeRefused }
        return QueryResult(columns: statement.columnNames, rows: try statement.allRows())
    }
}
