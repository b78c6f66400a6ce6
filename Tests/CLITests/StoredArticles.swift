import Dispatch
import Extraction
import Foundation
import Intake
import SQLite
import Store
import Testing

/// How many rows of each kind one article owns in a database.
struct ArticleRows: Hashable, CustomStringConvertible {
    var sentences = 0
    var mentions = 0
    var people = 0
    var meetings = 0
    var claims = 0

    var description: String {
        "\(sentences) sentences, \(mentions) mentions, \(people) people, \(meetings) meetings, \(claims) claims"
    }
}

/// Every article of a database (keyed by its body) with the rows it owns.
func storedArticles(in database: Database) throws -> [String: ArticleRows] {
    let statement = try database.prepare(
        """
        SELECT a.body,
               (SELECT count(*) FROM sentences WHERE article_id = a.id),
               (SELECT count(*) FROM mentions WHERE article_id = a.id),
               (SELECT count(*) FROM person_articles WHERE article_id = a.id),
               (SELECT count(*) FROM meeting_sources WHERE article_id = a.id),
               (SELECT count(*) FROM claims WHERE article_id = a.id)
        FROM articles a
        """)
    var rows: [String: ArticleRows] = [:]
    while try statement.step() {
        let body = statement.string(at: 0) ?? ""
        #expect(rows[body] == nil, "article stored twice: \(body.prefix(60))")
        rows[body] = ArticleRows(
            sentences: statement.int(at: 1), mentions: statement.int(at: 2), people: statement.int(at: 3),
            meetings: statement.int(at: 4), claims: statement.int(at: 5))
    }
    return rows
}

/// What each article under `folder` should own once stored: its facts from `Extractor().extract`,
/// written into a fresh in-memory store. Sentences, mentions, people and claims are also checked
/// against the facts themselves; meetings need the store's rule (two distinct participants).
func expectedArticles(under folder: URL) throws -> [String: ArticleRows] {
    var read: [Article] = []
    ArticleFiles(paths: [folder.path]).forEach { item in
        if case .article(let article, _) = item { read.append(article) }
    }
    let articles = read
    var facts = [ArticleFacts](repeating: ArticleFacts(), count: articles.count)
    let extractor = Extractor()
    facts.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: articles.count) { slots[$0] = extractor.extract(articles[$0]) }
    }
    let reference = try Store(path: ":memory:")
    for result in reference.add(Array(zip(articles, facts))) { _ = try result.get() }
    let stored = try storedArticles(in: reference.database)
    for (article, facts) in zip(articles, facts) {
        let rows = try #require(stored[article.body])
        let mentions =
            facts.people.reduce(0) { $0 + $1.mentions.count } + facts.countries.reduce(0) { $0 + $1.mentions.count }
            + facts.territories.reduce(0) { $0 + $1.evidence.count }
        // The store keeps the sentences and mentions queries read (KeptEvidence), not every one.
        #expect(rows.sentences <= facts.sentences.count)
        #expect(rows.mentions <= mentions)
        #expect(rows.people == facts.people.count)
        #expect(rows.claims == facts.territories.reduce(0) { $0 + $1.claims.count })
    }
    return stored
}

/// Checks a database left by a load (killed or not): SQLite finds it sound, every foreign key
/// holds, every stored article owns exactly the rows `expected` says, and the full-text index
/// holds exactly the stored articles, as their text is now. Returns how many articles it holds
/// (0 when the load died before creating it).
func checkWholeArticles(database path: String, expected: [String: ArticleRows]) throws -> Int {
    guard FileManager.default.fileExists(atPath: path) else { return 0 }
    let database = try Database(path: path, mode: .readWrite(create: false))
    #expect(try database.prepare("PRAGMA integrity_check").allRows() == [[.text("ok")]])
    #expect(try database.prepare("PRAGMA foreign_key_check").allRows().isEmpty)
    guard try database.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'articles'").scalar() == .integer(1) else { return 0 }
    let stored = try storedArticles(in: database)
    // One index entry per article, no more, no fewer; FTS5's own check compares the index
    // with the text it reads back (rank 1: through the view, so evidence sentences included).
    #expect(try database.prepare("SELECT count(*) FROM article_search_docsize").scalar() == .integer(Int64(stored.count)))
    #expect(
        try database.prepare(
            """
            SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_search_docsize d WHERE d.id = a.id)
            """
        ).scalar() == .integer(0))
    #expect(throws: Never.self) {
        try database.execute("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)")
    }
    var partial = 0
    for (body, rows) in stored {
        guard let want = expected[body] else {
            Issue.record("stored article not in the input: \(body.prefix(60))")
            continue
        }
        if rows != want {
            partial += 1
            Issue.record("article stored in part: \(rows), expected \(want): \(body.prefix(60))")
        }
    }
    #expect(partial == 0)
    return stored.count
}

/// `N new, N skipped, N failed, N facts added` parsed from a load's stdout.
func loadSummary(_ stdout: String) -> (new: Int, skipped: Int, failed: Int)? {
    let numbers = stdout.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    guard numbers.count >= 4, stdout.contains(" new, ") else { return nil }
    return (numbers[0], numbers[1], numbers[2])
}

/// stderr without the progress lines a long load prints now and then.
func problems(_ stderr: String) -> [Substring] {
    stderr.split(separator: "\n").filter { !$0.contains(" articles so far (") }
}
