import Extraction
import Foundation
import SQLite

/// Writes an article and its facts, recognising people, meetings and territories already
/// stored from other articles. Every statement is prepared once and reused for every row.
/// Runs inside the transaction `Store.add` opens.
final class FactWriter {
    private let database: Database
    /// A person's name as the writer matches it: its key (`NameKey.person`) and the name taken
    /// apart (`PersonName`), worked out once per distinct name and found again by one lookup.
    final class NameForms {
        let key: String
        let parsed: PersonName
        init(_ name: String) {
            key = NameKey.person(name)
            parsed = PersonName(name)
        }
    }

    /// Names taken apart once: the same names come back in article after article, and folding
    /// them is the costliest part of matching people. One entry per name, its key and its parts
    /// together (two dictionaries, one for each, cost a hashed lookup of the same name for each).
    private var nameForms: [String: NameForms] = [:]

    private func forms(_ name: String) -> NameForms {
        if let known = nameForms[name] { return known }
        let forms = NameForms(name)
        if nameForms.count > 20_000 { nameForms.removeAll(keepingCapacity: true) }
        nameForms[name] = forms
        return forms
    }

    private let dataVersion: Statement
    /// `PRAGMA data_version` when the last transaction began: another connection's commit changes it.
    private var lastDataVersion: Int?

    private let findArticle: Statement
    private let insertArticle: Statement
    /// The article's kept sentences, written several to a statement (`RowBatch`).
    private let sentenceRows: RowBatch
    private let indexArticles: Statement
    private let lastArticle: Statement
    private let countries: CountryIndex
    private let peopleIndex: PersonIndex
    private let insertMention: Statement
    /// The countries' and people's mentions of the article, written together once all are known.
    private let mentionRows: RowBatch

    private let insertSurname: Statement
    private let insertPerson: Statement
    private let updatePerson: Statement
    private let insertAlias: Statement
    private let indexAliases: Statement
    /// The article's people (`person_articles`), written when the article's facts are all
    /// written: nothing the writer reads in between looks at them.
    private let personArticleRows: RowBatch

    private let findMeetingByDate: Statement
    private let findUndatedMeeting: Statement
    private let findUndatedMeetingNear: Statement
    private let findMeetingNear: Statement
    private let insertMeeting: Statement
    private let updateMeeting: Statement
    /// A new meeting's participants, written with it.
    private let participantRows: RowBatch
    private let insertMeetingSource: Statement

    private let findTerritory: Statement
    private let insertTerritory: Statement
    private let nameTerritoryUser: Statement
    private let insertTerritoryName: Statement
    private let insertClaim: Statement
    private let insertTerritoryArticle: Statement
    private let moveTerritoryNames: Statement
    private let moveClaims: Statement
    private let moveTerritoryMentions: Statement
    private let deleteMergedTerritory: [Statement]

