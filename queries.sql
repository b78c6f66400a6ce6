-- Named queries, run with `dipkb query NAME [--param KEY=VALUE]...` and listed by `dipkb queries`.
--
-- Each query starts with a `-- name:` line and may have `-- description:` and `-- param:` lines;
-- a parameter written `NAME?` is optional, and is NULL when left out. Parameters reach SQLite as
-- bound values, never as SQL text. The schema is in schema.sql.

-- name: who-met-whom
-- description: Every pair of people who met or are to meet: one row per pair of participants per meeting.
-- param: person? — only pairs with this person (any part of a name or alias, any case)
-- param: country? — only pairs with someone from this country (ISO alpha-3 code, e.g. RUS)
SELECT a.name AS person_a, a.country AS country_a,
       b.name AS person_b, b.country AS country_b,
       m.date, m.status, m.place, m.mode, m.article_id AS article
FROM meetings m
JOIN meeting_participants pa ON pa.meeting_id = m.id
JOIN meeting_participants pb ON pb.meeting_id = m.id AND pb.position > pa.position
JOIN people a ON a.id = pa.person_id
JOIN people b ON b.id = pb.person_id
WHERE (:person IS NULL
       OR EXISTS (SELECT 1 FROM person_aliases al
                  WHERE al.person_id IN (a.id, b.id)
                    AND (instr(lower(al.alias), lower(:person)) > 0 OR instr(al.alias_key, lower(:person)) > 0)))
  AND (:country IS NULL OR a.country = upper(:country) OR b.country = upper(:country))
ORDER BY m.date IS NULL, m.date, m.id, pa.position, pb.position;

-- name: meetings-of
-- description: The meetings of one person, held and planned, with the other participants.
-- param: person — the person (any part of a name or alias, any case)
SELECT p.name AS person, m.date, m.status,
       (SELECT group_concat(o.name, ', ')
          FROM (SELECT o.name FROM meeting_participants op JOIN people o ON o.id = op.person_id
                WHERE op.meeting_id = m.id AND op.person_id <> p.id ORDER BY op.position) o) AS met,
       m.place, m.mode, m.article_id AS article
FROM people p
JOIN meeting_participants mp ON mp.person_id = p.id
JOIN meetings m ON m.id = mp.meeting_id
WHERE EXISTS (SELECT 1 FROM person_aliases al
              WHERE al.person_id = p.id
                AND (instr(lower(al.alias), lower(:person)) > 0 OR instr(al.alias_key, lower(:person)) > 0))
ORDER BY p.name, m.date IS NULL, m.date, m.id;

-- name: disputed-territories
-- description: Disputed territories: their names and which side uses each, claimants, holder and number of articles.
SELECT t.name AS territory,
       (SELECT group_concat(label, '; ')
          FROM (SELECT n.name || CASE WHEN n.used_by IS NULL THEN ''
                                      ELSE ' (' || coalesce(c.name, n.used_by) || ')' END AS label
                FROM territory_names n LEFT JOIN countries c ON c.code = n.used_by
                WHERE n.territory_id = t.id
                ORDER BY n.used_by IS NULL, n.name, n.used_by)) AS also_known_as,
       (SELECT group_concat(country, ', ')
          FROM (SELECT DISTINCT country FROM claims WHERE territory_id = t.id ORDER BY country)) AS claimants,
       (SELECT group_concat(country, ', ')
          FROM (SELECT DISTINCT country FROM claims WHERE territory_id = t.id AND kind = 'holds' ORDER BY country)) AS held_by,
       (SELECT count(*) FROM (SELECT article_id FROM claims WHERE territory_id = t.id
                              UNION SELECT article_id FROM mentions WHERE territory_id = t.id)) AS articles
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
-- description: Every person in the knowledge base, with title, country and the number of articles that name them.
-- param: country? — only people of this country (ISO alpha-3 code)
SELECT p.name, p.title, p.country,
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
