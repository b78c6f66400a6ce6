/// The dateline of a news article: "WARSAW — ...", "NEW DELHI, March 3 (Reuters) -", "Nairobi:".
enum Dateline {
    /// How many sentences into the body a dateline may come (after a headline and a byline).
    static let searchDepth = 4
    static let separators: Set<String> = ["—", "–", "-", ":", ","]

    /// The city of the dateline: a known place or capital opening one of the first sentences,
    /// written in capitals or followed by a dash, a colon or a comma and a date or agency.
    static func city(of sentences: [AnalyzedSentence]) -> String? {
        for s in sentences.prefix(searchDepth) {
            guard let m = s.mentions.first, m.first == 0, m.last + 1 < s.tokens.count else { continue }
            switch m.kind {
            case .place, .country(_, .metonym, false): break
            default: continue
            }
            let next = s.tokens[m.last + 1].text
            let capitals = (m.first...m.last).allSatisfy { Token.isAllCapsText(s.tokens[$0].text) }
            guard separators.contains(next), capitals || next != "," else { continue }
            return capitals ? titleCased(s, m) : s.text(m.first, m.last)
        }
        return nil
    }

    /// Whether mention `m` opens one of the first sentences as a dateline: a place or capital
    /// followed by a dash, a colon, or the agency in brackets.
    static func opensDateline(_ m: Mention, in s: AnalyzedSentence) -> Bool {
        guard s.index < searchDepth, m.first == 0, m.last + 1 < s.tokens.count else { return false }
        let next = s.tokens[m.last + 1].text
        return ["—", "–", "-", ":", "("].contains(next)
    }

    /// "NEW DELHI" as the place names it: "New Delhi".
    static func titleCased(_ s: AnalyzedSentence, _ m: Mention) -> String {
        (m.first...m.last).map { k in
            let w = s.tokens[k].lower
            return w.prefix(1).uppercased() + w.dropFirst()
        }.joined(separator: " ")
    }
}
