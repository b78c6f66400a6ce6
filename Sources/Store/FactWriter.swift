import Extraction
import SQLite

/// Writes an article and its facts, recognising people, meetings and territories already
/// stored from other articles. Every statement is prepared once and reused for every row.
/// Runs inside the transaction `Store.add` opens.
final class FactWriter {
    private let database: Database

    private let findArticle: Statement
    private let insertArticle: Statement
    private let insertSentence: Statement
    private let upsertCountry: Statement
    private let ensureCountry: Statement
    private let insertMention: Statement

    private let findPersonByAlias: Statement
    private let findPersonByName: Statement
    private let readPerson: Statement
    private let insertPerson: Statement
    private let updatePerson: Statement
    private let insertAlias: Statement
    private let insertPersonArticle: Statement

    private let findMeetingByDate: Statement
    private let findUndatedMeeting: Statement
    private let insertMeeting: Statement
    private let updateMeeting: Statement
    private let insertParticipant: Statement
    private let insertMeetingSource: Statement

    private let findTerritory: Statement
    private let insertTerritory: Statement
    private let nameTerritoryUser: Statement
    private let insertTerritoryName: Statement
    private let insertClaim: Statement

    init(database: Database) throws {
        self.database = database
        findArticle = try database.prepare("SELECT id FROM articles WHERE content_hash = ?")
        insertArticle = try database.prepare("INSERT INTO articles (content_hash, title, published, source, body) VALUES (?, ?, ?, ?, ?)")
        insertSentence = try database.prepare("INSERT INTO sentences (article_id, idx, start, \"end\", text) VALUES (?, ?, ?, ?, ?)")
        upsertCountry = try database.prepare("""
            INSERT INTO countries (code, name) VALUES (?1, ?2)
            ON CONFLICT (code) DO UPDATE SET name = coalesce(countries.name, excluded.name)
            """)
        ensureCountry = try database.prepare("INSERT OR IGNORE INTO countries (code, name) VALUES (?, NULL)")
        insertMention = try database.prepare("""
            INSERT INTO mentions (article_id, sentence, start, "end", entity_kind, person_id, country, territory_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)

        findPersonByAlias = try database.prepare("SELECT DISTINCT person_id FROM person_aliases WHERE alias_key = ?")
        findPersonByName = try database.prepare("SELECT id FROM people WHERE name_key = ?")
        readPerson = try database.prepare("SELECT name_key, country FROM people WHERE id = ?")
        insertPerson = try database.prepare("INSERT INTO people (name, name_key, country, title) VALUES (?, ?, ?, ?)")
        updatePerson = try database.prepare("""
            UPDATE people SET
                name = CASE WHEN ?2 IS NOT NULL THEN ?2 ELSE name END,
                name_key = CASE WHEN ?3 IS NOT NULL THEN ?3 ELSE name_key END,
                country = coalesce(country, ?4),
                title = coalesce(title, ?5)
            WHERE id = ?1
            """)
        insertAlias = try database.prepare("INSERT OR IGNORE INTO person_aliases (person_id, alias_key, alias) VALUES (?, ?, ?)")
        insertPersonArticle = try database.prepare("""
            INSERT OR IGNORE INTO person_articles (person_id, article_id, name, country, title) VALUES (?, ?, ?, ?, ?)
            """)

        findMeetingByDate = try database.prepare("SELECT id FROM meetings WHERE participant_key = ? AND date = ? ORDER BY id LIMIT 1")
        findUndatedMeeting = try database.prepare("""
            SELECT id FROM meetings WHERE participant_key = ? AND date IS NULL AND article_id = ? ORDER BY id LIMIT 1
            """)
        insertMeeting = try database.prepare("""
            INSERT INTO meetings (status, date, date_precision, place, mode, participant_key, article_id, sentence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // A meeting reported held by any source was held; a missing place is filled in.
        updateMeeting = try database.prepare("""
            UPDATE meetings SET
                status = CASE WHEN ?2 = 'held' THEN 'held' ELSE status END,
                place = coalesce(place, ?3)
            WHERE id = ?1
            """)
        insertParticipant = try database.prepare("INSERT OR IGNORE INTO meeting_participants (meeting_id, person_id, position) VALUES (?, ?, ?)")
        insertMeetingSource = try database.prepare("INSERT OR IGNORE INTO meeting_sources (meeting_id, article_id, sentence, status) VALUES (?, ?, ?, ?)")

        findTerritory = try database.prepare("SELECT min(territory_id) FROM territory_names WHERE name_key = ?")
        insertTerritory = try database.prepare("INSERT INTO territories (name) VALUES (?)")
        // A name first stored without its user gains one when an article says who uses it.
        nameTerritoryUser = try database.prepare("""
            UPDATE territory_names SET used_by = ?3 WHERE territory_id = ?1 AND name = ?2 AND used_by IS NULL
            """)
        insertTerritoryName = try database.prepare("""
            INSERT INTO territory_names (territory_id, name, name_key, used_by)
            SELECT ?1, ?2, ?3, ?4
            WHERE NOT EXISTS (SELECT 1 FROM territory_names
                              WHERE territory_id = ?1 AND name = ?2 AND (?4 IS NULL OR used_by IS ?4))
            """)
        insertClaim = try database.prepare("""
            INSERT INTO claims (territory_id, country, kind, article_id, sentence) VALUES (?, ?, ?, ?, ?)
            """)
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
        try insertArticle.run(hash, article.title, article.date?.description, article.source, article.body)
        let articleID = database.lastInsertRowID

        for sentence in facts.sentences {
            try insertSentence.run(articleID, sentence.index, sentence.start, sentence.end, sentence.text)
        }
        for country in facts.countries {
            try upsertCountry.run(country.code, country.name)
            for mention in country.mentions {
                try insertMention.run(articleID, mention.sentence, mention.start, mention.end, "country", nil as Int64?, country.code, nil as Int64?)
            }
        }

        // The article's names of each person, folded, for finding meeting participants.
        var personByKey: [String: Int64] = [:]
        for person in facts.people {
            let id = try resolve(person, articleID: articleID)
            for name in [person.name] + person.aliases { personByKey[NameKey.person(name)] = id }
        }

        var meetings = 0
        for meeting in facts.meetings where try write(meeting, articleID: articleID, personByKey: &personByKey) {
            meetings += 1
        }
        for territory in facts.territories {
            try write(territory, articleID: articleID)
        }
        return (articleID, facts.people.count + facts.countries.count + meetings + facts.territories.count)
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

    /// The stored person this fact names, created when there is none. A person matches when the
    /// fact's name equals one of theirs (or one of the fact's aliases equals their name), case
    /// and diacritics aside, and their countries do not conflict. Sharing a surname is not
    /// enough: "Kim Jong Un" and "Kim Yo Jong" have different keys and stay apart.
    private func resolve(_ person: PersonFact, articleID: Int64) throws -> Int64 {
        let key = NameKey.person(person.name)
        guard !key.isEmpty else { throw StoreError.invalidFacts("a person without a name") }
        if let country = person.country { try ensureCountry.run(country) }

        var candidates: [Int64] = []
        findPersonByAlias.reset()
        try findPersonByAlias.bind(key, at: 1)
        candidates += try findPersonByAlias.allRows().compactMap { if case .integer(let id) = $0[0] { id } else { nil } }
        for alias in person.aliases {
            findPersonByName.reset()
            try findPersonByName.bind(NameKey.person(alias), at: 1)
            candidates += try findPersonByName.allRows().compactMap { if case .integer(let id) = $0[0] { id } else { nil } }
        }
        var compatible: [(id: Int64, nameKey: String)] = []
        for id in Set(candidates).sorted() {
            readPerson.reset()
            try readPerson.bind(id, at: 1)
            guard try readPerson.step() else { continue }
            let storedCountry = readPerson.string(at: 1)
            if let a = storedCountry, let b = person.country, a != b { continue }
            compatible.append((id, readPerson.string(at: 0) ?? ""))
        }
        readPerson.reset()
        // Several people answer to this name ("Kim"): only an exact full name decides.
        if compatible.count > 1 { compatible = compatible.filter { $0.nameKey == key } }

        let id: Int64
        if compatible.count == 1 {
            id = compatible[0].id
            // Keep the fullest form of the name seen.
            let fuller = key.split(separator: " ").count > compatible[0].nameKey.split(separator: " ").count
            try updatePerson.run(id, fuller ? person.name : nil, fuller ? key : nil, person.country, person.title)
        } else {
            try insertPerson.run(person.name, key, person.country, person.title)
            id = database.lastInsertRowID
        }
        for name in [person.name] + person.aliases {
            let aliasKey = NameKey.person(name)
            if !aliasKey.isEmpty { try insertAlias.run(id, aliasKey, name) }
        }
        try insertPersonArticle.run(id, articleID, person.name, person.country, person.title)
        for mention in person.mentions {
            try insertMention.run(articleID, mention.sentence, mention.start, mention.end, "person", id, nil as String?, nil as Int64?)
        }
        return id
    }

    // MARK: Meetings

    /// Stores a meeting, or adds this article as a source of the same meeting already stored:
    /// the same participants on the same day, or, undated, in the same article.
    /// Returns false when the meeting has fewer than two distinct participants and is not stored.
    private func write(_ meeting: MeetingFact, articleID: Int64, personByKey: inout [String: Int64]) throws -> Bool {
        var participants: [Int64] = []
        for name in meeting.participants {
            let key = NameKey.person(name)
            let id: Int64
            if let known = personByKey[key] {
                id = known
            } else {
                id = try resolve(PersonFact(name: name), articleID: articleID)
                personByKey[key] = id
            }
            if !participants.contains(id) { participants.append(id) }
        }
        // An encounter needs two named people.
        guard participants.count >= 2 else { return false }
        let participantKey = participants.sorted().map(String.init).joined(separator: ",")
        let date = meeting.date?.description
        let sentence = meeting.evidence.first?.sentence

        let existing: Value?
        if let date {
            existing = try findMeetingByDate.scalar(participantKey, date)
        } else {
            existing = try findUndatedMeeting.scalar(participantKey, articleID)
        }
        let meetingID: Int64
        if case .integer(let id)? = existing {
            meetingID = id
            try updateMeeting.run(id, meeting.status.rawValue, meeting.place)
        } else {
            try insertMeeting.run(meeting.status.rawValue, date, meeting.datePrecision.rawValue, meeting.place,
                                  meeting.mode.rawValue, participantKey, articleID, sentence)
            meetingID = database.lastInsertRowID
            for (position, person) in participants.enumerated() {
                try insertParticipant.run(meetingID, person, position)
            }
        }
        try insertMeetingSource.run(meetingID, articleID, sentence, meeting.status.rawValue)
        return true
    }

    // MARK: Territories

    /// Stores a territory, or merges its names and claims into the stored territory that shares
    /// any of its names ("the Kuril Islands" and "Kuril" share one).
    private func write(_ territory: TerritoryFact, articleID: Int64) throws {
        var territoryID: Int64?
        for name in territory.names {
            if case .integer(let id)? = try findTerritory.scalar(NameKey.territory(name.name)) {
                territoryID = min(territoryID ?? id, id)
            }
        }
        if territoryID == nil {
            try insertTerritory.run(territory.names[0].name)
            territoryID = database.lastInsertRowID
        }
        let id = territoryID!
        for name in territory.names {
            if let user = name.usedBy {
                try ensureCountry.run(user)
                try nameTerritoryUser.run(id, name.name, user)
            }
            try insertTerritoryName.run(id, name.name, NameKey.territory(name.name), name.usedBy)
        }
        for claim in territory.claims {
            try ensureCountry.run(claim.country)
            try insertClaim.run(id, claim.country, claim.kind.rawValue, articleID, claim.evidence.sentence)
        }
        for evidence in territory.evidence {
            try insertMention.run(articleID, evidence.sentence, evidence.start, evidence.end, "territory", nil as Int64?, nil as String?, id)
        }
    }
}
