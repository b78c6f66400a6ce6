/// The members of a participant's party named in a sentence of their own: "The Prime Minister
/// was accompanied by Finance Minister A and Senator B", "She was joined by C". The guidelines
/// count everyone named as taking part; officials travelling with a leader to talks took part in
/// them, so they join the encounter the leader was last reported at.
struct PartyMembers: Sendable {
    /// The words before the cue that make it the sentence's own predicate ("was accompanied
    /// by"), not an aside ("A, accompanied by B, later toured the port"), which may tell of
    /// another outing.
    static let auxiliaries: WordSet = ["was", "were", "is", "are", "be", "been"]
    /// Pronouns that may open the sentence as the head of the party.
    static let subjectPronouns: WordSet = ["he", "she"]

    let delegations = DelegationStates()

    /// The head of the party and its members, when the sentence says who accompanied someone.
    /// `pronounHead`: whom "he" or "she" at the start of the sentence means.
    func party(in s: AnalyzedSentence, named: [PersonMention], records: [PersonRecord], pronounHead: () -> Int?) -> (head: Int, members: [Int])? {
        guard let cue = delegations.cueEnd(in: s), cue.start >= 1, Self.auxiliaries.contains(s.tokens[cue.start - 1].lower) else { return nil }
        let members = named.filter { $0.first > cue.end }.map(\.person)
        guard !members.isEmpty else { return nil }
        let head: Int?
        if cue.start <= 2, let first = s.word(0), Self.subjectPronouns.contains(first) {
            head = pronounHead()
        } else {
            head = delegations.headOfParty(in: s, before: cue.start, mentions: named, records: records)
        }
        guard let head, !members.contains(head) else { return nil }
        return (head, members)
    }
}
