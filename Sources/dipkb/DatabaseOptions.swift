import ArgumentParser
import Foundation

struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", discussion: "Default: $DIPKB_DB, or dipkb.sqlite in the current folder.", valueName: "path"))
    var db: String?

    /// The database's path. A file named ":memory:" is given as "./:memory:", since SQLite
    /// takes the bare name for a database in memory that a load would fill and forget.
    var path: String {
        let given = db ?? ProcessInfo.processInfo.environment["DIPKB_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "dipkb.sqlite"
        return given == Self.inMemoryName ? "./" + given : given
    }

    static let inMemoryName = ":memory:"

    func validate() throws {
        if let db, db.isEmpty { throw ValidationError("--db needs a file path") }
        if let db { try RawArguments.requireText(db, for: "--db") }
    }
}
