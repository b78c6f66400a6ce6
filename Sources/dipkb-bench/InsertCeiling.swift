import SQLite

/// The write ceiling: bare prepared inserts of 4-column rows in one transaction, into a fresh
/// file database with the pragmas a load uses (WAL, synchronous=NORMAL), through our own
/// `Database`/`Statement` layer, so the ceiling includes what the layer costs per row
/// (reset, clear bindings, bind through `Bindable`, step) and nothing of the Store.
struct InsertCeiling {
    let path: String
    let rows: Int

    func run() throws -> Double {
        let database = try Database(path: path)
        try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; DROP TABLE IF EXISTS ceiling;")
        try database.execute("CREATE TABLE ceiling (id INTEGER PRIMARY KEY, article INTEGER NOT NULL, text TEXT NOT NULL, position INTEGER NOT NULL)")
        let insert = try database.prepare("INSERT INTO ceiling (article, text, position) VALUES (?, ?, ?)")
        let names = ["Sergei Ivanov", "Taro Tanaka", "Wang Wei", "Kuril Islands", "Foreign Minister", "Tokyo"]
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            try database.transaction {
                for i in 0..<rows {
                    try insert.run(i / 30, names[i % names.count], i)
                }
            }
        }
        return elapsed.seconds
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
