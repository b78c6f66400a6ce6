import Extraction

/// What the store keeps of an article's sentences and mentions: what a query or page reads,
/// not every sentence and every name the extractor found (once 39 sentences and 47 mentions
/// of an article's 135 rows, each costing the writer SQLite's work for a row and its indexes).
///
/// - The sentences its stored facts cite: each stored meeting's first evidence sentence and
///   each claim's (the evidence pages and the full-text index's evidence column read them).
/// - Every mention in those sentences: the evidence pages mark the people and countries of a
///   fact in its sentence (`sentence-mentions`).
/// - A country's or a territory's first mention in the article (by offset) when none of its
///   mentions is in those sentences, with its sentence: the queries count the articles naming a
///   country, and list those naming a territory, from its mentions. A person needs none: the
///   articles naming a person are in person_articles.
///
/// Migration 7 to 8 removes from an older database what this keeps no longer, by the same rule.
struct KeptEvidence {
    /// The indexes of the sentences kept.
    private(set) var sentences: Set<Int>
    /// The mentions kept, in the order of `facts.countries`, `facts.people` and
    /// `facts.territories`, each in the extractor's order.
    private(set) var countryMentions: [[Evidence]] = []
    private(set) var personMentions: [[Evidence]] = []
    private(set) var territoryMentions: [[Evidence]] = []

    /// `meetings` are those of `facts.meetings` that are stored (two named people at least).
    init(_ facts: ArticleFacts, meetings: [MeetingFact]) {
        var cited = Set(meetings.compactMap { $0.evidence.first?.sentence })
        for territory in facts.territories { cited.formUnion(territory.claims.map(\.evidence.sentence)) }
        sentences = cited
        personMentions = facts.people.map { $0.mentions.filter { cited.contains($0.sentence) } }
        countryMentions = facts.countries.map { keepingOne(of: $0.mentions, cited: cited) }
        territoryMentions = facts.territories.map { keepingOne(of: $0.evidence, cited: cited) }
    }

    /// The mentions in cited sentences; when there are none, the first (its sentence kept too).
    private mutating func keepingOne(of mentions: [Evidence], cited: Set<Int>) -> [Evidence] {
        let inCited = mentions.filter { cited.contains($0.sentence) }
        guard inCited.isEmpty, let first = mentions.min(by: { ($0.start, $0.sentence) < ($1.start, $1.sentence) }) else { return inCited }
        sentences.insert(first.sentence)
        return [first]
    }
}
