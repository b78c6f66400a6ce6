-- The dipkb knowledge base: articles, the facts extracted from them, and the sentences that
-- support each fact. This file is the one source of the schema; dipkb embeds it at build time
-- and runs it on a new database. An older database is brought up to this version by the
-- migration steps in Sources/Store/Migration.swift.
--
-- Conventions: dates are TEXT 'YYYY-MM-DD'; countries are ISO 3166-1 alpha-3 codes (or an
-- international body's code such as 'UN', 'EU'); `*_key` columns hold a case- and
-- diacritic-folded form of a name, used to recognise the same thing across articles.
-- Offsets count Unicode scalars from the start of the article body (start inclusive, end exclusive).

PRAGMA user_version = 10;
-- dipkb's own mark in the file header ("dipk" in ASCII), so that another program's database
-- is never taken for a knowledge base because its user_version happens to match.
PRAGMA application_id = 1684631659;

-- One row per distinct article text. content_hash is the SHA-256 (hex) of the body with runs of
-- whitespace collapsed to one space and trimmed, so the same article re-saved is loaded once.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    published    TEXT,
    source       TEXT,
    body         TEXT NOT NULL,
    loaded_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- The sentences of an article body that its facts cite, so every fact can be traced to the words
-- behind it: each stored meeting's first evidence sentence, each claim's, and the sentence of each
-- mention kept outside them (see mentions). Only those: the body holds the rest, and a row for
-- every sentence was a third of the rows a load wrote (Sources/Store/KeptEvidence.swift).
CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- States and international bodies. name is NULL while a code is only known from a person's or a
-- claim's country, not from a mention in the text.
CREATE TABLE countries (
    code TEXT PRIMARY KEY,
    name TEXT
) WITHOUT ROWID;

-- One row per real person across all articles. name is the fullest form seen; country and
-- title are the first ones stated (each article's own are in person_articles).
CREATE TABLE people (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    country  TEXT REFERENCES countries(code),
    title    TEXT
);
CREATE INDEX people_name_key ON people(name_key);

-- Every form of a person's name seen (the canonical name included): "Sergei Lavrov", "Lavrov".
CREATE TABLE person_aliases (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias_key TEXT NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (person_id, alias_key)
) WITHOUT ROWID;
CREATE INDEX person_aliases_key ON person_aliases(alias_key);
-- The same names split into every run of three characters (FTS5's trigram tokenizer, folding
-- case), so that "any part of a name" (who-met-whom, meetings-of) reads the few aliases holding
-- the run asked for instead of every alias; the queries check each one found against
-- person_aliases with their own test, so an entry left behind by a person deleted by hand finds
-- nothing. The writer adds each alias it stores (a trigger cannot: a connection that does not
-- trust the schema, as dipkb's readers do not, refuses a trigger that writes a virtual table).
-- The index keeps its own copy of the names, person_aliases having no rowid to read them back by.
CREATE VIRTUAL TABLE person_alias_trigrams USING fts5(
    person_id UNINDEXED, alias_key, alias,
    tokenize = 'trigram'
);

-- The surname key (PersonName.surname: transliteration-folded, "Lavrov" and "Lavrov" alike for
-- "Sergei Lavrov" and "Sergey Lavrov") of every name a person is known by. It finds the people
-- a new name may belong to; the rules in PersonName and the country decide which, if any.
CREATE TABLE person_surnames (
    surname_key TEXT NOT NULL,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (surname_key, person_id)
) WITHOUT ROWID;

-- Which articles name which person, with the name, country and role as that article gives them
-- (roles change over time; the article's date says when one was stated). Keyed by article first:
-- the rows come article by article, so a load writes them at the table's end, where keyed by
-- person (8 rows an article, each for a person anywhere in the table) they were the largest
-- B-tree written at random. The person's articles are found through person_articles_person, an
-- index only queries read (a large load builds it at its end).
CREATE TABLE person_articles (
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    country    TEXT REFERENCES countries(code),
    title      TEXT,
    PRIMARY KEY (article_id, person_id)
) WITHOUT ROWID;
CREATE INDEX person_articles_person ON person_articles(person_id);

-- Disputed territories, one row per real territory; name is the first name seen.
CREATE TABLE territories (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

-- Every name of a territory, with the state that uses it where an article says so
-- ("Kuril" used by RUS, "Northern Territories" used by JPN).
CREATE TABLE territory_names (
    territory_id INTEGER NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL,
    used_by      TEXT REFERENCES countries(code)
);
CREATE UNIQUE INDEX territory_names_unique ON territory_names(territory_id, name, ifnull(used_by, ''));
CREATE INDEX territory_names_key ON territory_names(name_key);

-- A state claiming or holding a territory, as one article's sentence states it. published is
-- the article's date, kept beside the claim (the trigger below fills it when an insert leaves it
-- out) so that a territory's latest stated holder is the first entry of claims_holder rather
-- than the result of sorting all its claims by their articles' dates.
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
-- A territory's claims, each index covering one question of disputed-territories without reading
-- the table: its articles, in article order (so the union with its mentions is a merge), and its
-- claimants and holders by kind.
CREATE INDEX claims_territory ON claims(territory_id, article_id);
CREATE INDEX claims_territory_kind ON claims(territory_id, kind, article_id, country);
CREATE INDEX claims_country ON claims(country);
CREATE INDEX claims_article ON claims(article_id);
-- A territory's holders, latest stated first (undated last), as disputed-territories orders them.
CREATE INDEX claims_holder ON claims(territory_id, kind, published IS NULL, published DESC, id DESC, country);
CREATE TRIGGER claims_published AFTER INSERT ON claims
WHEN NEW.published IS NOT (SELECT published FROM articles WHERE id = NEW.article_id)
BEGIN
    UPDATE claims SET published = (SELECT published FROM articles WHERE id = NEW.article_id) WHERE id = NEW.id;
END;

-- Which articles report on which territory, through a claim or a mention: the number of a
-- territory's articles is then one count over its entries, not a union of its claims and mentions
-- made distinct at every query. Claims (a few per article) keep it by the triggers below; the
-- writer adds the articles of territory mentions itself (a trigger on every mention would cost
-- each of the 40-odd mentions of an article a call); a merge of two territories moves claims and
-- mentions, and the triggers follow; the territory merged away takes its rows with it.
CREATE TABLE territory_articles (
    territory_id INTEGER NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (territory_id, article_id)
) WITHOUT ROWID;
CREATE TRIGGER territory_articles_from_claims AFTER INSERT ON claims
BEGIN
    INSERT OR IGNORE INTO territory_articles (territory_id, article_id) VALUES (NEW.territory_id, NEW.article_id);
END;
CREATE TRIGGER territory_articles_from_moved_claims AFTER UPDATE OF territory_id ON claims
BEGIN
    INSERT OR IGNORE INTO territory_articles (territory_id, article_id) VALUES (NEW.territory_id, NEW.article_id);
END;

-- What disputed-territories shows of each territory, kept as claims and articles come and go
-- rather than worked out from thousands of rows at every query: the number of its articles (its
-- territory_articles entries) and its claimants (with the number of claims of each, so that a
-- claim removed takes its claimant away only with its last claim). Triggers keep both whoever
-- writes; the rows they follow are few per article (a claim or two, one entry per territory), and
-- both go with a territory merged away.
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

-- Encounters between two or more people, one row per real encounter however many articles
-- report it. article_id and sentence are the first report's main evidence; meeting_sources lists
-- every report. participant_key (sorted person ids) with the day, or with the place and close
-- article dates when a report gives no day, finds the same meeting in another article.
-- status is derived from the reports by the trigger below: 'held' when any report says it was
-- held, otherwise what the latest report says: 'planned', 'cancelled' or 'postponed'. (The
-- extractor reports only 'held' and 'planned' today; the other two are ready for it.)
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
-- The stored meetings without a day, by people, mode and place: what the writer looks for when a
-- report may be one of them (FactWriter). Through meetings_match it read every undated meeting of
-- the same people from the table to compare mode and place (some 70 for the busiest pair after
-- 100,000 articles, each a page at random on a large database); here the three are the key. A
-- tenth of the meetings have no day; one leaves the index when a later report gives its day.
CREATE INDEX meetings_undated ON meetings(participant_key, mode, lower(place)) WHERE date IS NULL;
CREATE INDEX meetings_date ON meetings(date);
CREATE INDEX meetings_article ON meetings(article_id);

-- position keeps the order in which the first report names the participants.
CREATE TABLE meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    date       TEXT,
    PRIMARY KEY (meeting_id, person_id)
) WITHOUT ROWID;
-- date is the meeting's, written with each participant and moved by the trigger below when a
-- meeting's day becomes known, so that a person's meetings are read in date order from this index
-- alone: the first page of the busiest person's thousands of meetings without looking each up.
CREATE INDEX meeting_participants_person ON meeting_participants(person_id, date, meeting_id);
CREATE TRIGGER meeting_date_to_participants AFTER UPDATE OF date ON meetings
WHEN OLD.date IS NOT NEW.date
BEGIN
    UPDATE meeting_participants SET date = NEW.date WHERE meeting_id = NEW.id;
END;

-- Every article that reports a meeting, with the status that article gives it.
CREATE TABLE meeting_sources (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence   INTEGER,
    status     TEXT NOT NULL CHECK (status IN ('held', 'planned', 'cancelled', 'postponed')),
    FOREIGN KEY (article_id, sentence) REFERENCES sentences(article_id, idx)
);
CREATE UNIQUE INDEX meeting_sources_unique ON meeting_sources(meeting_id, article_id, ifnull(sentence, -1));
CREATE INDEX meeting_sources_article ON meeting_sources(article_id);

-- A meeting's status follows its reports: a planned meeting a later article reports held becomes
-- held; one whose latest report (by article date) calls it off says so, unless another report
-- says it took place.
-- A meeting's first report gives it its status when it is stored: nothing to work out then.
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

-- Where the text names an entity: which article, sentence and span. Exactly one of person_id,
-- country, territory_id is set, the one entity_kind names. Kept (Sources/Store/KeptEvidence.swift):
-- every mention in a sentence the article's facts cite (the evidence pages mark them), and a
-- country's or territory's first mention in the article when none is in one (the articles naming
-- a country or territory are counted and listed from them); not every name the extractor found.
CREATE TABLE mentions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence     INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    entity_kind  TEXT NOT NULL CHECK (entity_kind IN ('person', 'country', 'territory')),
    person_id    INTEGER REFERENCES people(id) ON DELETE CASCADE,
    country      TEXT REFERENCES countries(code),
    territory_id INTEGER REFERENCES territories(id) ON DELETE CASCADE,
    FOREIGN KEY (article_id, sentence) REFERENCES sentences(article_id, idx),
    CHECK ((entity_kind = 'person') = (person_id IS NOT NULL)
       AND (entity_kind = 'country') = (country IS NOT NULL)
       AND (entity_kind = 'territory') = (territory_id IS NOT NULL))
);
CREATE INDEX mentions_article ON mentions(article_id, sentence);
CREATE INDEX mentions_person ON mentions(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX mentions_country ON mentions(country) WHERE country IS NOT NULL;
-- With article_id, the articles naming a territory are read from the index alone, in order.
CREATE INDEX mentions_territory ON mentions(territory_id, article_id) WHERE territory_id IS NOT NULL;
CREATE TRIGGER territory_articles_from_moved_mentions AFTER UPDATE OF territory_id ON mentions
WHEN NEW.territory_id IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO territory_articles (territory_id, article_id) VALUES (NEW.territory_id, NEW.article_id);
END;

-- Full-text search (`dipkb search`): each article's title, body and evidence (the sentences its
-- meetings and claims cite), as words folded for case and diacritics ("Kono" finds "Kōno").
-- The index keeps no copy of the text: it reads it back from this view (an FTS5 external content
-- table) for snippets. The writer indexes an article in the transaction that stores it, once its
-- facts are written, so the index never holds an article the tables do not, nor misses one.
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
