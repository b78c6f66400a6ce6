-- The questions behind the pages of `dipkb serve`, in the format of queries.sql (each one checked
-- as a single read-only statement when the server starts). Values reach SQLite only as bound
-- parameters. Lists that can run to thousands of rows take :limit and :offset, with a count-* query
-- beside them for the page links.

-- name: counts
-- description: The size of the knowledge base, for the home page.
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM people) AS people,
       (SELECT count(*) FROM meetings) AS meetings,
       (SELECT count(*) FROM territories) AS territories,
       (SELECT count(*) FROM countries) AS countries;

-- name: latest-meetings
-- description: The latest meetings by day (a meeting without a day at its first report's date).
-- param: limit — how many
SELECT m.id, coalesce(m.date, a.published) AS date, m.status, m.place, m.mode,
       (SELECT group_concat(name, ', ')
          FROM (SELECT p.name FROM meeting_participants mp JOIN people p ON p.id = mp.person_id
                WHERE mp.meeting_id = m.id ORDER BY mp.position)) AS participants
FROM meetings m JOIN articles a ON a.id = m.article_id
ORDER BY coalesce(m.date, a.published) IS NULL, coalesce(m.date, a.published) DESC, m.id DESC
LIMIT :limit;

-- name: territories
-- description: The first territories by name, for the home page.
-- param: limit — how many
SELECT t.id, t.name FROM territories t ORDER BY t.name, t.id LIMIT :limit;

-- name: search
-- description: People, territories, countries and meeting places whose name holds the text (any case).
-- param: text — part of a name
-- param: limit — how many of each kind
-- The replace() calls make % and _ in the text plain characters, as in queries.sql.
WITH pattern(like) AS (
    SELECT '%' || replace(replace(replace(:text, '\', '\\'), '%', '\%'), '_', '\_') || '%'
)
SELECT kind, id, label, detail FROM (
    SELECT * FROM (
        SELECT DISTINCT 'person' AS kind, CAST(p.id AS TEXT) AS id, p.name AS label, p.country AS detail
        FROM people p JOIN person_aliases al ON al.person_id = p.id, pattern
        WHERE al.alias LIKE pattern.like ESCAPE '\' OR instr(al.alias_key, lower(:text)) > 0
        ORDER BY p.name LIMIT :limit)
    UNION ALL
    SELECT * FROM (
        SELECT DISTINCT 'territory', CAST(t.id AS TEXT), t.name, NULL
        FROM territories t JOIN territory_names n ON n.territory_id = t.id, pattern
        WHERE n.name LIKE pattern.like ESCAPE '\' OR instr(n.name_key, lower(:text)) > 0
        ORDER BY t.name LIMIT :limit)
    UNION ALL
    SELECT * FROM (
        SELECT 'country', c.code, coalesce(c.name, c.code), c.code
        FROM countries c, pattern
        WHERE c.name LIKE pattern.like ESCAPE '\' OR c.code = upper(:text)
        ORDER BY c.code LIMIT :limit)
    UNION ALL
    SELECT * FROM (
        SELECT DISTINCT 'place', m.place, m.place, NULL
        FROM meetings m, pattern
        WHERE m.place LIKE pattern.like ESCAPE '\'
        ORDER BY m.place LIMIT :limit)
);

-- name: count-place-meetings
-- description: How many meetings were held or planned at one place.
-- param: place — the place (its name exactly as stored)
SELECT count(*) FROM meetings WHERE place = :place;

-- name: place-meetings
-- description: One page of the meetings held or planned at one place, in date order.
-- param: place — the place (its name exactly as stored)
-- param: limit — rows per page
-- param: offset — rows before this page
SELECT m.id, m.date, m.status, m.place, m.mode FROM meetings m
WHERE m.place = :place
ORDER BY m.date IS NULL, m.date, m.id
LIMIT :limit OFFSET :offset;

-- name: person
-- description: One person by id.
-- param: id — the person's id
SELECT p.id, p.name, p.country, c.name AS country_name, p.title
FROM people p LEFT JOIN countries c ON c.code = p.country
WHERE p.id = :id;

-- name: person-aliases
-- description: Every name a person goes by.
-- param: id — the person's id
SELECT alias FROM person_aliases WHERE person_id = :id ORDER BY alias;

-- name: person-roles
-- description: Every role an article gives the person, with the years it was stated (first and last).
-- param: id — the person's id
SELECT min(pa.title) AS title, pa.country,
       substr(min(a.published), 1, 4) AS first_year, substr(max(a.published), 1, 4) AS last_year,
       count(*) AS articles
FROM person_articles pa JOIN articles a ON a.id = pa.article_id
WHERE pa.person_id = :id AND pa.title IS NOT NULL
GROUP BY lower(pa.title), pa.country
ORDER BY min(a.published) IS NULL, min(a.published), min(pa.title);

-- name: count-person-meetings
-- description: How many meetings the person has.
-- param: id — the person's id
SELECT count(*) FROM meeting_participants WHERE person_id = :id;

-- name: person-meetings
-- description: One page of a person's meetings, in date order.
-- param: id — the person's id
-- param: limit — rows per page
-- param: offset — rows before this page
SELECT m.id, m.date, m.status, m.place, m.mode
FROM meeting_participants mp JOIN meetings m ON m.id = mp.meeting_id
WHERE mp.person_id = :id
ORDER BY m.date IS NULL, m.date, m.id
LIMIT :limit OFFSET :offset;

-- name: meeting
-- description: One meeting by id.
-- param: id — the meeting's id
SELECT m.id, m.status, m.date, m.date_precision, m.place, m.mode FROM meetings m WHERE m.id = :id;

-- name: meeting-participants
-- description: A meeting's participants, in the order its first report names them.
-- param: id — the meeting's id
SELECT p.id, p.name, p.country, p.title
FROM meeting_participants mp JOIN people p ON p.id = mp.person_id
WHERE mp.meeting_id = :id
ORDER BY mp.position;

-- name: meeting-sources
-- description: Every report of a meeting: its article, the status it gives and its evidence sentence.
-- param: id — the meeting's id
SELECT s.article_id, a.title, a.published, a.source, s.status, s.sentence,
       se.text AS sentence_text, se.start AS sentence_start
FROM meeting_sources s
JOIN articles a ON a.id = s.article_id
LEFT JOIN sentences se ON se.article_id = s.article_id AND se.idx = s.sentence
WHERE s.meeting_id = :id
ORDER BY a.published IS NULL, a.published, s.article_id, s.sentence;

-- name: sentence-mentions
-- description: Where one sentence names people, countries and territories (offsets in the article body).
-- param: article — the article's id
-- param: sentence — the sentence's index
SELECT start, "end", entity_kind, person_id, country, territory_id
FROM mentions
WHERE article_id = :article AND sentence = :sentence
ORDER BY start;

-- name: territory
-- description: One territory by id.
-- param: id — the territory's id
SELECT t.id, t.name FROM territories t WHERE t.id = :id;

-- name: territory-names
-- description: Every name of a territory, with the side using it where an article says so.
-- param: id — the territory's id
SELECT n.name, n.used_by, c.name AS used_by_name
FROM territory_names n LEFT JOIN countries c ON c.code = n.used_by
WHERE n.territory_id = :id
ORDER BY n.used_by IS NULL, n.used_by, n.name;

-- name: territory-claimants
-- description: The states that claim or hold a territory (as disputed-territories counts them).
-- param: id — the territory's id
SELECT DISTINCT cl.country AS code, c.name
FROM claims cl LEFT JOIN countries c ON c.code = cl.country
WHERE cl.territory_id = :id
ORDER BY cl.country;

-- name: territory-holders
-- description: Each state an article says holds a territory, with the first and last dates it was said; the latest first.
-- param: id — the territory's id
SELECT cl.country AS code, c.name, min(a.published) AS first, max(a.published) AS last, count(DISTINCT cl.article_id) AS articles
FROM claims cl JOIN articles a ON a.id = cl.article_id LEFT JOIN countries c ON c.code = cl.country
WHERE cl.territory_id = :id AND cl.kind = 'holds'
GROUP BY cl.country
ORDER BY max(a.published) IS NULL, max(a.published) DESC, max(cl.id) DESC;

-- name: count-territory-claims
-- description: How many claims and statements of holding a territory has.
-- param: id — the territory's id
SELECT count(*) FROM claims WHERE territory_id = :id;

-- name: territory-claims
-- description: One page of the claims on a territory and the statements of who holds it, with their sentences.
-- param: id — the territory's id
-- param: limit — rows per page
-- param: offset — rows before this page
SELECT cl.country, c.name AS country_name, cl.kind, cl.article_id, a.title, a.published, a.source,
       cl.sentence, se.text AS sentence_text, se.start AS sentence_start
FROM claims cl
JOIN articles a ON a.id = cl.article_id
LEFT JOIN countries c ON c.code = cl.country
LEFT JOIN sentences se ON se.article_id = cl.article_id AND se.idx = cl.sentence
WHERE cl.territory_id = :id
ORDER BY a.published IS NULL, a.published, cl.article_id, cl.sentence, cl.id
LIMIT :limit OFFSET :offset;

-- name: count-territory-articles
-- description: How many articles name a territory or state a claim on it.
-- param: id — the territory's id
SELECT count(*) FROM (SELECT article_id FROM claims WHERE territory_id = :id
                      UNION SELECT article_id FROM mentions WHERE territory_id = :id);

-- name: territory-articles
-- description: One page of the articles that name a territory or state a claim on it.
-- param: id — the territory's id
-- param: limit — rows per page
-- param: offset — rows before this page
SELECT a.id, a.title, a.published, a.source
FROM articles a
WHERE a.id IN (SELECT article_id FROM claims WHERE territory_id = :id
               UNION SELECT article_id FROM mentions WHERE territory_id = :id)
ORDER BY a.published IS NULL, a.published, a.id
LIMIT :limit OFFSET :offset;

-- name: country
-- description: One country by code.
-- param: code — ISO alpha-3 code
SELECT c.code, c.name FROM countries c WHERE c.code = upper(:code);

-- name: count-country-people
-- description: How many people a country has.
-- param: code — ISO alpha-3 code
SELECT count(*) FROM people WHERE country = upper(:code);

-- name: country-people
-- description: One page of a country's people.
-- param: code — ISO alpha-3 code
-- param: limit — rows per page
-- param: offset — rows before this page
SELECT p.id, p.name, p.title FROM people p
WHERE p.country = upper(:code)
ORDER BY p.name, p.id
LIMIT :limit OFFSET :offset;

-- name: count-country-meetings
-- description: How many meetings someone of a country took part in.
-- param: code — ISO alpha-3 code
SELECT count(DISTINCT mp.meeting_id)
FROM meeting_participants mp JOIN people p ON p.id = mp.person_id
WHERE p.country = upper(:code);

-- name: country-meetings
-- description: One page of the meetings someone of a country took part in, in date order.
-- param: code — ISO alpha-3 code
-- param: limit — rows per page
-- param: offset — rows before this page
SELECT m.id, m.date, m.status, m.place, m.mode,
       (SELECT group_concat(name, ', ')
          FROM (SELECT o.name FROM meeting_participants op JOIN people o ON o.id = op.person_id
                WHERE op.meeting_id = m.id ORDER BY op.position)) AS participants
FROM meetings m
WHERE m.id IN (SELECT mp.meeting_id FROM meeting_participants mp JOIN people p ON p.id = mp.person_id
               WHERE p.country = upper(:code))
ORDER BY m.date IS NULL, m.date, m.id
LIMIT :limit OFFSET :offset;

-- name: country-claims
-- description: The territories a country claims or holds, with the articles that say so.
-- param: code — ISO alpha-3 code
SELECT t.id, t.name, cl.kind, count(DISTINCT cl.article_id) AS articles
FROM claims cl JOIN territories t ON t.id = cl.territory_id
WHERE cl.country = upper(:code)
GROUP BY t.id, cl.kind
ORDER BY t.name, cl.kind;
