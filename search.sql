-- The statements behind `dipkb search` and the search API (Store.searchArticles, Store.searchNames),
-- in the format of queries.sql; not listed by `dipkb queries`. :match is an FTS5 query that
-- SearchText built from the user's words, every word a quoted string, so no text a user types is
-- read as FTS5 syntax; every other value is bound too.

-- name: articles-matching
-- description: Articles whose title, body or evidence sentences hold every word, best first, with a snippet around the words (marked by char(2) and char(3)).
-- param: match — an FTS5 query made by SearchText
-- param: limit — at most this many articles
-- param: offset — skip this many first
-- The title weighs most, then the evidence sentences, then the rest of the body.
SELECT a.id AS article, a.published, a.title, a.source,
       snippet(article_search, -1, char(2), char(3), '…', 16) AS snippet
FROM article_search JOIN articles a ON a.id = article_search.rowid
WHERE article_search MATCH :match
ORDER BY bm25(article_search, 4.0, 1.0, 2.0), a.id
LIMIT :limit OFFSET :offset;

-- name: articles-matching-count
-- description: How many articles match.
-- param: match — an FTS5 query made by SearchText
SELECT count(*) FROM article_search WHERE article_search MATCH :match;

-- name: article-people
-- description: The people one article names, as it names them.
-- param: article — the article id
SELECT pa.person_id AS person, pa.name, pa.country, pa.title
FROM person_articles pa
WHERE pa.article_id = :article
ORDER BY pa.name;

-- name: article-meetings
-- description: The meetings one article reports, with the status it gives each and the sentence it says so in. Participants are separated by char(31).
-- param: article — the article id
SELECT m.id AS meeting,
       (SELECT group_concat(name, char(31))
          FROM (SELECT p.name FROM meeting_participants mp JOIN people p ON p.id = mp.person_id
                WHERE mp.meeting_id = m.id ORDER BY mp.position)) AS participants,
       ms.status, m.date, m.place, m.mode, s.text AS sentence
FROM meeting_sources ms
JOIN meetings m ON m.id = ms.meeting_id
LEFT JOIN sentences s ON s.article_id = ms.article_id AND s.idx = ms.sentence
WHERE ms.article_id = :article
ORDER BY ms.sentence IS NULL, ms.sentence, m.id;

-- name: article-claims
-- description: The territorial claims one article states, with the sentence that states each.
-- param: article — the article id
SELECT t.id AS territory, t.name AS territory_name, c.country, c.kind, s.text AS sentence
FROM claims c
JOIN territories t ON t.id = c.territory_id
JOIN sentences s ON s.article_id = c.article_id AND s.idx = c.sentence
WHERE c.article_id = :article
ORDER BY c.sentence, c.id;

-- name: names-matching
-- description: People, territories, meeting places and countries with a name holding the text, most reported first.
-- param: key — the text folded as NameKey.fold folds names (case, diacritics, punctuation)
-- param: text — the text in lower case
-- param: limit — at most this many
-- A person or a territory is found by any of its names; a place is a meeting's place, one row
-- per spelling folded for ASCII case; a country by its name or its code.
SELECT kind, id, name, matched, articles FROM (
    SELECT 'person' AS kind, p.id AS id, p.name AS name,
           (SELECT al.alias FROM person_aliases al
            WHERE al.person_id = p.id AND instr(al.alias_key, :key) > 0
            ORDER BY length(al.alias) DESC, al.alias LIMIT 1) AS matched,
           (SELECT count(*) FROM person_articles pa WHERE pa.person_id = p.id) AS articles
    FROM people p
    WHERE p.id IN (SELECT person_id FROM person_aliases WHERE instr(alias_key, :key) > 0)
    UNION ALL
    SELECT 'territory', t.id, t.name,
           (SELECT n.name FROM territory_names n
            WHERE n.territory_id = t.id AND (instr(n.name_key, :key) > 0 OR instr(lower(n.name), :text) > 0)
            ORDER BY length(n.name) DESC, n.name LIMIT 1),
           (SELECT count(*) FROM (SELECT article_id FROM claims WHERE territory_id = t.id
                                  UNION SELECT article_id FROM mentions WHERE territory_id = t.id))
    FROM territories t
    WHERE t.id IN (SELECT territory_id FROM territory_names
                   WHERE instr(name_key, :key) > 0 OR instr(lower(name), :text) > 0)
    UNION ALL
    SELECT 'place', NULL, min(m.place), min(m.place), count(DISTINCT ms.article_id)
    FROM meetings m JOIN meeting_sources ms ON ms.meeting_id = m.id
    WHERE m.place IS NOT NULL AND instr(lower(m.place), :text) > 0
    GROUP BY lower(m.place)
    UNION ALL
    SELECT 'country', c.code, coalesce(c.name, c.code), coalesce(c.name, c.code),
           (SELECT count(DISTINCT article_id) FROM mentions WHERE country = c.code)
    FROM countries c
    WHERE instr(lower(c.name), :text) > 0 OR lower(c.code) = :text
)
ORDER BY articles DESC, name, kind
LIMIT :limit;
