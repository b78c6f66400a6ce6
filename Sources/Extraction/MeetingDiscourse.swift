/// What the article has said so far that later sentences refer back to: the participants of
/// the encounter last reported, and the people in the order they were last named.
struct MeetingDiscourse: Sendable {
    var lastParticipants: [Int] = []
    var lastParticipantsSentence = Int.min / 2
    /// People by their latest mention, most recent last.
    var recentPeople: [Int] = []
    /// The subject of the encounter last reported ("A met B and C"): A, whom a later "he" or
    /// "she" most often means, even when B and C were named after A.
    var lastSubject: Int?
    var lastSubjectSentence = Int.min / 2

    /// How many sentences on "he" or "she" still means the subject of the last reported encounter.
    static let subjectReach = 3

    /// Whom "he" or "she" means in sentence `sentence`, other than the people in `excluded`.
    func personalPronoun(at sentence: Int, excluding excluded: [Int]) -> Int? {
        if let subject = lastSubject, sentence - lastSubjectSentence <= Self.subjectReach, !excluded.contains(subject) { return subject }
        return recentPeople.last { !excluded.contains($0) }
    }

    /// Whom "he" or "she" as the subject of a clause means: "A flies to C today. There, he will
    /// meet B": the person the sentence before opened with as its subject, else as
    /// `personalPronoun`. (A possessive, "her talks with B", keeps to the encounter's subject.)
    func subjectPronoun(at sentence: Int, excluding excluded: [Int]) -> Int? {
        if let opener = openingSubject, openingSubjectSentence == sentence - 1, !excluded.contains(opener) { return opener }
        return personalPronoun(at: sentence, excluding: excluded)
    }

    /// The subject of the encounter last reported, while still within reach: whom a meeting noun
    /// without a subject of its own ("the talks with A") continues.
    func encounterSubject(at sentence: Int, excluding excluded: [Int]) -> Int? {
        guard let subject = lastSubject, sentence - lastSubjectSentence <= Self.subjectReach, !excluded.contains(subject) else { return nil }
        return subject
    }

    /// How many sentences on "the two leaders" or "they" still refer to the pair last reported
    /// meeting; beyond it they are the two people named last.
    static let pairReach = 3

    /// The person last reported speaking ("A said"), whom a quoted "I" of a later "she added" means.
    var lastSpeaker: Int?

    /// The person a sentence opens with as its one subject ("A flies to C", "President A will
    /// ..."), and that sentence.
    var openingSubject: Int?
    var openingSubjectSentence = Int.min / 2

    /// The person named first in the sentence, when only capitalised words (a title, a state)
    /// stand before the name and a lowercase word (a verb) follows it: not "A and B" nor "A, who".
    static func openingSubject(_ mentions: [PersonMention], in s: AnalyzedSentence) -> Int? {
        guard let m = mentions.min(by: { $0.first < $1.first }), !m.byRole, m.last + 1 < s.tokens.count else { return nil }
        guard (0..<m.first).allSatisfy({ s.tokens[$0].kind == .word && s.tokens[$0].isCapitalized }) else { return nil }
        let next = s.tokens[m.last + 1]
        guard next.kind == .word, !next.isCapitalized, !next.isWord(.and), !next.isWord(.or) else { return nil }
        return m.person
    }

    mutating func noteMentions(_ mentions: [PersonMention], in s: AnalyzedSentence) {
        if let opener = Self.openingSubject(mentions, in: s) {
            openingSubject = opener
            openingSubjectSentence = s.index
        }
        if let speaker = mentions.last(where: { ParticipantReader.isSpeaker($0, in: s) }) { lastSpeaker = speaker.person }
        noteMentions(mentions)
        if !mentions.isEmpty { lastNamingSentence = s.index }
    }

    /// The sentence that last named anyone.
    var lastNamingSentence = Int.min / 2

    /// How many sentences back an object pronoun ("received him") still finds its person: the
    /// sentence before, or the one before that with nothing named between.
    static let objectReach = 2

    /// Whom "him" or "her" after a meeting word means: the subject of the encounter last
    /// reported, else the person named last, while a sentence within `objectReach` named them.
    func objectPronoun(at sentence: Int, excluding excluded: [Int]) -> Int? {
        guard sentence - lastNamingSentence <= Self.objectReach else { return nil }
        return personalPronoun(at: sentence, excluding: excluded)
    }

    mutating func noteMentions(_ mentions: [PersonMention]) {
        for m in mentions where recentPeople.last != m.person {
            recentPeople.removeAll { $0 == m.person }
            recentPeople.append(m.person)
        }
    }

    /// The pair "the two leaders" or "they" refers to in sentence `sentence`.
    /// The people of the encounter reported last, within `pairReach`; none when no encounter was.
    func reportedPair(at sentence: Int) -> [Int] {
        sentence - lastParticipantsSentence <= Self.pairReach && lastParticipants.count >= 2 ? lastParticipants : []
    }

