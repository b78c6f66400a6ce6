/// Where the article places its people: "A arrived in C on Monday", "B is the first minister to
/// come to C". An encounter reported without a place, near such a sentence about one of its
/// participants, took place in that city.
struct VisitPlaces: Sendable {
    struct Placement: Sendable {
        var sentence: Int
        var city: String
        var people: Set<Int>
    }

    /// How many sentences before an encounter a placement still holds: a visit report runs about
    /// a paragraph.
    static let reachBefore = 5
    /// How many sentences after: the city is often named just after the meeting it frames
    /// ("A will meet B and C. It is the first visit to C by ...").
    static let reachAfter = 2

    let placements: [Placement]

    init(_ sentences: [AnalyzedSentence], mentionsBySentence: [Int: [PersonMention]], placeReader: MeetingPlaceReader) {
        var placements: [Placement] = []
        var lastNamed: Int?
        for s in sentences {
            let named = mentionsBySentence[s.index] ?? []
            if let city = placeReader.cityPlacing(s) {
                var people = Set(named.map(\.person))
                // "He is the first minister to come to C": "he" is the person named last.
                if people.isEmpty, ["he", "she"].contains(s.word(0) ?? ""), let last = lastNamed { people = [last] }
                if !people.isEmpty { placements.append(Placement(sentence: s.index, city: city, people: people)) }
            }
            if let last = named.max(by: { $0.first < $1.first }) { lastNamed = last.person }
        }
        self.placements = placements
    }

    /// The city of the placement nearest sentence `sentence` that concerns one of the
    /// participants, preferring one before the encounter to one after it.
    func city(of participants: [Int], at sentence: Int) -> String? {
        let relevant = placements.filter { p in
            !p.people.isDisjoint(with: participants) && p.sentence >= sentence - Self.reachBefore && p.sentence <= sentence + Self.reachAfter
        }
        return relevant.min { a, b in rank(a, sentence) < rank(b, sentence) }?.city
    }

    private func rank(_ p: Placement, _ sentence: Int) -> Int {
        p.sentence <= sentence ? (sentence - p.sentence) * 2 : (p.sentence - sentence) * 2 + 1
    }
}
