import SQLite

/// What a load sets on the writer's connection for as long as it runs (`Store.withLoadSettings`),
/// rather than for every connection a `Store` opens (`dipkb query` and `dipkb serve` keep the
/// Store's own). Measured by `dipkb-bench append` writing 2,000 articles into a copy of a
/// 100,000-article database (docs/performance.md, the writer's sixth round).
enum LoadSettings {
    /// The page cache, in KiB. A transaction of the Loader's 256 articles on a large database
    /// dirties some 3,000–4,000 pages, most of them in the B-trees keyed at random
    /// (`person_articles`, `meetings_match`, `meeting_sources_unique`, the content hash): with
    /// the Store's 16 MiB SQLite spills dirty pages to the WAL before the commit and writes them
    /// again at it, and reads back pages it has just let go. 32 MiB holds a transaction's pages:
    /// page writes 157,462 → 121,857 and reads 123,521 → 73,369 for those 2,000 articles; up to
    /// 16 MB more resident, whatever the size of the load.
    static let cacheKiB = 32_768
    /// Pages the WAL may hold before SQLite copies them into the database (SQLite's own: 1,000,
    /// which a large load's transaction passes at every commit, so every page it wrote was copied
    /// and synced once per transaction). A page several transactions write is copied once per
    /// 16,000 (64 MB of WAL on disk, nothing more in memory): syncs 25 → 7, and with the cache
    /// above, page writes 157,462 → 106,741 and reads 123,521 → 58,227.
    static let checkpointPages = 16_000

    /// Runs `body` with these settings on `database`, then gives it its own back.
    static func applied<T>(to database: Database, _ body: () throws -> T) throws -> T {
        let cache = try database.prepare("PRAGMA cache_size").scalar()
        let checkpoint = try database.prepare("PRAGMA wal_autocheckpoint").scalar()
        try database.execute("PRAGMA cache_size = -\(cacheKiB); PRAGMA wal_autocheckpoint = \(checkpointPages)")
        defer {
            if case .integer(let size)? = cache { try? database.execute("PRAGMA cache_size = \(size)") }
            if case .integer(let pages)? = checkpoint { try? database.execute("PRAGMA wal_autocheckpoint = \(pages)") }
        }
        return try body()
    }
}