    func referredPair(at sentence: Int) -> [Int] {
        sentence - lastParticipantsSentence <= Self.pairReach && lastParticipants.count >= 2 ? lastParticipants : Array(recentPeople.suffix(2))
    }

    /// Each person's title, lowercased ("" for none), by person: what "the two presidents" is
    /// matched against.
    var titles: [String] = []

    /// The pair "the two heads of state" refers to: the pair `referredPair` gives when both hold
    /// one of `offices`' titles, else the two people last named who do, when there are two.
    func referredPair(at sentence: Int, holding offices: Set<String>?) -> [Int] {
        let pair = referredPair(at: sentence)
        guard let offices else { return pair }
        let holds = { (p: Int) in p < titles.count && offices.contains(titles[p]) }
        if pair.allSatisfy(holds) { return pair }
        let holders = recentPeople.filter(holds)
        if holders.count >= 2 { return Array(holders.suffix(2)) }
        // "Both prime ministers spoke on April 13. The commission co-chaired by the two foreign
        // ministers met": a pair who hold another office of the list are not the group named.
        let holdsAnother = { (p: Int) in p < titles.count && !offices.contains(titles[p]) && Self.groupOfficeTitles.contains(titles[p]) }
        return pair.allSatisfy(holdsAnother) ? [] : pair
    }

    /// Every title of the group offices ("prime minister", "foreign minister", ...).
    static let groupOfficeTitles: Set<String> = Set(WordLists.groupOffices.flatMap(\.titles))

    /// Each person's state, by person (nil where none is known): a deputy's principal is of
    /// the deputy's state.
    var states: [String?] = []

    /// Words that make a title a deputy's: "Vice President", "Deputy Prime Minister".
    static let deputyPrefixes = ["vice ", "deputy "]

    /// "A was welcomed at the airport by Deputy Prime Minister B for Prime Minister C. The
    /// two leaders then sat down": the deputy stood in for the leader the leaders' talks are with,
    /// the person last named who holds the deputy's title without its prefix, of the deputy's
    /// own state.
    func withPrincipalsOfDeputies(_ pair: [Int]) -> [Int] {
        guard pair.count == 2 else { return pair }
        var out = pair
        for (k, p) in pair.enumerated() where p < titles.count && p < states.count {
            guard let state = states[p], let prefix = Self.deputyPrefixes.first(where: titles[p].hasPrefix) else { continue }
            let office = String(titles[p].dropFirst(prefix.count))
            if let principal = recentPeople.last(where: { q in
                !pair.contains(q) && q < titles.count && q < states.count && titles[q] == office && states[q] == state
            }) {
                out[k] = principal
            }
        }
        return out
    }

    /// The people a group reference of `size` means: for "the two leaders" (or no size) the pair
    /// `referredPair` gives; for "the three leaders" the encounter last reported, within
    /// `pairReach`, when it had exactly that many people, else no one (three people last named
    /// are too loose a guess).
    /// `ofLeaders`: the group is called leaders ("the two leaders"), whom a deputy only stands in for.
    func referredGroup(at sentence: Int, holding offices: Set<String>?, size: Int?, ofLeaders: Bool = false) -> [Int] {
        guard let size, size > 2 else {
            if ofLeaders, offices == nil, size ?? 2 == 2, let leaders = lastTwoLeaders(at: sentence) ?? twoLeadersNamedSince(at: sentence) {
                return leaders
            }
            let pair = referredPair(at: sentence, holding: offices)
            // "the two leaders" after an encounter of more: its subject and the first named with them.
            if size == 2 && pair.count > 2 { return Array(pair.prefix(2)) }
            return ofLeaders ? withPrincipalsOfDeputies(pair) : pair
        }
        let group = reportedPair(at: sentence)
        return group.count == size ? group : []
    }

    /// "A and B (ministers) met ... the summit between Presidents C and D. The two leaders agreed":
    /// where no one of the encounter last reported leads a state, the two people named last, when
    /// both lead one.
    func twoLeadersNamedSince(at sentence: Int) -> [Int]? {
        let pair = reportedPair(at: sentence)
        guard !pair.isEmpty, !pair.contains(where: isLeader) else { return nil }
        let last = Array(recentPeople.suffix(2))
        guard last.count == 2, last.allSatisfy(isLeader), !last.contains(where: pair.contains) else { return nil }
        return last
    }

    private func isLeader(_ p: Int) -> Bool {
        p < titles.count && RoleReferences.isLeaderTitle(titles[p])
    }

    /// "the two leaders" once the encounter last reported is out of reach: the two people last
    /// named who lead a state, where two do ("Foreign Minister C said ... The two leaders' first
    /// meeting" is not C's), before the two people last named whatever their office.
    func lastTwoLeaders(at sentence: Int) -> [Int]? {
        guard reportedPair(at: sentence).isEmpty else { return nil }
        var leaders: [Int] = []
        for p in recentPeople.reversed() where p < titles.count && RoleReferences.isLeaderTitle(titles[p]) {
            leaders.insert(p, at: 0)
            if leaders.count == 2 { return leaders }
        }
        return nil
    }
}