    init(database: Database) throws {
        self.database = database
        // The CHECK constraints that list a column's values (`kind IN ('claims', 'holds')`) cost
        // SQLite a temporary table at every insert: about 75 per article, a tenth of the load's
        // instructions. Every value this writer stores comes from a Swift enum whose raw values
        // are the lists' (WriterSchemaTests holds them together), so the writer's connection
        // skips them. Set before the statements are prepared, which compile without them.
        try database.execute("PRAGMA ignore_check_constraints = ON")
        dataVersion = try database.prepare("PRAGMA data_version")
        findArticle = try database.prepare("SELECT id FROM articles WHERE content_hash = ?")
        insertArticle = try database.prepare("INSERT INTO articles (content_hash, title, published, source, body) VALUES (?, ?, ?, ?, ?)")
        sentenceRows = RowBatch(database: database, head: "INSERT INTO sentences (article_id, idx, start, \"end\", text) VALUES ", columns: 5)
        // The full-text index reads back through its view exactly what it indexed here.
        indexArticles = try database.prepare(
            """
            INSERT INTO article_search (rowid, title, body, evidence)
            SELECT id, title, body, evidence FROM article_search_text WHERE id > ?
            """)
        lastArticle = try database.prepare("SELECT max(id) FROM articles")
        countries = try CountryIndex(database: database)
        peopleIndex = try PersonIndex(database: database)
        insertMention = try database.prepare(
            """
            INSERT INTO mentions (article_id, sentence, start, "end", entity_kind, person_id, country, territory_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        mentionRows = RowBatch(
            database: database,
            head: "INSERT INTO mentions (article_id, sentence, start, \"end\", entity_kind, person_id, country, territory_id) VALUES ",
            columns: 8)

        insertSurname = try database.prepare("INSERT OR IGNORE INTO person_surnames (surname_key, person_id) VALUES (?, ?)")
        insertPerson = try database.prepare("INSERT INTO people (name, name_key, country, title) VALUES (?, ?, ?, ?)")
        updatePerson = try database.prepare(
            """
            UPDATE people SET
                name = CASE WHEN ?2 IS NOT NULL THEN ?2 ELSE name END,
                name_key = CASE WHEN ?3 IS NOT NULL THEN ?3 ELSE name_key END,
                country = coalesce(country, ?4),
                title = coalesce(title, ?5)
            WHERE id = ?1
            """)
        insertAlias = try database.prepare("INSERT OR IGNORE INTO person_aliases (person_id, alias_key, alias) VALUES (?, ?, ?)")
        // Every alias stored goes into the trigram index the name searches read (schema.sql says
        // why no trigger does it), when the transaction ends (`finishTransaction` says why).
        // All of a transaction's at once, handed over as one JSON array: a statement per alias
        // would flush the index once per alias (see `finishTransaction`).
        indexAliases = try database.prepare(
            """
            INSERT INTO person_alias_trigrams (person_id, alias_key, alias)
            SELECT value ->> '$[0]', value ->> '$[1]', value ->> '$[2]' FROM json_each(?)
            """)
        personArticleRows = RowBatch(
            database: database, head: "INSERT OR IGNORE INTO person_articles (person_id, article_id, name, country, title) VALUES ", columns: 5)

        findMeetingByDate = try database.prepare(
            """
            SELECT id FROM meetings WHERE participant_key = ? AND date = ? AND mode = ? ORDER BY id LIMIT 1
            """)
        findUndatedMeeting = try database.prepare(
            """
            SELECT id FROM meetings WHERE participant_key = ? AND date IS NULL AND mode = ? AND article_id = ? ORDER BY id LIMIT 1
            """)
        // A report that gives a day, for a stored meeting whose reports gave none: the same place,
        // and the first report's article within `nearDays` of that day.
        findUndatedMeetingNear = try database.prepare(Self.undatedMeetingNearSQL)
        // A report that gives no day, for a stored meeting in the same place whose day (or, without
        // one, its first report's article date) is within `nearDays` of this article's date. The
        // dated meetings are read from the days around it in meetings_match, not from every meeting
        // the same people ever had (hundreds for two foreign ministers, more with each load).
        findMeetingNear = try database.prepare(Self.meetingNearSQL)
        insertMeeting = try database.prepare(
            """
            INSERT INTO meetings (status, date, date_precision, place, mode, participant_key, article_id, sentence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // A missing day or place is filled in from the new report; the status follows from all
        // reports (the trigger on meeting_sources).
        updateMeeting = try database.prepare(
            """
            UPDATE meetings SET
                date_precision = CASE WHEN date IS NULL AND ?2 IS NOT NULL THEN ?3 ELSE date_precision END,
                date = coalesce(date, ?2),
                place = coalesce(place, ?4)
            WHERE id = ?1
            """)
        participantRows = RowBatch(
            database: database, head: "INSERT OR IGNORE INTO meeting_participants (meeting_id, person_id, position, date) VALUES ", columns: 4)
        insertMeetingSource = try database.prepare("INSERT OR IGNORE INTO meeting_sources (meeting_id, article_id, sentence, status) VALUES (?, ?, ?, ?)")

        // Without DISTINCT, which costs a temporary table per lookup: the ids go into a set.
        findTerritory = try database.prepare("SELECT territory_id FROM territory_names WHERE name_key = ?")
        insertTerritory = try database.prepare("INSERT INTO territories (name) VALUES (?)")
        // A name first stored without its user gains one when an article says who uses it.
        nameTerritoryUser = try database.prepare(
            """
            UPDATE territory_names SET used_by = ?3 WHERE territory_id = ?1 AND name = ?2 AND used_by IS NULL
            """)
        insertTerritoryName = try database.prepare(
            """
            INSERT INTO territory_names (territory_id, name, name_key, used_by)
            SELECT ?1, ?2, ?3, ?4
            WHERE NOT EXISTS (SELECT 1 FROM territory_names
                              WHERE territory_id = ?1 AND name = ?2 AND (?4 IS NULL OR used_by IS ?4))
            """)
        insertClaim = try database.prepare(
            """
            INSERT INTO claims (territory_id, country, kind, article_id, sentence, published) VALUES (?, ?, ?, ?, ?, ?)
            """)
        // The claims' articles are added by their trigger; those of the mentions here.
        insertTerritoryArticle = try database.prepare("INSERT OR IGNORE INTO territory_articles (territory_id, article_id) VALUES (?, ?)")
        // Two stored territories found to be one: the second's names, claims and mentions move to the first.
        moveTerritoryNames = try database.prepare(
            """
            INSERT OR IGNORE INTO territory_names (territory_id, name, name_key, used_by)
            SELECT ?1, name, name_key, used_by FROM territory_names WHERE territory_id = ?2
            """)
        moveClaims = try database.prepare("UPDATE claims SET territory_id = ?1 WHERE territory_id = ?2")
        moveTerritoryMentions = try database.prepare("UPDATE mentions SET territory_id = ?1 WHERE territory_id = ?2")
        // What `ON DELETE CASCADE` removes with a territory, removed by the writer, which writes
        // with foreign-key checks off (`checkingOwnForeignKeys`): the names its merge did not move (already held by the
        // other), its kept figures and articles (moved through the claims' and mentions' triggers),
        // then the territory. Claims and mentions were all moved before.
        deleteMergedTerritory = try [
            "DELETE FROM territory_names WHERE territory_id = ?",
            "DELETE FROM territory_articles WHERE territory_id = ?",
            "DELETE FROM territory_counts WHERE territory_id = ?",
            "DELETE FROM territory_claimants WHERE territory_id = ?",
            "DELETE FROM territories WHERE id = ?",
        ].map(database.prepare)
    }

    /// Runs `body`, a batch of the writer's transactions, with SQLite's foreign-key checks off on
    /// this connection. SQLite looks up the parent of every key in every row the writer inserts
    /// (an article, a sentence, a person, a country, a territory: three or four lookups for each
    /// of the 47 mentions of an article), 12% of the writer's instructions. The writer only writes
    /// keys it holds by construction: the id of the article it has just inserted, sentences
    /// `validate` checked against the article's own, people and territories it found or inserted,
    /// countries `CountryIndex` stored first. The one delete it makes, a territory merged away,
    /// removes that territory's rows itself (`deleteMergedTerritory`), as the cascade does.
    /// The checks are back on when `body` returns, for whatever else runs on this connection (a
    /// delete made by hand cascades as schema.sql says); other connections never lose them.
    /// SQLite recompiles the writer's statements at each switch, once per batch, not per row.
    /// Inside a transaction the pragma does nothing: the checks then simply stay on.
    func checkingOwnForeignKeys<T>(_ body: () throws -> T) throws -> T {
        try database.execute("PRAGMA foreign_keys = OFF")
        defer { try? database.execute("PRAGMA foreign_keys = ON") }
        return try body()
    }

    /// Called after each `BEGIN`: forgets what the writer remembers of the database when
    /// another connection has committed since the last transaction.
    func beginTransaction() throws {
        dataVersion.reset()
        defer { dataVersion.reset() }
        guard try dataVersion.step() else { return }
        let version = dataVersion.int(at: 0)
        if version != lastDataVersion { forgetCachedState() }
        lastDataVersion = version
    }

    /// Forgets what the writer remembers of the stored people and countries; the next lookups
    /// read the database. Called whenever rows it may remember were undone.
    func forgetCachedState() {
        peopleIndex.forget()
        countries.forget()
    }

    /// The id of the newest stored article (0 when there is none): the articles a transaction
    /// writes, under its write lock, all come after it.
    func lastArticleID() throws -> Int64 {
        if case .integer(let id)? = try lastArticle.scalar() { return id }
        return 0
    }

    /// Aliases stored in this transaction, for the trigram index (written by `finishTransaction`).
    private var pendingAliases: [(person: Int64, key: String, alias: String)] = []
    /// How many of them came before the article being written.
    private var pendingBeforeArticle = 0

    /// A pending alias as `indexAliases` reads it: `[person_id, alias_key, alias]`.
    private struct PendingAlias: Encodable {
        let entry: (person: Int64, key: String, alias: String)
        func encode(to encoder: any Encoder) throws {
            var fields = encoder.unkeyedContainer()
            try fields.encode(entry.person)
            try fields.encode(entry.key)
            try fields.encode(entry.alias)
        }
    }

    /// Called before each article's savepoint.
    func beginArticle() {
        pendingBeforeArticle = pendingAliases.count
    }

    /// The article's savepoint was undone: what the writer remembers or keeps for later of its
    /// rows goes with them.
    func undoArticle() {
        forgetCachedState()
        pendingAliases.removeSubrange(pendingBeforeArticle...)
    }

    /// The transaction was rolled back, or is about to be.
    func undoTransaction() {
        forgetCachedState()
        pendingAliases.removeAll(keepingCapacity: true)
        pendingBeforeArticle = 0
    }

    /// Writes, last in the transaction, the full-text index's entries for the articles stored
    /// after `articlesAfter` (nil: none) and the trigram index's entries for the aliases stored,
    /// outside any article's savepoint. FTS5 writes what it holds in memory to disk at every
    /// savepoint of a transaction that has touched its table: an article or alias indexed in its
    /// article's savepoint cost a flush of the index at each of the next hundred-odd statements
    /// and a segment per article to merge. The articles are indexed by one statement, once their
    /// sentences (which the evidence column reads) are all stored.
    func finishTransaction(articlesAfter: Int64?) throws {
        if !pendingAliases.isEmpty {
            let json = try JSONEncoder().encode(pendingAliases.map(PendingAlias.init))
            try indexAliases.run(String(decoding: json, as: UTF8.self))
        }
        pendingAliases.removeAll(keepingCapacity: true)
        pendingBeforeArticle = 0
        if let articlesAfter { try indexArticles.run(articlesAfter) }
    }

    func article(withHash hash: String) throws -> Int64? {
        if case .integer(let id)? = try findArticle.scalar(hash) { return id }
        return nil
    }

    /// Writes the article row and every fact; returns the article's id and the number of facts
    /// stored (people, countries, meetings and territories; a meeting with fewer than two
    /// named participants is not one).
    func write(article: Article, hash: String, facts: ArticleFacts) throws -> (id: Int64, facts: Int) {
        try validate(facts)
        // Rows an undone article left waiting are not this article's.
        sentenceRows.discard()
        mentionRows.discard()
        personArticleRows.discard()
        participantRows.discard()
        try insertArticle.run(hash, article.title, article.date?.description, article.source, article.body)
        let articleID = database.lastInsertRowID

        for country in facts.countries { try countries.store(country.code, name: country.name) }
        // The article's names of each person, folded, for finding meeting participants.
        var personByKey: [String: Int64] = [:]
        var personIDs: [Int64] = []
        for person in facts.people {
            let (id, names) = try resolve(person, articleID: articleID)
            personIDs.append(id)
            for name in names { personByKey[name.key] = id }
        }

        // An encounter needs two named people: a meeting with fewer is not stored.
        var stored: [(meeting: MeetingFact, participants: [Int64])] = []
        for meeting in facts.meetings {
            let participants = try participants(of: meeting, articleID: articleID, personByKey: &personByKey)
            if participants.count >= 2 { stored.append((meeting, participants)) }
        }
        let kept = KeptEvidence(facts, meetings: stored.map(\.meeting))
        // Sentences before the rows citing them, whose foreign keys are checked when the writer
        // runs inside a caller's transaction (`checkingOwnForeignKeys`).
        for sentence in facts.sentences where kept.sentences.contains(sentence.index) {
            sentenceRows.append(articleID, sentence.index, sentence.start, sentence.end, sentence.text)
        }
        try sentenceRows.flush()
        for (meeting, participants) in stored {
            try write(meeting, participants: participants, articleID: articleID, published: article.date?.description)
        }
        try writeMentions(facts, kept: kept, articleID: articleID, people: personIDs)
        // A territory's mentions are written with it: a later territory of the same article may
        // merge it into another, moving them.
        for (territory, mentions) in zip(facts.territories, kept.territoryMentions) {
            let id = try write(territory, articleID: articleID, published: article.date?.description)
            for mention in mentions {
                try insertMention.run(articleID, mention.sentence, mention.start, mention.end, "territory", nil as Int64?, nil as String?, id)
            }
        }
        try personArticleRows.flush()
        return (articleID, facts.people.count + facts.countries.count + stored.count + facts.territories.count)
    }

    /// Writes the countries' and people's mentions `kept` keeps (schema.sql says which and
    /// why), in the extractor's order. `people` are the stored ids of `facts.people`, in order.
    private func writeMentions(_ facts: ArticleFacts, kept: KeptEvidence, articleID: Int64, people: [Int64]) throws {
        for (country, mentions) in zip(facts.countries, kept.countryMentions) {
            for mention in mentions {
                mentionRows.append(articleID, mention.sentence, mention.start, mention.end, "country", nil as Int64?, country.code, nil as Int64?)
            }
        }
        for (id, mentions) in zip(people, kept.personMentions) {
            for mention in mentions {
                mentionRows.append(articleID, mention.sentence, mention.start, mention.end, "person", id, nil as String?, nil as Int64?)
            }
        }
        try mentionRows.flush()
    }

    /// Refuses facts whose evidence points at sentences the article does not have, with a
    /// message that says which, rather than a foreign-key failure that does not.
    private func validate(_ facts: ArticleFacts) throws {
        let indices = Set(facts.sentences.map(\.index))
        func check(_ evidence: Evidence, _ what: String) throws {
            guard indices.contains(evidence.sentence) else {
                throw StoreError.invalidFacts("\(what) cites sentence \(evidence.sentence), but the article has \(indices.count) sentences")
            }
        }
        for p in facts.people { for e in p.mentions { try check(e, "person \(p.name)") } }
        for c in facts.countries { for e in c.mentions { try check(e, "country \(c.code)") } }
        for m in facts.meetings { for e in m.evidence { try check(e, "a meeting of \(m.participants.joined(separator: ", "))") } }
        for t in facts.territories {
            let name = t.names.first?.name ?? "a territory"
            for e in t.evidence { try check(e, "territory \(name)") }
            for c in t.claims { try check(c.evidence, "a claim on \(name)") }
            if t.names.isEmpty { throw StoreError.invalidFacts("a territory without a name") }
        }
    }

    // MARK: People

    /// The stored person this fact names, created when there is none. A stored person matches
    /// when their countries do not conflict and either one of their names equals the fact's,
    /// case and diacritics aside, or their fullest name is compatible with it by PersonName's
    /// rules (same transliteration-folded surname, given names that do not contradict):
    /// "Sergey Lavrov" is "Sergei Lavrov", "George W. Bush" is not "George H. W. Bush", and
    /// "Kim Yo Jong" is not "Kim Jong Un". When several people fit, only one with exactly this
    /// name is taken; otherwise the fact gets a person of its own rather than a guess.
    /// Returns the person's id and the forms of the names the fact gives (its name, then its aliases).
    private func resolve(_ person: PersonFact, articleID: Int64) throws -> (id: Int64, names: [NameForms]) {
        let names = [forms(person.name)] + person.aliases.map(forms)
        let key = names[0].key
        guard !key.isEmpty else { throw StoreError.invalidFacts("a person without a name") }
        if let country = person.country { try countries.ensure(country) }
        let name = names[0].parsed

        var sameName = try peopleIndex.withAlias(key)
        for alias in names.dropFirst() { sameName += try peopleIndex.withNameKey(alias.key) }
        // A common surname brings dozens of stored people, more as the database grows: their ids
        // are merged as arrays, in id order, each once, rather than through sets built per fact.
        var candidates = sameName + (try peopleIndex.withSurname(name.surname))
        candidates.sort()

        var compatible: [(id: Int64, stored: PersonIndex.Person, words: Int)] = []
        for (offset, id) in candidates.enumerated() where offset == 0 || candidates[offset - 1] != id {
            guard let stored = try peopleIndex.person(id) else { continue }
            let storedName = stored.parsed
            if let a = stored.country, let b = person.country, a != b { continue }
            guard sameName.contains(id) || storedName.isCompatible(with: name) else { continue }
            compatible.append((id, stored, storedName.given.count + 1))
        }
        if compatible.count > 1 { compatible = compatible.filter { $0.stored.nameKey == key } }

        let id: Int64
        if compatible.count == 1 {
            id = compatible[0].id
            let stored = compatible[0].stored
            // Keep the fullest form of the name seen; a country or title only fills a blank.
            let fuller = name.given.count + 1 > compatible[0].words
            var updated = stored
            if fuller {
                updated.name = person.name
                updated.nameKey = key
            }
            if updated.country == nil { updated.country = person.country }
            if person.title != nil { updated.hasTitle = true }
            if fuller || updated.country != stored.country || updated.hasTitle != stored.hasTitle {
                try updatePerson.run(id, fuller ? person.name : nil, fuller ? key : nil, person.country, person.title)
                peopleIndex.updated(id, from: stored, to: updated)
            }
        } else {
            try insertPerson.run(person.name, key, person.country, person.title)
            id = database.lastInsertRowID
            peopleIndex.inserted(
                id,
                PersonIndex.Person(
                    nameKey: key, country: person.country, name: person.name,
                    hasTitle: person.title != nil))
        }
        for (alias, aliasForms) in zip([person.name] + person.aliases, names) {
            let aliasKey = aliasForms.key
            if !aliasKey.isEmpty, try peopleIndex.addAlias(aliasKey, to: id) {
                try insertAlias.run(id, aliasKey, alias)
                if database.changes == 1 { pendingAliases.append((id, aliasKey, alias)) }
            }
            let surname = aliasForms.parsed.surname
            if !surname.isEmpty, try peopleIndex.addSurname(surname, to: id) { try insertSurname.run(surname, id) }
        }
        personArticleRows.append(id, articleID, person.name, person.country, person.title)
        return (id, names)
    }

    /// The integer first column of every row `statement` gives for `values`.
    /// Each value bound by its own type (no array of `any Bindable` boxes) and each id read as an
    /// integer (no row of `Value`s per id): a dated meeting with a place looks for an undated one
    /// this way at nearly every report.
    private func ids<each V: Bindable>(_ statement: Statement, _ values: repeat each V) throws -> [Int64] {
        statement.reset()
        try statement.bindEach(repeat each values)
        defer { statement.reset() }
        var ids: [Int64] = []
        while try statement.step() {
            if case .integer(let id) = statement.value(at: 0) { ids.append(id) }
        }
        return ids
    }

    // MARK: Meetings

    /// How far apart, in days, two reports of a meeting at one place may be dated when one of them
    /// gives no day: a report published a few days after the encounter, or a plan announced days
    /// before it.
    static let nearDays = 7

    /// The lookups of a stored meeting near a report (`findUndatedMeetingNear`, `findMeetingNear`),
    /// named so that a test can hold their undated meetings to `meetings_undated`: they read those
    /// by people, mode and place from that index, not every undated meeting of the same people
    /// from the table.
    static let undatedMeetingNearSQL = """
        SELECT m.id FROM meetings m JOIN articles a ON a.id = m.article_id
        WHERE m.participant_key = ?1 AND m.date IS NULL AND m.mode = ?2 AND lower(m.place) = lower(?3)
          AND abs(julianday(a.published) - julianday(?4)) <= ?5
        ORDER BY m.id LIMIT 2
        """
    static let meetingNearSQL = """
        SELECT id FROM (
            SELECT m.id FROM meetings m
            WHERE m.participant_key = ?1
              AND m.date BETWEEN date(?4, printf('-%d days', ?5)) AND date(?4, printf('+%d days', ?5))
              AND m.mode = ?2 AND lower(m.place) = lower(?3)
              AND abs(julianday(m.date) - julianday(?4)) <= ?5
            UNION ALL
            SELECT m.id FROM meetings m JOIN articles a ON a.id = m.article_id
            WHERE m.participant_key = ?1 AND m.date IS NULL AND m.mode = ?2 AND lower(m.place) = lower(?3)
              AND abs(julianday(a.published) - julianday(?4)) <= ?5
        )
        ORDER BY id LIMIT 2
        """

    /// Stores a meeting, or adds this article as a source of the same meeting already stored:
    /// the same participants (after people are matched) and the same mode, and
    ///  - the same day, when both reports give one;
    ///  - when one report gives no day: the same place, and the dated report's day within
    ///    `nearDays` of the other's article date. Two candidates is no answer: the report is
    ///    stored as a meeting of its own rather than joined to the wrong one;
    ///  - without an article date either: the same article.
    /// Returns false when the meeting has fewer than two distinct participants and is not stored.
    private func write(_ meeting: MeetingFact, participants: [Int64], articleID: Int64, published: String?) throws {
        let participantKey = participants.sorted().map(String.init).joined(separator: ",")
        let date = meeting.date?.description
        let mode = meeting.mode.rawValue
        let sentence = meeting.evidence.first?.sentence

        var existing: Int64?
        if let date {
            if case .integer(let id)? = try findMeetingByDate.scalar(participantKey, date, mode) {
                existing = id
            } else if let place = meeting.place {
                let near = try ids(findUndatedMeetingNear, participantKey, mode, place, date, Self.nearDays)
                if near.count == 1 { existing = near[0] }
            }
        } else {
            if case .integer(let id)? = try findUndatedMeeting.scalar(participantKey, mode, articleID) {
                existing = id
            } else if let place = meeting.place, let published {
                let near = try ids(findMeetingNear, participantKey, mode, place, published, Self.nearDays)
                if near.count == 1 { existing = near[0] }
            }
        }
        let meetingID: Int64
        if let id = existing {
            meetingID = id
            try updateMeeting.run(id, date, meeting.datePrecision.rawValue, meeting.place)
        } else {
            try insertMeeting.run(
                meeting.status.rawValue, date, meeting.datePrecision.rawValue, meeting.place,
                mode, participantKey, articleID, sentence)
            meetingID = database.lastInsertRowID
            for (position, person) in participants.enumerated() {
                participantRows.append(meetingID, person, position, date)
            }
            // Now: a later report of the same meeting in this article may give its day, which
            // a trigger moves onto the participants written.
            try participantRows.flush()
        }
        try insertMeetingSource.run(meetingID, articleID, sentence, meeting.status.rawValue)
    }

    /// The stored people a meeting names, each once, in its order; a name the article gives no
    /// person for is resolved as a person of its own.
    private func participants(of meeting: MeetingFact, articleID: Int64, personByKey: inout [String: Int64]) throws -> [Int64] {
        var participants: [Int64] = []
        for name in meeting.participants {
            let key = forms(name).key
            let id: Int64
            if let known = personByKey[key] {
                id = known
            } else {
                id = try resolve(PersonFact(name: name), articleID: articleID).id
                personByKey[key] = id
            }
            if !participants.contains(id) { participants.append(id) }
        }
        return participants
    }

    // MARK: Territories

    /// Stores a territory, or merges its names and claims into the stored territory that shares
    /// any of its names ("the Kuril Islands" and "Kuril" share one) or that the territory
    /// catalog lists with one of them ("Southern Kurils" and "Northern Territories"). A report
    /// whose names belong to two stored territories shows they are one: they are merged.
    private func write(_ territory: TerritoryFact, articleID: Int64, published: String?) throws -> Int64 {
        var found: Set<Int64> = []
        for key in TerritoryCatalog.standard.keys(for: territory.names.map(\.name)) {
            found.formUnion(try ids(findTerritory, key))
        }
        let id: Int64
        if let first = found.min() {
            id = first
            for other in found.sorted() where other != first {
                try moveTerritoryNames.run(first, other)
                try moveClaims.run(first, other)
                try moveTerritoryMentions.run(first, other)
                for delete in deleteMergedTerritory { try delete.run(other) }
            }
        } else {
            try insertTerritory.run(territory.names[0].name)
            id = database.lastInsertRowID
        }
        for name in territory.names {
            if let user = name.usedBy {
                try countries.ensure(user)
                try nameTerritoryUser.run(id, name.name, user)
            }
            try insertTerritoryName.run(id, name.name, NameKey.territory(name.name), name.usedBy)
        }
        for claim in territory.claims {
            try countries.ensure(claim.country)
            try insertClaim.run(id, claim.country, claim.kind.rawValue, articleID, claim.evidence.sentence, published)
        }
        if !territory.evidence.isEmpty { try insertTerritoryArticle.run(id, articleID) }
        return id
    }
}
