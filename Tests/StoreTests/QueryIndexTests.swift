import Extraction
import Foundation
import SQLite
import Testing

@testable import Store

// A large load drops the indexes only queries read and builds them at its end (QueryIndexes):
// queries keep their answers meanwhile, and a database left without them by a load that never
// ended gets them back from the next Store opened to write.

private func schemaObjects(_ db: Database) throws -> Set<String> {
    Set(try db.prepare("SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master").allRows().map { $0[0].text! })
}

/// Every named query that needs no parameter, with one that takes a person, and their answers.
private func answers(_ store: Store) throws -> [String: QueryResult] {
    let catalog = try QueryCatalog.builtIn()
    var found: [String: QueryResult] = [:]
    for (name, parameters) in [
        ("disputed-territories", [:]), ("who-met-whom", [:]), ("timeline", [:]), ("meetings-of", ["person": "Lavrov"]),
        ("who-met-whom", ["person": "kono"]),
    ] as [(String, [String: String])] {
        found[name + parameters.description] = try store.run(catalog.query(named: name), parameters: parameters)
    }
    return found
}

@Test func queryIndexesAreThoseOfSchemaSQLWordForWord() throws {
    let store = try Store(path: temporaryDatabase())
    let stored = try store.database.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").allRows()
    for (name, sql) in QueryIndexes.definitions {
        #expect(stored.contains([.text(name), .text(sql)]), "\(name)")
    }
    #expect(QueryIndexes.definitions.count == QueryIndexes.names.count)
}

@Test func queriesAnswerTheSameWithoutTheQueryIndexesAndOpeningAStoreBuildsNothing() throws {
    let path = temporaryDatabase()
    let fresh: Set<String>
    let before: [String: QueryResult]
    do {
        let store = try Store(path: path)
        let (article, facts) = kurilArticle()
        _ = try store.add(article: article, facts: facts)
        fresh = try schemaObjects(store.database)
        before = try answers(store)
        // A load that drops them and is killed before its end.
        try store.dropQueryIndexes()
        #expect(try QueryIndexes.missing(in: store.database) == QueryIndexes.names)
        #expect(try answers(store) == before)
    }
    // A reader writes nothing: the indexes stay missing, the answers the same.
    do {
        let reader = try Store(path: path, access: .readOnly)
        #expect(try QueryIndexes.missing(in: reader.database) == QueryIndexes.names)
        #expect(try answers(reader) == before)
    }
    // Opening a Store to write builds nothing (`dipkb query` opens one so, and must not wait for a
    // running load); the next load builds them (LoaderTests), as buildQueryIndexes does here.
    let writer = try Store(path: path)
    #expect(try QueryIndexes.missing(in: writer.database) == QueryIndexes.names)
    try writer.buildQueryIndexes()
    #expect(try QueryIndexes.missing(in: writer.database).isEmpty)
    #expect(try schemaObjects(writer.database) == fresh)
    #expect(try answers(writer) == before)
    #expect(try writer.database.prepare("PRAGMA integrity_check").allRows() == [[.text("ok")]])
}

@Test func articlesWrittenWithoutTheQueryIndexesAreInThemOnceBuilt() throws {
    let path = temporaryDatabase()
    let store = try Store(path: path)
    try store.dropQueryIndexes()
    let (article, facts) = kurilArticle()
    _ = try store.add(article: article, facts: facts)
    try store.buildQueryIndexes()
    #expect(try QueryIndexes.missing(in: store.database).isEmpty)
    // integrity_check holds every index to its table: the entries are all there.
    #expect(try store.database.prepare("PRAGMA integrity_check").allRows() == [[.text("ok")]])
    #expect(
        try store.database.prepare("SELECT count(*) FROM mentions INDEXED BY mentions_person WHERE person_id IS NOT NULL").scalar()
            == store.database.prepare("SELECT count(*) FROM mentions NOT INDEXED WHERE person_id IS NOT NULL").scalar())
    // Built twice is built once.
    try store.buildQueryIndexes()
    let other = try Store(path: path)
    #expect(try schemaObjects(other.database) == schemaObjects(store.database))
}

@Test func buildingTheQueryIndexesGivesTheLoadItsSettingsBack() throws {
    let store = try Store(path: temporaryDatabase())
    let settings = "SELECT (SELECT cache_size FROM pragma_cache_size), (SELECT temp_store FROM pragma_temp_store), (SELECT threads FROM pragma_threads)"
    let before = try store.database.prepare(settings).allRows()
    try store.dropQueryIndexes()
    try store.buildQueryIndexes()
    #expect(try QueryIndexes.missing(in: store.database).isEmpty)
    #expect(try store.database.prepare(settings).allRows() == before)
    #expect(before == [[.integer(-16384), .integer(2), .integer(0)]])
}

/// The claims' indexes that only disputed-territories reads take their entries at random places
/// (one is keyed by the claim's date, written by a trigger after the insert): a large load drops
/// them with the others; claims written meanwhile are in them once built.
@Test func aLargeLoadDropsTheClaimsQueryIndexesAndClaimsWrittenWithoutThemAreInThemOnceBuilt() throws {
    #expect(QueryIndexes.names.contains("claims_holder"))
    #expect(QueryIndexes.names.contains("claims_territory_kind"))
    let store = try Store(path: temporaryDatabase())
    try store.dropQueryIndexes()
    let dropped = try store.database.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('claims_holder', 'claims_territory_kind')").scalar()
    #expect(dropped == .integer(0))
    let (article, facts) = kurilArticle()
    _ = try store.add(article: article, facts: facts)
    try store.buildQueryIndexes()
    let fresh = try Store(path: temporaryDatabase())
    _ = try fresh.add(article: article, facts: facts)
    #expect(try answers(store) == answers(fresh))
    #expect(try schemaObjects(store.database) == schemaObjects(fresh.database))
}
