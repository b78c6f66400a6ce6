import ArgumentParser
import Foundation

struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", discussion: "Default: $DIPKB_DB, or dipkb.sqlite in the current folder.", valueName: "path"))
    var db: String?

    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["DIPKB_DB"], !env.isEmpty { return env }
        return "dipkb.sqlite"
    }

    func validate() throws {
        if let db, db.isEmpty { throw ValidationError("--db needs a file path") }
        if let db { try RawArguments.requireText(db, for: "--db") }
    }
}
