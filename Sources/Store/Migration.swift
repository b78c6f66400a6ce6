import SQLite

/// One step from schema version `from` to `from + 1`, run inside the opening transaction.
/// Steps are history: once released, a step never changes; a new schema version adds a step
/// and updates schema.sql, so a new database and a migrated one end up alike (a test checks).
struct Migration: Sendable {
    let from: Int
    let sql: String
    /// Work SQL alone cannot do (keys computed in Swift), run after `sql` in the same transaction.
    var after: (@Sendable (Database) throws -> Void)? = nil

    static let all: [Migration] = [
        // Version 1 kept a single report per meeting (meetings.article_id/sentence). Version 2
        // lets several articles report one meeting, each with the status it gives.
        Migration(
            from: 1,
            sql: """
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
        // Version 3 matches people by transliteration-folded surname (person_surnames, filled
        // from the stored names after this SQL) and lets meetings be cancelled or postponed. SQLite
        // cannot widen a CHECK in place: the meeting tables are copied out, dropped children
        // first (so no ON DELETE CASCADE fires), created anew and filled again.
        Migration(
            from: 2,
            sql: """
                CREATE TABLE person_surnames (
                    surname_key TEXT NOT NULL,
                    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                    PRIMARY KEY (surname_key, person_id)
                ) WITHOUT ROWID;
                CREATE TEMP TABLE old_meetings AS SELECT * FROM meetings;
                CREATE TEMP TABLE old_meeting_participants AS SELECT * FROM meeting_participants;
                CREATE TEMP TABLE old_meeting_sources AS SELECT * FROM meeting_sources;
                DROP TABLE meeting_participants;
                DROP TABLE meeting_sources;
                DROP TABLE meetings;
                CREATE TABLE meetings (
                    id              INTEGER PRIMARY KEY,
                    status          TEXT NOT NULL CHECK (status IN ('held', 'planned', 'cancelled', 'postponed')),
                    date            TEXT,
                    date_precision  TEXT NOT NULL CHECK (date_precision IN ('day', 'unresolved', 'none')),
                    place           TEXT,
                    mode            TEXT NOT NULL CHECK (mode IN ('in_person', 'call')),
                    participant_key TEXT NOT NULL,
                    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    sentence        INTEGER,
                    FOREIGN KEY (article_id, sentence) REFERENCES sentences(article_id, idx)
                );
                CREATE INDEX meetings_match ON meetings(participant_key, date);
                CREATE INDEX meetings_date ON meetings(date);
                CREATE INDEX meetings_article ON meetings(article_id);
                CREATE TABLE meeting_participants (
                    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                    position   INTEGER NOT NULL,
                    PRIMARY KEY (meeting_id, person_id)
                ) WITHOUT ROWID;
                CREATE INDEX meeting_participants_person ON meeting_participants(person_id);
                CREATE TABLE meeting_sources (
                    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    sentence   INTEGER,
                    status     TEXT NOT NULL CHECK (status IN ('held', 'planned', 'cancelled', 'postponed')),
                    FOREIGN KEY (article_id, sentence) REFERENCES sentences(article_id, idx)
                );
                CREATE UNIQUE INDEX meeting_sources_unique ON meeting_sources(meeting_id, article_id, ifnull(sentence, -1));
                CREATE INDEX meeting_sources_article ON meeting_sources(article_id);
                INSERT INTO meetings SELECT * FROM old_meetings;
                INSERT INTO meeting_participants SELECT * FROM old_meeting_participants;
                INSERT INTO meeting_sources SELECT * FROM old_meeting_sources;
                DROP TABLE old_meetings;
                DROP TABLE old_meeting_participants;
                DROP TABLE old_meeting_sources;
                CREATE TRIGGER meeting_status_from_sources AFTER INSERT ON meeting_sources
                BEGIN
                    UPDATE meetings SET status = coalesce(
                        (SELECT 'held' FROM meeting_sources s WHERE s.meeting_id = NEW.meeting_id AND s.status = 'held' LIMIT 1),
                        (SELECT s.status FROM meeting_sources s JOIN articles a ON a.id = s.article_id
                         WHERE s.meeting_id = NEW.meeting_id
                         ORDER BY a.published IS NULL, a.published DESC, s.rowid DESC LIMIT 1))
                    WHERE id = NEW.meeting_id;
                END;
                """, after: PersonSurnames.fillMissing),
        // Version 4 only changes indexes, so that disputed-territories reads claims and mentions
        // from covering indexes in article order instead of from the tables.
        Migration(
            from: 3,
            sql: """
                DROP INDEX claims_territory;
                CREATE INDEX claims_territory ON claims(territory_id, article_id);
                CREATE INDEX claims_territory_kind ON claims(territory_id, kind, article_id, country);
                DROP INDEX mentions_territory;
                CREATE INDEX mentions_territory ON mentions(territory_id, article_id) WHERE territory_id IS NOT NULL;
                """),
        // Version 5 adds full-text search over articles (article_search, read through the
        // article_search_text view), built here from the articles already stored.
        Migration(
            from: 4,
            sql: """
                CREATE VIEW article_search_text AS
                SELECT a.id AS id, a.title AS title, a.body AS body,
                       (SELECT group_concat(text, ' ')
                          FROM (SELECT s.text FROM sentences s
                                WHERE s.article_id = a.id
                                  AND (EXISTS (SELECT 1 FROM meeting_sources ms WHERE ms.article_id = a.id AND ms.sentence = s.idx)
                                       OR EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND c.sentence = s.idx))
                                ORDER BY s.idx)) AS evidence
                FROM articles a;
                CREATE VIRTUAL TABLE article_search USING fts5(
                    title, body, evidence,
                    content = 'article_search_text', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                INSERT INTO article_search (article_search) VALUES ('rebuild');
                """),
        // Version 6 keeps beside claims and meeting participants what the busiest queries order
        // by (the article's date, the meeting's date), and each territory's articles in a table of
        // their own, so that disputed-territories and a person's first page of meetings read
        // indexes in order instead of sorting thousands of rows; a meeting's first report no longer
        // works out the status it gives. The two tables are copied out and created anew (SQLite
        // cannot add a column in the middle of a table), children of nothing, so nothing cascades.
        Migration(
            from: 5,
            sql: """
                CREATE TEMP TABLE old_claims AS SELECT * FROM claims;
                CREATE TEMP TABLE old_meeting_participants AS SELECT * FROM meeting_participants;
                DROP TABLE claims;
                DROP TABLE meeting_participants;
                DROP TRIGGER meeting_status_from_sources;
                CREATE TABLE claims (
                    id           INTEGER PRIMARY KEY,
                    territory_id INTEGER NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
                    country      TEXT NOT NULL REFERENCES countries(code),
                    kind         TEXT NOT NULL CHECK (kind IN ('claims', 'holds')),
                    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    sentence     INTEGER NOT NULL,
                    published    TEXT,
                    FOREIGN KEY (article_id, sentence) REFERENCES sentences(article_id, idx)
                );
                CREATE INDEX claims_territory ON claims(territory_id, article_id);
                CREATE INDEX claims_territory_kind ON claims(territory_id, kind, article_id, country);
                CREATE INDEX claims_country ON claims(country);
                CREATE INDEX claims_article ON claims(article_id);
                CREATE TABLE meeting_participants (
                    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                    position   INTEGER NOT NULL,
                    date       TEXT,
                    PRIMARY KEY (meeting_id, person_id)
                ) WITHOUT ROWID;
                INSERT INTO claims (id, territory_id, country, kind, article_id, sentence, published)
                    SELECT c.id, c.territory_id, c.country, c.kind, c.article_id, c.sentence, a.published
                    FROM old_claims c JOIN articles a ON a.id = c.article_id;
                INSERT INTO meeting_participants (meeting_id, person_id, position, date)
                    SELECT p.meeting_id, p.person_id, p.position, m.date
                    FROM old_meeting_participants p JOIN meetings m ON m.id = p.meeting_id;
                DROP TABLE old_claims;
                DROP TABLE old_meeting_participants;
                CREATE TABLE territory_articles (
                    territory_id INTEGER NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
                    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    PRIMARY KEY (territory_id, article_id)
                ) WITHOUT ROWID;
                INSERT OR IGNORE INTO territory_articles (territory_id, article_id)
                    SELECT territory_id, article_id FROM claims
                    UNION SELECT territory_id, article_id FROM mentions WHERE territory_id IS NOT NULL;
                CREATE INDEX claims_holder ON claims(territory_id, kind, published IS NULL, published DESC, id DESC, country);
                CREATE TRIGGER claims_published AFTER INSERT ON claims
                WHEN NEW.published IS NOT (SELECT published FROM articles WHERE id = NEW.article_id)
                BEGIN
                    UPDATE claims SET published = (SELECT published FROM articles WHERE id = NEW.article_id) WHERE id = NEW.id;
                END;
                CREATE TRIGGER territory_articles_from_claims AFTER INSERT ON claims
                BEGIN
                    INSERT OR IGNORE INTO territory_articles (territory_id, article_id) VALUES (NEW.territory_id, NEW.article_id);
                END;
                CREATE TRIGGER territory_articles_from_moved_claims AFTER UPDATE OF territory_id ON claims
                BEGIN
                    INSERT OR IGNORE INTO territory_articles (territory_id, article_id) VALUES (NEW.territory_id, NEW.article_id);
                END;
                CREATE INDEX meeting_participants_person ON meeting_participants(person_id, date, meeting_id);
                CREATE TRIGGER meeting_date_to_participants AFTER UPDATE OF date ON meetings
                WHEN OLD.date IS NOT NEW.date
                BEGIN
                    UPDATE meeting_participants SET date = NEW.date WHERE meeting_id = NEW.id;
                END;
                CREATE TRIGGER meeting_status_from_sources AFTER INSERT ON meeting_sources
                WHEN NEW.status IS NOT (SELECT status FROM meetings WHERE id = NEW.meeting_id)
                  OR EXISTS (SELECT 1 FROM meeting_sources s WHERE s.meeting_id = NEW.meeting_id AND s.rowid <> NEW.rowid)
                BEGIN
                    UPDATE meetings SET status = coalesce(
                        (SELECT 'held' FROM meeting_sources s WHERE s.meeting_id = NEW.meeting_id AND s.status = 'held' LIMIT 1),
                        (SELECT s.status FROM meeting_sources s JOIN articles a ON a.id = s.article_id
                         WHERE s.meeting_id = NEW.meeting_id
                         ORDER BY a.published IS NULL, a.published DESC, s.rowid DESC LIMIT 1))
                    WHERE id = NEW.meeting_id;
                END;
                CREATE TRIGGER territory_articles_from_moved_mentions AFTER UPDATE OF territory_id ON mentions
                WHEN NEW.territory_id IS NOT NULL
                BEGIN
                    INSERT OR IGNORE INTO territory_articles (territory_id, article_id) VALUES (NEW.territory_id, NEW.article_id);
                END;
                """),
        // Version 7 keeps what disputed-territories shows of each territory (its number of
        // articles, its claimants) in two small tables triggers keep, and every person's names split
        // into trigrams, so that "any part of a name" is an index search rather than a pass over
        // every alias. All three are filled from the tables as they stand.
        Migration(
            from: 6,
            sql: """
                CREATE VIRTUAL TABLE person_alias_trigrams USING fts5(
                    person_id UNINDEXED, alias_key, alias,
                    tokenize = 'trigram'
                );
                INSERT INTO person_alias_trigrams (person_id, alias_key, alias) SELECT person_id, alias_key, alias FROM person_aliases;
                CREATE TABLE territory_counts (
                    territory_id INTEGER PRIMARY KEY REFERENCES territories(id) ON DELETE CASCADE,
                    articles     INTEGER NOT NULL
                );
                CREATE TRIGGER territory_counts_added AFTER INSERT ON territory_articles
                BEGIN
                    INSERT INTO territory_counts (territory_id, articles) VALUES (NEW.territory_id, 1)
                    ON CONFLICT (territory_id) DO UPDATE SET articles = articles + 1;
                END;
                CREATE TRIGGER territory_counts_removed AFTER DELETE ON territory_articles
                BEGIN
                    UPDATE territory_counts SET articles = articles - 1 WHERE territory_id = OLD.territory_id;
                END;
                CREATE TRIGGER territory_counts_moved AFTER UPDATE OF territory_id ON territory_articles
                BEGIN
                    UPDATE territory_counts SET articles = articles - 1 WHERE territory_id = OLD.territory_id;
                    INSERT INTO territory_counts (territory_id, articles) VALUES (NEW.territory_id, 1)
                    ON CONFLICT (territory_id) DO UPDATE SET articles = articles + 1;
                END;
                CREATE TABLE territory_claimants (
                    territory_id INTEGER NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
                    country      TEXT NOT NULL,
                    claims       INTEGER NOT NULL,
                    PRIMARY KEY (territory_id, country)
                ) WITHOUT ROWID;
                CREATE TRIGGER territory_claimants_added AFTER INSERT ON claims
                BEGIN
                    INSERT INTO territory_claimants (territory_id, country, claims) VALUES (NEW.territory_id, NEW.country, 1)
                    ON CONFLICT (territory_id, country) DO UPDATE SET claims = claims + 1;
                END;
                CREATE TRIGGER territory_claimants_removed AFTER DELETE ON claims
                BEGIN
                    UPDATE territory_claimants SET claims = claims - 1 WHERE territory_id = OLD.territory_id AND country = OLD.country;
                    DELETE FROM territory_claimants WHERE territory_id = OLD.territory_id AND country = OLD.country AND claims <= 0;
                END;
                CREATE TRIGGER territory_claimants_moved AFTER UPDATE OF territory_id, country ON claims
                BEGIN
                    UPDATE territory_claimants SET claims = claims - 1 WHERE territory_id = OLD.territory_id AND country = OLD.country;
                    DELETE FROM territory_claimants WHERE territory_id = OLD.territory_id AND country = OLD.country AND claims <= 0;
                    INSERT INTO territory_claimants (territory_id, country, claims) VALUES (NEW.territory_id, NEW.country, 1)
                    ON CONFLICT (territory_id, country) DO UPDATE SET claims = claims + 1;
                END;
                INSERT INTO territory_counts (territory_id, articles)
                    SELECT territory_id, count(*) FROM territory_articles GROUP BY territory_id;
                INSERT INTO territory_claimants (territory_id, country, claims)
                    SELECT territory_id, country, count(*) FROM claims GROUP BY territory_id, country;
                """),
        // Version 8 keeps only the sentences and mentions a query or page reads (KeptEvidence):
        // the sentences facts cite, the mentions in them, and a country's or territory's first
        // mention in an article when none is in one, with its sentence. The rest are removed.
        Migration(
            from: 7,
            sql: """
                CREATE TEMP TABLE cited_sentences (article_id INTEGER, sentence INTEGER, PRIMARY KEY (article_id, sentence)) WITHOUT ROWID;
                INSERT OR IGNORE INTO cited_sentences SELECT article_id, sentence FROM meeting_sources WHERE sentence IS NOT NULL;
                INSERT OR IGNORE INTO cited_sentences SELECT article_id, sentence FROM meetings WHERE sentence IS NOT NULL;
                INSERT OR IGNORE INTO cited_sentences SELECT article_id, sentence FROM claims;
                CREATE TEMP TABLE kept_mentions (id INTEGER PRIMARY KEY);
                INSERT INTO kept_mentions SELECT m.id FROM mentions m
                    WHERE EXISTS (SELECT 1 FROM cited_sentences c WHERE c.article_id = m.article_id AND c.sentence = m.sentence);
                INSERT OR IGNORE INTO kept_mentions
                    SELECT id FROM (SELECT id, min(start) FROM mentions m
                                    WHERE m.entity_kind IN ('country', 'territory')
                                      AND NOT EXISTS (SELECT 1 FROM mentions o JOIN cited_sentences c
                                                        ON c.article_id = o.article_id AND c.sentence = o.sentence
                                                      WHERE o.article_id = m.article_id AND o.entity_kind = m.entity_kind
                                                        AND o.country IS m.country AND o.territory_id IS m.territory_id)
                                    GROUP BY m.article_id, m.entity_kind, m.country, m.territory_id);
                DELETE FROM mentions WHERE id NOT IN (SELECT id FROM kept_mentions);
                DELETE FROM sentences
                    WHERE NOT EXISTS (SELECT 1 FROM cited_sentences c WHERE c.article_id = sentences.article_id AND c.sentence = sentences.idx)
                      AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = sentences.article_id AND m.sentence = sentences.idx);
                DROP TABLE cited_sentences;
                DROP TABLE kept_mentions;
                """),
        // Version 9 keys person_articles by article, then person (schema.sql says why), its
        // person's articles found through a new index. The rows are copied out and back, so the
        // table is created by the statement schema.sql has.
        Migration(
            from: 8,
            sql: """
                CREATE TABLE person_articles_rows AS SELECT person_id, article_id, name, country, title FROM person_articles;
                DROP TABLE person_articles;
                CREATE TABLE person_articles (
                    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    name       TEXT NOT NULL,
                    country    TEXT REFERENCES countries(code),
                    title      TEXT,
                    PRIMARY KEY (article_id, person_id)
                ) WITHOUT ROWID;
                INSERT INTO person_articles (person_id, article_id, name, country, title)
                    SELECT person_id, article_id, name, country, title FROM person_articles_rows ORDER BY article_id, person_id;
                DROP TABLE person_articles_rows;
                CREATE INDEX person_articles_person ON person_articles(person_id);
                """),
        // Version 10 finds stored meetings without a day by people, mode and place from an index
        // of their own (schema.sql says why).
        Migration(
            from: 9,
            sql: """
                CREATE INDEX meetings_undated ON meetings(participant_key, mode, lower(place)) WHERE date IS NULL;
                """),
    ]
}
