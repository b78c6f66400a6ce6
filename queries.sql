-- Named queries, run with `dipkb query NAME [--param KEY=VALUE]...` and listed by `dipkb queries`.
--
-- Each query starts with a `-- name:` line and may have `-- description:` and `-- param:` lines;
-- a parameter written `NAME?` is optional, and is NULL when left out. Parameters reach SQLite as
-- bound values, never as SQL text. The schema is in schema.sql.

-- name: who-met-whom
-- description: Every pair of people who met or are to meet: one row per pair of participants per meeting, with the number of articles reporting it.
-- param: person? — only pairs with this person (any part of a name or alias, any case)
-- param: country? — only pairs with someone from this country (ISO alpha-3 code, e.g. RUS)
-- param: limit? — at most this many rows (dipkb query --limit)
-- param: offset? — rows to skip first (dipkb query --offset)
-- With a person, the matching people are found first and their
-- meetings read, in date order, from meeting_participants_person alone (it carries the meeting's
-- date); without one, every meeting is. A filter written per pair instead makes SQLite read every
-- meeting even for one person. Only the meetings a page can need are then looked up (each gives
-- at least one pair, so the first offset + limit meetings hold the page; with a country filter a
-- meeting may give none, and every one is looked at), and only the pairs of the page get names and
-- their number of sources.
-- "Any part of a name" of three characters or more is looked up in the aliases' trigram index,
-- which folds case more widely than the test below and so finds every alias the test accepts
-- (and perhaps a few more, which the test then turns away); a shorter one reads every alias.
-- LIKE is instr(lower(...)) without a lowered copy of every alias (both fold ASCII case only);
-- the replace() calls make % and _ in the value plain characters.
WITH chosen(id) AS (
    SELECT al.person_id FROM person_alias_trigrams t
    JOIN person_aliases al ON al.person_id = t.person_id AND al.alias_key = t.alias_key
    WHERE length(:person) >= 3
      AND person_alias_trigrams MATCH '"' || replace(:person, '"', '""') || '"'
      AND (instr(al.alias_key, lower(:person)) > 0
           OR al.alias LIKE '%' || replace(replace(replace(:person, '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\')
    UNION
    SELECT person_id FROM person_aliases al
    WHERE length(:person) < 3
      AND (instr(al.alias_key, lower(:person)) > 0
           OR al.alias LIKE '%' || replace(replace(replace(:person, '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\')
),
page_size(meetings) AS (
    SELECT CASE WHEN :country IS NULL AND :limit IS NOT NULL THEN :limit + coalesce(:offset, 0) ELSE -1 END
),
picked(id, date) AS (
    SELECT * FROM (SELECT id, date FROM meetings WHERE :person IS NULL
                   ORDER BY date IS NULL, date, id LIMIT (SELECT meetings FROM page_size))
    UNION ALL
    -- A meeting of two chosen people comes twice: the page's meetings are among the first
    -- (page size) x (chosen people) entries.
    SELECT DISTINCT meeting_id, date FROM (
        SELECT meeting_id, date FROM meeting_participants WHERE :person IS NOT NULL AND person_id IN chosen
        ORDER BY date IS NULL, date, meeting_id
        LIMIT (SELECT CASE WHEN meetings < 0 THEN -1 ELSE meetings * max(1, (SELECT count(*) FROM chosen)) END FROM page_size))
),
pairs(meeting, date, a_id, b_id, a_position, b_position) AS (
    SELECT k.id, k.date, pa.person_id, pb.person_id, pa.position, pb.position
    FROM picked k
    JOIN meeting_participants pa ON pa.meeting_id = k.id
    JOIN meeting_participants pb ON pb.meeting_id = k.id AND pb.position > pa.position
    WHERE (:person IS NULL OR pa.person_id IN chosen OR pb.person_id IN chosen)
      AND (:country IS NULL OR (SELECT country FROM people WHERE id = pa.person_id) = upper(:country)
                            OR (SELECT country FROM people WHERE id = pb.person_id) = upper(:country))
    ORDER BY k.date IS NULL, k.date, k.id, pa.position, pb.position
    LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
)
SELECT a.name AS person_a, a.country AS country_a,
       b.name AS person_b, b.country AS country_b,
       m.date, m.status, m.place, m.mode, m.article_id AS article,
       (SELECT count(DISTINCT article_id) FROM meeting_sources WHERE meeting_id = m.id) AS sources
FROM pairs p
JOIN meetings m ON m.id = p.meeting
JOIN people a ON a.id = p.a_id
JOIN people b ON b.id = p.b_id
ORDER BY p.date IS NULL, p.date, p.meeting, p.a_position, p.b_position;

-- name: meetings-of
-- description: The meetings of one person, held and planned, with the other participants.
-- param: person — the person (any part of a name or alias, any case)
-- param: limit? — at most this many rows (dipkb query --limit)
-- param: offset? — rows to skip first (dipkb query --offset)
-- The matching people first, as in who-met-whom, then their meetings in date order from the
-- person index alone; only the page's meetings are looked up in full.
WITH chosen(id) AS (
    SELECT al.person_id FROM person_alias_trigrams t
    JOIN person_aliases al ON al.person_id = t.person_id AND al.alias_key = t.alias_key
    WHERE length(:person) >= 3
      AND person_alias_trigrams MATCH '"' || replace(:person, '"', '""') || '"'
      AND (instr(al.alias_key, lower(:person)) > 0
           OR al.alias LIKE '%' || replace(replace(replace(:person, '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\')
    UNION
    SELECT person_id FROM person_aliases al
    WHERE length(:person) < 3
      AND (instr(al.alias_key, lower(:person)) > 0
           OR al.alias LIKE '%' || replace(replace(replace(:person, '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\')
),
page(person_id, name, meeting, date) AS (
    SELECT p.id, p.name, mp.meeting_id, mp.date
    FROM people p
    JOIN meeting_participants mp ON mp.person_id = p.id
    WHERE p.id IN chosen
    ORDER BY p.name, mp.date IS NULL, mp.date, mp.meeting_id, p.id
    LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
)
SELECT g.name AS person, m.date, m.status,
       (SELECT group_concat(o.name, ', ')
          FROM (SELECT o.name FROM meeting_participants op JOIN people o ON o.id = op.person_id
                WHERE op.meeting_id = m.id AND op.person_id <> g.person_id ORDER BY op.position) o) AS met,
       m.place, m.mode, m.article_id AS article
FROM page g
JOIN meetings m ON m.id = g.meeting
ORDER BY g.name, g.date IS NULL, g.date, g.meeting, g.person_id;

-- name: disputed-territories
-- description: Disputed territories: their names and which side uses each, claimants, holder (the latest stated) and number of articles.
-- The holder is the first entry of claims_holder (claims by date, latest first); the claimants and
-- the number of articles are kept per territory (territory_claimants, territory_counts): nothing
-- is sorted, counted or made distinct per territory.
SELECT t.name AS territory,
       (SELECT group_concat(label, '; ')
          FROM (SELECT n.name || CASE WHEN n.used_by IS NULL THEN ''
                                      ELSE ' (' || coalesce(c.name, n.used_by) || ')' END AS label
                FROM territory_names n LEFT JOIN countries c ON c.code = n.used_by
                WHERE n.territory_id = t.id
                ORDER BY n.used_by IS NULL, n.name, n.used_by)) AS also_known_as,
       (SELECT group_concat(country, ', ')
          FROM (SELECT country FROM territory_claimants WHERE territory_id = t.id ORDER BY country)) AS claimants,
       (SELECT cl.country FROM claims cl
        WHERE cl.territory_id = t.id AND cl.kind = 'holds'
        ORDER BY cl.published IS NULL, cl.published DESC, cl.id DESC LIMIT 1) AS held_by,
       coalesce((SELECT articles FROM territory_counts WHERE territory_id = t.id), 0) AS articles
FROM territories t
ORDER BY t.name;

-- name: claims-by
-- description: The territories a country claims or holds, with the other claimants and the sentence that says so.
-- param: country — ISO alpha-3 code, e.g. JPN
SELECT t.name AS territory, cl.kind,
       (SELECT group_concat(country, ', ')
          FROM (SELECT DISTINCT country FROM claims
                WHERE territory_id = t.id AND country <> cl.country ORDER BY country)) AS other_claimants,
       cl.article_id AS article, s.text AS evidence
FROM claims cl
JOIN territories t ON t.id = cl.territory_id
LEFT JOIN sentences s ON s.article_id = cl.article_id AND s.idx = cl.sentence
WHERE cl.country = upper(:country)
ORDER BY t.name, cl.kind, cl.article_id, cl.sentence;

-- name: people
-- description: Every person in the knowledge base, with their latest stated title and its year, country and the number of articles that name them.
-- param: country? — only people of this country (ISO alpha-3 code)
SELECT p.name,
       (SELECT pa.title || coalesce(' (' || substr(a.published, 1, 4) || ')', '')
          FROM person_articles pa JOIN articles a ON a.id = pa.article_id
          WHERE pa.person_id = p.id AND pa.title IS NOT NULL
          ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT 1) AS title,
       p.country,
       (SELECT count(*) FROM person_articles pa WHERE pa.person_id = p.id) AS articles
FROM people p
WHERE (:country IS NULL OR p.country = upper(:country))
ORDER BY p.name, p.country, p.id;

-- name: countries
-- description: Every country the articles mention or a fact refers to, with the number of articles that mention it.
SELECT c.code, c.name,
       (SELECT count(DISTINCT article_id) FROM mentions WHERE country = c.code) AS articles
FROM countries c
ORDER BY c.code;

-- name: articles
-- description: Every stored article, with the number of people, meetings and territory claims taken from it.
SELECT a.id, a.published AS date, a.title, a.source,
       (SELECT count(*) FROM person_articles WHERE article_id = a.id) AS people,
       (SELECT count(*) FROM meeting_sources WHERE article_id = a.id) AS meetings,
       (SELECT count(*) FROM claims WHERE article_id = a.id) AS claims
FROM articles a
ORDER BY a.id;

-- name: person
-- description: Everything about one person: the names they go by, every role they have held (first and last stated), their meetings, each with its source articles.
-- param: name — the person (any part of a name or alias, any case)
WITH who AS (
    SELECT p.id, p.name FROM people p
    WHERE EXISTS (SELECT 1 FROM person_aliases al
                  WHERE al.person_id = p.id
                    AND (instr(lower(al.alias), lower(:name)) > 0 OR instr(al.alias_key, lower(:name)) > 0))
)
SELECT person, kind, detail, date, sources FROM (
    SELECT w.name AS person, 1 AS rank, 'name' AS kind, al.alias AS detail, NULL AS date,
           (SELECT group_concat(article_id, ', ')
              FROM (SELECT pa.article_id FROM person_articles pa
                    WHERE pa.person_id = w.id AND pa.name = al.alias ORDER BY pa.article_id)) AS sources
    FROM who w JOIN person_aliases al ON al.person_id = w.id
    UNION ALL
    SELECT w.name, 2, 'role',
           min(pa.title) || coalesce(' (' || pa.country || ')', ''),
           CASE WHEN min(a.published) = max(a.published) THEN min(a.published)
                ELSE min(a.published) || ' to ' || max(a.published) END,
           group_concat(pa.article_id, ', ')
    FROM who w JOIN person_articles pa ON pa.person_id = w.id JOIN articles a ON a.id = pa.article_id
    WHERE pa.title IS NOT NULL
    GROUP BY w.id, lower(pa.title), pa.country
    UNION ALL
    SELECT w.name, 3, 'meeting',
           m.status || ' with ' ||
           (SELECT group_concat(name, ', ')
              FROM (SELECT o.name FROM meeting_participants op JOIN people o ON o.id = op.person_id
                    WHERE op.meeting_id = m.id AND op.person_id <> w.id ORDER BY op.position))
           || coalesce(' in ' || m.place, '') || CASE WHEN m.mode = 'call' THEN ' (call)' ELSE '' END,
           m.date,
           (SELECT group_concat(article_id, ', ')
              FROM (SELECT DISTINCT article_id FROM meeting_sources WHERE meeting_id = m.id ORDER BY article_id))
    FROM who w JOIN meeting_participants mp ON mp.person_id = w.id JOIN meetings m ON m.id = mp.meeting_id
)
ORDER BY person, rank, date IS NULL, date, detail;

-- name: territory
-- description: One disputed territory: its names with the side using each, claimants, the latest stated holder, and every source article.
-- param: name — the territory (any part of any of its names, any case)
SELECT t.name AS territory,
       (SELECT group_concat(label, '; ')
          FROM (SELECT n.name || CASE WHEN n.used_by IS NULL THEN ''
                                      ELSE ' (' || coalesce(c.name, n.used_by) || ')' END AS label
                FROM territory_names n LEFT JOIN countries c ON c.code = n.used_by
                WHERE n.territory_id = t.id
                ORDER BY n.used_by IS NULL, n.used_by, n.name)) AS names,
       (SELECT group_concat(country, ', ')
          FROM (SELECT DISTINCT country FROM claims WHERE territory_id = t.id ORDER BY country)) AS claimants,
       (SELECT cl.country || coalesce(' (stated ' || a.published || ')', '')
          FROM claims cl JOIN articles a ON a.id = cl.article_id
          WHERE cl.territory_id = t.id AND cl.kind = 'holds'
          ORDER BY a.published IS NULL, a.published DESC, cl.id DESC LIMIT 1) AS holder,
       (SELECT group_concat(article_id, ', ')
          FROM (SELECT article_id FROM claims WHERE territory_id = t.id
                UNION SELECT article_id FROM mentions WHERE territory_id = t.id
                ORDER BY 1)) AS sources
FROM territories t
WHERE EXISTS (SELECT 1 FROM territory_names n
              WHERE n.territory_id = t.id
                AND (instr(lower(n.name), lower(:name)) > 0 OR instr(n.name_key, lower(:name)) > 0))
ORDER BY t.name;

-- name: timeline
-- description: Meetings and territorial claims in date order (a meeting without a day at its first report's date), with the number of source articles.
-- param: country? — only events involving this country (ISO alpha-3 code, e.g. JPN)
-- param: person? — only meetings of this person (any part of a name or alias, any case)
SELECT date, kind, event, sources FROM (
    SELECT coalesce(m.date, a.published) AS date, 'meeting' AS kind,
           (SELECT group_concat(label, ' and ')
              FROM (SELECT p.name || coalesce(' (' || p.country || ')', '') AS label
                    FROM meeting_participants mp JOIN people p ON p.id = mp.person_id
                    WHERE mp.meeting_id = m.id ORDER BY mp.position))
           || CASE m.status WHEN 'held' THEN ' met' WHEN 'planned' THEN ' are to meet' ELSE ' (' || m.status || ')' END
           || coalesce(' in ' || m.place, '') || CASE WHEN m.mode = 'call' THEN ' by phone' ELSE '' END
           || CASE WHEN m.date IS NULL THEN ' (day not given)' ELSE '' END AS event,
           (SELECT count(DISTINCT article_id) FROM meeting_sources WHERE meeting_id = m.id) AS sources,
           m.id AS tiebreak
    FROM meetings m JOIN articles a ON a.id = m.article_id
    WHERE (:country IS NULL
           OR EXISTS (SELECT 1 FROM meeting_participants mp JOIN people p ON p.id = mp.person_id
                      WHERE mp.meeting_id = m.id AND p.country = upper(:country)))
      AND (:person IS NULL
           OR EXISTS (SELECT 1 FROM meeting_participants mp JOIN person_aliases al ON al.person_id = mp.person_id
                      WHERE mp.meeting_id = m.id
                        AND (instr(lower(al.alias), lower(:person)) > 0 OR instr(al.alias_key, lower(:person)) > 0)))
    UNION ALL
    SELECT a.published, 'claim',
           cl.country || CASE cl.kind WHEN 'holds' THEN ' holds ' ELSE ' claims ' END || t.name,
           count(DISTINCT cl.article_id), min(cl.id)
    FROM claims cl JOIN territories t ON t.id = cl.territory_id JOIN articles a ON a.id = cl.article_id
    WHERE :person IS NULL AND (:country IS NULL OR cl.country = upper(:country))
    GROUP BY a.published, cl.territory_id, cl.country, cl.kind
)
ORDER BY date IS NULL, date, kind DESC, tiebreak;
