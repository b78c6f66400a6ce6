/// One step from schema version `from` to `from + 1`, run inside the opening transaction.
/// Steps are history: once released, a step never changes; a new schema version adds a step
/// and updates schema.sql, so a new database and a migrated one end up alike (a test checks).
struct Migration: Sendable {
    let from: Int
    let sql: String

    static let all: [Migration] = [
        // Version 1 kept a single report per meeting (meetings.article_id/sentence). Version 2
        // lets several articles report one meeting, each with the status it gives.
        Migration(from: 1, sql: """
            CREATE TABLE meeting_sources (
                meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                sentence   INTEGER,
                status     TEXT NOT NULL CHECK (status IN ('held', 'planned')),
                FOREIGN KEY (article_id, sentence) REFERENCES sentences(article_id, idx)
            );
            CREATE UNIQUE INDEX meeting_sources_unique ON meeting_sources(meeting_id, article_id, ifnull(sentence, -1));
            CREATE INDEX meeting_sources_article ON meeting_sources(article_id);
            INSERT INTO meeting_sources (meeting_id, article_id, sentence, status)
                SELECT id, article_id, sentence, status FROM meetings;
            """),
    ]
}
