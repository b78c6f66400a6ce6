import Extraction

/// An article's facts as a Codable document, in the shape `dipkb extract --format json` prints
/// (`people`, `countries`, `meetings`, `territories` with their evidence) plus what that shape
/// leaves out and the store needs: the sentences, and each country's name and mentions
/// (`country_mentions`). Decoding gives back exactly the `ArticleFacts` encoded; the keys that
/// only summarise (`countries`, `names`, `claimants`, `controlled_by`, evidence `text`) are
/// written for readers and recomputed, not read back. Absent values are written as `null`, as
/// in `extract --format json`.
public struct FactsDocument: Codable, Equatable, Sendable {
    public var sentences: [Sentence]
    public var people: [Person]
    public var countries: [String]
    public var countryMentions: [Country]
    public var meetings: [Meeting]
    public var territories: [Territory]

    enum CodingKeys: String, CodingKey {
        case sentences, people, countries, meetings, territories
        case countryMentions = "country_mentions"
    }

    public init(_ facts: ArticleFacts) {
        func text(_ sentence: Int) -> String? { facts.sentences.first { $0.index == sentence }?.text }
        func quoted(_ e: Evidence) -> QuotedEvidence { QuotedEvidence(e, text: text(e.sentence)) }
        sentences = facts.sentences
        people = facts.people.map { Person(name: $0.name, country: $0.country, title: $0.title, aliases: $0.aliases, mentions: $0.mentions) }
        countries = Array(Set(facts.countries.map(\.code))).sorted()
        countryMentions = facts.countries.map { Country(code: $0.code, name: $0.name, mentions: $0.mentions) }
        meetings = facts.meetings.map { m in
            Meeting(
                participants: m.participants, status: m.status, date: m.date?.description, datePrecision: m.datePrecision,
                place: m.place, mode: m.mode, evidence: m.evidence.map(quoted))
        }
        territories = facts.territories.map { t in
            Territory(
                names: t.names.map(\.name), namesUsedBy: t.names.map { NameUse(name: $0.name, usedBy: $0.usedBy) },
                claimants: t.claimants, controlledBy: t.controlledBy,
                claims: t.claims.map { ClaimRecord(country: $0.country, kind: $0.kind, evidence: quoted($0.evidence)) },
                evidence: t.evidence.map(quoted))
        }
    }

    /// The facts encoded; throws when a meeting's date is not a real day.
    public func facts() throws -> ArticleFacts {
        ArticleFacts(
            sentences: sentences,
            people: people.map { PersonFact(name: $0.name, country: $0.country, title: $0.title, aliases: $0.aliases, mentions: $0.mentions) },
            countries: countryMentions.map { CountryFact(code: $0.code, name: $0.name, mentions: $0.mentions) },
            meetings: try meetings.map { m in
                MeetingFact(
                    participants: m.participants, status: m.status, date: try Self.day(m.date), datePrecision: m.datePrecision,
                    place: m.place, mode: m.mode, evidence: m.evidence.map(\.evidence))
            },
            territories: territories.map { t in
                TerritoryFact(
                    names: t.namesUsedBy.map { TerritoryName(name: $0.name, usedBy: $0.usedBy) },
                    claims: t.claims.map { Claim(country: $0.country, kind: $0.kind, evidence: $0.evidence.evidence) },
                    evidence: t.evidence.map(\.evidence))
            })
    }

    static func day(_ text: String?) throws -> Day? {
        guard let text else { return nil }
        guard text.utf8.count == 10, let day = Day(iso: text) else { throw FactsDocumentError.notADay(text) }
        return day
    }

    public struct Person: Codable, Equatable, Sendable {
        public var name: String
        public var country: String?
        public var title: String?
        public var aliases: [String]
        public var mentions: [Evidence]

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(country, forKey: .country)
            try c.encode(title, forKey: .title)
            try c.encode(aliases, forKey: .aliases)
            try c.encode(mentions, forKey: .mentions)
        }
    }

    public struct Country: Codable, Equatable, Sendable {
        public var code: String
        public var name: String
        public var mentions: [Evidence]
    }

    public struct Meeting: Codable, Equatable, Sendable {
        public var participants: [String]
        public var status: MeetingStatus
        public var date: String?
        public var datePrecision: DatePrecision
        public var place: String?
        public var mode: MeetingMode
        public var evidence: [QuotedEvidence]

        enum CodingKeys: String, CodingKey {
            case participants, status, date, place, mode, evidence
            case datePrecision = "date_precision"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(participants, forKey: .participants)
            try c.encode(status, forKey: .status)
            try c.encode(date, forKey: .date)
            try c.encode(datePrecision, forKey: .datePrecision)
            try c.encode(place, forKey: .place)
            try c.encode(mode, forKey: .mode)
            try c.encode(evidence, forKey: .evidence)
        }
    }

    public struct NameUse: Codable, Equatable, Sendable {
        public var name: String
        public var usedBy: String?

        enum CodingKeys: String, CodingKey {
            case name
            case usedBy = "used_by"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(usedBy, forKey: .usedBy)
        }
    }

    public struct ClaimRecord: Codable, Equatable, Sendable {
        public var country: String
        public var kind: ClaimKind
        public var evidence: QuotedEvidence
    }

    public struct Territory: Codable, Equatable, Sendable {
        public var names: [String]
        public var namesUsedBy: [NameUse]
        public var claimants: [String]
        public var controlledBy: String?
        public var claims: [ClaimRecord]
        public var evidence: [QuotedEvidence]

        enum CodingKeys: String, CodingKey {
            case names, claimants, claims, evidence
            case namesUsedBy = "names_used_by"
            case controlledBy = "controlled_by"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(names, forKey: .names)
            try c.encode(namesUsedBy, forKey: .namesUsedBy)
            try c.encode(claimants, forKey: .claimants)
            try c.encode(controlledBy, forKey: .controlledBy)
            try c.encode(claims, forKey: .claims)
            try c.encode(evidence, forKey: .evidence)
        }
    }

    /// Evidence with the text of its sentence, for a reader of the document; the text is not read back.
    public struct QuotedEvidence: Codable, Equatable, Sendable {
        public var sentence: Int
        public var start: Int
        public var end: Int
        public var text: String?

        init(_ evidence: Evidence, text: String?) {
            (sentence, start, end, self.text) = (evidence.sentence, evidence.start, evidence.end, text)
        }

        var evidence: Evidence { Evidence(sentence: sentence, start: start, end: end) }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(sentence, forKey: .sentence)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
        }
    }
}

public enum FactsDocumentError: Error, CustomStringConvertible {
    case notADay(String)

    public var description: String {
        switch self {
        case .notADay(let text): "meeting date \"\(text)\" is not a real day as YYYY-MM-DD"
        }
    }
}
