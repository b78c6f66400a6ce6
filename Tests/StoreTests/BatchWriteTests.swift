import Extraction
import Foundation
import SQLite
import Testing

@testable import Store

/// The seed article with `marker` appended to its body (a sentence of its own), so that each
/// is a different article with the same facts.
private func article(_ marker: String) -> (article: Article, facts: ArticleFacts) {
    var (article, facts) = kurilArticle()
    article.body += " " + marker + "."
    article.title = marker
    return (article, facts)
}

private func count(_ store: Store, _ sql: String) throws -> Int64 {
    if case .integer(let n)? = try store.database.prepare(sql).scalar() { return n }
    return -1
}

/// Every row the article titled `title` owns, across the tables that hang off articles.
private func rowsOf(_ store: Store, title: String) throws -> Int64 {
    let id = "(SELECT id FROM articles WHERE title = '\(title)')"
    var total: Int64 = 0
    for table in [
        "articles WHERE id", "sentences WHERE article_id", "mentions WHERE article_id", "person_articles WHERE article_id",
        "meeting_sources WHERE article_id", "claims WHERE article_id",
    ] {
        total += try count(store, "SELECT count(*) FROM \(table) = \(id)")
    }
    return total
}

@Test func failingArticleInABatchIsUndoneAloneAndTheOthersAreKept() throws {
    let store = try Store(path: temporaryDatabase())
    // Fails after the article row, its sentences and some facts are written: a half-written
    // article that only the savepoint can undo.
    try store.database.execute(
        """
        CREATE TEMP TRIGGER fail_b BEFORE INSERT ON main.claims
        WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'b'
        BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
        """)
    let batch = ["a", "b", "c", "d"].map(article)
    let results = store.add(batch)
    #expect(results.count == 4)
    #expect((try? results[0].get()) != nil)
    #expect(throws: SQLiteError.self) { try results[1].get() }
    #expect((try? results[2].get()) != nil)
    #expect((try? results[3].get()) != nil)
    #expect(try count(store, "SELECT count(*) FROM articles") == 3)
    #expect(try rowsOf(store, title: "b") == 0)
    #expect(try rowsOf(store, title: "a") == rowsOf(store, title: "c"))
    #expect(try rowsOf(store, title: "a") > 10)
    #expect(!store.database.isInTransaction)
}

@Test func articlesBeforeAFailureThatRollsBackTheTransactionAreWrittenAgain() throws {
    let store = try Store(path: temporaryDatabase())
    try store.database.execute(
        """
        CREATE TEMP TRIGGER lose_c BEFORE INSERT ON main.claims
        WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'c'
        BEGIN SELECT RAISE(ROLLBACK, 'transaction lost for the test'); END
        """)
    let results = store.add(["a", "b", "c", "d"].map(article))
    let added = results.map { (try? $0.get())?.factsAdded ?? 0 }
    #expect(added.map { $0 > 0 } == [true, true, false, true])
    #expect(throws: SQLiteError.self) { try results[2].get() }
    #expect(try count(store, "SELECT count(*) FROM articles") == 3)
    let titles = try store.database.prepare("SELECT title FROM articles ORDER BY id").allRows()
    #expect(titles == [[.text("a")], [.text("b")], [.text("d")]])
    #expect(try rowsOf(store, title: "a") == rowsOf(store, title: "d"))
}

@Test func duplicateInsideOneBatchIsSkippedAndShortTransactionsLoseNothing() throws {
    let store = try Store(path: temporaryDatabase())
    let batch = ["a", "b", "a", "c"].map(article)
    // A zero time bound commits after every article: the results are the same.
    let results = store.add(batch, maxTransactionTime: .zero)
    guard case .success(.added(let first, _)) = results[0] else {
        Issue.record("\(results[0])")
        return
    }
    #expect(try results[2].get() == .skipped(existingArticleID: first))
    #expect(try count(store, "SELECT count(*) FROM articles") == 3)
    let again = store.add(batch)
    #expect(again.allSatisfy { if case .success(.skipped) = $0 { true } else { false } })
}

@Test func fullTextIndexHoldsExactlyTheArticlesKeptAfterAnUndoneArticleAndALostTransaction() throws {
    let store = try Store(path: temporaryDatabase())
    // Brigadoon is undone alone (its savepoint); Dorado loses the whole transaction, so Avalon
    // and Camelot, already indexed in it, are written (and indexed) again, under the same ids.
    try store.database.execute(
        """
        CREATE TEMP TRIGGER fail_brigadoon BEFORE INSERT ON main.claims
        WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'Brigadoon'
        BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;
        CREATE TEMP TRIGGER lose_dorado BEFORE INSERT ON main.claims
        WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'Dorado'
        BEGIN SELECT RAISE(ROLLBACK, 'transaction lost for the test'); END;
        """)
    let results = store.add(["Avalon", "Brigadoon", "Camelot", "Dorado", "Erewhon"].map(article))
    #expect(results.map { (try? $0.get()) != nil } == [true, false, true, false, true])
    #expect(try count(store, "SELECT count(*) FROM articles") == 3)
    #expect(try count(store, "SELECT count(*) FROM article_search_docsize") == 3)
    try store.database.execute("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)")
    for kept in ["Avalon", "Camelot", "Erewhon"] {
        let id = try count(store, "SELECT id FROM articles WHERE title = '\(kept)'")
        #expect(try store.searchArticles(kept).matches.map(\.articleID) == [id], "\(kept)")
    }
    for undone in ["Brigadoon", "Dorado"] {
        #expect(try store.searchArticles(undone).total == 0, "\(undone)")
    }
    // What the writer remembered of the rows rolled back went with them: one Lavrov, stored again.
    #expect(try count(store, "SELECT count(*) FROM people WHERE name = 'Sergei Lavrov'") == 1)
    #expect(try store.database.prepare("PRAGMA foreign_key_check").allRows().isEmpty)
}
