/// Where a fact comes from: a sentence of the article body and a span inside the body.
/// Offsets count Unicode scalars from the start of the body (`start..<end`), so any
/// language's string slicing by code point recovers the text.
public struct Evidence: Sendable, Hashable, Codable {
    /// Index of the sentence in `ArticleFacts.sentences`.
    public var sentence: Int
    public var start: Int
    public var end: Int

    public init(sentence: Int, start: Int, end: Int) {
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// A sentence of the article body, with its span in the body.
public struct Sentence: Sendable, Hashable, Codable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(index: Int, start: Int, end: Int, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A named person acting in an official capacity.
public struct PersonFact: Sendable, Hashable {
    /// The fullest form of the name the article gives.
    public var name: String
    /// ISO alpha-3 code of the state served, or an international body's code ("UN", "EU").
    public var country: String?
    /// The role as stated, without nationality ("Foreign Minister").
    public var title: String?
    /// Other forms the article uses ("Lavrov").
    public var aliases: [String]
    public var mentions: [Evidence]

    public init(name: String, country: String? = nil, title: String? = nil, aliases: [String] = [], mentions: [Evidence] = []) {
        self.name = name
        self.country = country
        self.title = title
        self.aliases = aliases
        self.mentions = mentions
    }
}

/// A present-day or historical state the body mentions as an actor or place.
public struct CountryFact: Sendable, Hashable {
    public var code: String
    public var name: String
    public var mentions: [Evidence]

    public init(code: String, name: String, mentions: [Evidence] = []) {
        self.code = code
        self.name = name
        self.mentions = mentions
    }
}

public enum MeetingStatus: String, Sendable, Hashable, Codable {
    case held, planned
}

public enum MeetingMode: String, Sendable, Hashable, Codable {
    case inPerson = "in_person"
    case call
}

/// How much of a meeting's date the text pins down.
public enum DatePrecision: String, Sendable, Hashable, Codable {
    case day
    /// The text gives a day, but no publication date resolves it.
    case unresolved
    case none
}

/// An encounter between two or more named people.
public struct MeetingFact: Sendable, Hashable {
    /// Names as in `ArticleFacts.people`.
    public var participants: [String]
    public var status: MeetingStatus
    public var date: Day?
    public var datePrecision: DatePrecision
    public var place: String?
    public var mode: MeetingMode
    /// The sentences that report it; the first is the main evidence.
    public var evidence: [Evidence]

    public init(
        participants: [String], status: MeetingStatus, date: Day? = nil, datePrecision: DatePrecision = .none,
        place: String? = nil, mode: MeetingMode = .inPerson, evidence: [Evidence] = []
    ) {
        self.participants = participants
        self.status = status
        self.date = date
        self.datePrecision = datePrecision
        self.place = place
        self.mode = mode
        self.evidence = evidence
    }
}

/// One name of a territory, and the state that uses it where the text says so.
public struct TerritoryName: Sendable, Hashable {
    public var name: String
    public var usedBy: String?

    public init(name: String, usedBy: String? = nil) {
        self.name = name
        self.usedBy = usedBy
    }
}

public enum ClaimKind: String, Sendable, Hashable, Codable {
    /// The state claims the territory.
    case claims
    /// The state holds or administers it (and so claims it too).
    case holds
}

public struct Claim: Sendable, Hashable {
    public var country: String
    public var kind: ClaimKind
    public var evidence: Evidence

    public init(country: String, kind: ClaimKind, evidence: Evidence) {
        self.country = country
        self.kind = kind
        self.evidence = evidence
    }
}

/// A territory the article presents as disputed.
public struct TerritoryFact: Sendable, Hashable {
    public var names: [TerritoryName]
    public var claims: [Claim]
    public var evidence: [Evidence]

    public init(names: [TerritoryName], claims: [Claim], evidence: [Evidence] = []) {
        self.names = names
        self.claims = claims
        self.evidence = evidence
    }

    /// Every claimant, the holder included, sorted.
    public var claimants: [String] {
        Array(Set(claims.map(\.country))).sorted()
    }

    /// The state that holds it, where stated.
    public var controlledBy: String? {
        claims.first { $0.kind == .holds }?.country
    }
}

/// Everything extracted from one article.
public struct ArticleFacts: Sendable, Hashable {
    public var sentences: [Sentence]
    public var people: [PersonFact]
    public var countries: [CountryFact]
    public var meetings: [MeetingFact]
    public var territories: [TerritoryFact]

    public init(
        sentences: [Sentence] = [], people: [PersonFact] = [], countries: [CountryFact] = [],
        meetings: [MeetingFact] = [], territories: [TerritoryFact] = []
    ) {
        self.sentences = sentences
        self.people = people
        self.countries = countries
        self.meetings = meetings
        self.territories = territories
    }
}
