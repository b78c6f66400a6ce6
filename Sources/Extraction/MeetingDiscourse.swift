/// What the article has said so far that later sentences refer back to: the participants of
/// the encounter last reported, and the people in the order they were last named.
struct MeetingDiscourse: Sendable {
    var lastParticipants: [Int] = []
    var lastParticipantsSentence = Int.min / 2
    /// People by their latest mention, most recent last.
    var recentPeople: [Int] = []

    /// How many sentences on "the two leaders" or "they" still refer to the pair last reported
    /// meeting; beyond it they are the two people named last.
    static let pairReach = 3

    mutating func noteMentions(_ mentions: [PersonMention]) {
        for m in mentions where recentPeople.last != m.person {
            recentPeople.removeAll { $0 == m.person }
            recentPeople.append(m.person)
        }
    }

    /// The pair "the two leaders" or "they" refers to in sentence `sentence`.
    func referredPair(at sentence: Int) -> [Int] {
        sentence - lastParticipantsSentence <= Self.pairReach && lastParticipants.count >= 2 ? lastParticipants : Array(recentPeople.suffix(2))
    }
}
