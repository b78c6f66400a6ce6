/// "President A received the visitors. ... The Equatoguinean president thanked them": a person
/// whose own phrase leaves their state unsaid takes the state of a later (or earlier) role
/// reference that only they can be — the one person of the article with that very title. This
/// is the article's own word on the person, read before any guess from the states it mentions.
struct StatesByRole: Sendable {
    /// `lowerTitles`: each record's title lowercased (`title?.lowercased()`), made once by the
    /// caller rather than for every record at every title asked about.
    func assign(_ records: inout [PersonRecord], sentences: [AnalyzedSentence], lowerTitles: [String?]) {
        // Each sentence read in place until one of its titles is asked about: a copy of each
        // retained and released its tokens, mentions and strings.
        for si in sentences.indices {
            for (idx, m) in sentences[si].mentions.enumerated() where m.isTitle && idx > 0 {
                let s = sentences[si]
                let state = s.mentions[idx - 1]
                guard let code = state.countryCode, state.last + 1 == m.first, state.first >= 1, s.tokens[state.first - 1].isWord(.the),
                    !isPlural(m, in: s), !isNamed(after: m, at: idx, in: s)
                else { continue }
                let title = s.text(m.first, m.last).lowercased()
                let holders = records.indices.filter { lowerTitles[$0] == title }
                if holders.count == 1, records[holders[0]].country == nil { records[holders[0]].country = code }
            }
        }
    }

    /// How far after a title a name may still be the title's own: "the Sri Lankan Minister of
    /// Foreign Affairs, Employment and Tourism, A" runs a remit list of several words before it.
    static let ownNameReach = 8

    /// "the Kenyan president, A", "the Sri Lankan minister of X and Y, B": the title is the named
    /// person's own, not a reference to someone named elsewhere.
    private func isNamed(after m: Mention, at idx: Int, in s: AnalyzedSentence) -> Bool {
        s.mentions[(idx + 1)...].contains { $0.isName && $0.first > m.last && $0.first <= m.last + Self.ownNameReach }
    }

    /// "the Armenian and Azerbaijani foreign ministers": several people, none alone.
    private func isPlural(_ m: Mention, in s: AnalyzedSentence) -> Bool {
        let head = s.tokens[m.last].lower
        return head.hasSuffix("s") && !head.hasSuffix("ss")
    }
}
