/// A headline in title case capitalises every word, and a run of them after a state reads like a
/// name ("China Eyes Closer Ties With Japan" gives "Eyes Closer Ties" of China). A person named
/// only in such lines, with no office of their own and no known given name among their words,
/// is such a run, not a person; one the body names again has mentions outside the headline.
struct HeadlineFragments: Sendable {
    /// Words shorter than this are left out of the count: the small words of a headline are
    /// capitalised in some styles and not in others.
    static let countedWordLength = 4
    /// How many counted words a line needs before its capitals say anything: "Talks With Oman"
    /// is too short to tell a headline from a name.
    static let minimumCountedWords = 4
    /// How many counted words may be lowercase in a line still read as title case ("Official
    /// Records Seventy-fourth session").
    static let lowercaseAllowed = 1
    /// Headlines run to about fifteen words; a longer line is a sentence, whose capitals are an
    /// official's styles and states ("the Minister of Foreign Affairs of the Republic of A").
    static let maximumWords = 16

    /// The records without headline fragments, each mention numbered again for the record it
    /// belongs to.
    func removing(from records: [PersonRecord], sentences: [AnalyzedSentence]) -> [PersonRecord] {
        // Each line read once, and only a line where a person without an office is named:
        // 0 unread, 1 no headline, 2 a headline.
        var titleCase = [UInt8](repeating: 0, count: sentences.count)
        func isTitleCase(_ i: Int) -> Bool {
            if titleCase[i] == 0 { titleCase[i] = Self.isTitleCase(sentences[i]) ? 2 : 1 }
            return titleCase[i] == 2
        }
        var fragments = records.map { r in
            r.title == nil && !r.mentions.isEmpty && r.mentions.allSatisfy { !$0.byRole && isTitleCase($0.sentence) }
                && !r.mentions.contains { m in (m.first...m.last).contains { sentences[m.sentence].tokens[$0].isListed(.givenName) } }
        }
        // "PM Modi Reaches Fiji" over a body that names "Narendra Modi": a run of a titled
        // headline whose later mentions are its first word alone, which ends a name the body
        // gives in full. Those mentions are that person's.
        var handedOver: [(mention: PersonMention, to: Int)] = []
        for (id, r) in records.enumerated() where !fragments[id] && r.title != nil {
            guard let moved = surnameMentionsOfAHeadlineRun(r, records: records, fragments: fragments, sentences: sentences, isTitleCase: isTitleCase)
            else { continue }
            fragments[id] = true
            handedOver += moved
        }
        guard fragments.contains(true) else { return records }
        var records = records
        for h in handedOver { records[h.to].mentions.append(h.mention) }
        for to in Set(handedOver.map(\.to)) { records[to].mentions.sort { ($0.sentence, $0.first) < ($1.sentence, $1.first) } }
        var kept: [PersonRecord] = []
        kept.reserveCapacity(records.count)
        for (r, fragment) in zip(records, fragments) where !fragment { kept.append(r) }
        for i in kept.indices {
            for k in kept[i].mentions.indices { kept[i].mentions[k].person = i }
        }
        return kept
    }

    /// The one-word mentions of a titled person named in full only in title-case headlines,
    /// each with the person it goes to: another, not a fragment, whose name ends with that word.
    /// Nil where the run has a given name, where it has no such mention, or where a mention of
    /// its first word alone has no such person: then it may be a person named in full in a
    /// heading alone ("Remarks by Prime Minister A B to the press").
    func surnameMentionsOfAHeadlineRun(
        _ r: PersonRecord, records: [PersonRecord], fragments: [Bool], sentences: [AnalyzedSentence], isTitleCase: (Int) -> Bool
    ) -> [(mention: PersonMention, to: Int)]? {
        // Read in place, most records failing at their first mention, a full name in a sentence.
        var anyFull = false
        for m in r.mentions where m.last > m.first {
            guard !m.byRole, isTitleCase(m.sentence), !(m.first...m.last).contains(where: { sentences[m.sentence].tokens[$0].isListed(.givenName) })
            else { return nil }
            anyFull = true
        }
        guard anyFull else { return nil }
        var moved: [(mention: PersonMention, to: Int)] = []
        for m in r.mentions where m.last == m.first {
            guard !m.byRole, let first = r.folded.first, PersonResolver.foldedText(sentences[m.sentence].tokens, m.first) == first,
                let to = records.indices.first(where: { $0 != m.person && !fragments[$0] && records[$0].folded.count >= 2 && records[$0].folded.last == first })
            else { return nil }
            moved.append((m, to))
        }
        return moved.isEmpty ? nil : moved
    }

    /// Whether the line is a headline in title case: nearly every word long enough to count
    /// capitalised, and no full stop, question or exclamation mark at its end, which a sentence
    /// has (a list of names, "With her were A, B and C.", is capitalised as densely).
    static func isTitleCase(_ s: AnalyzedSentence) -> Bool {
        if let end = s.tokens.last, end.kind == .punctuation, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(end.firstByte) {
            return false
        }
        var words = 0
        var counted = 0
        var lowercase = 0
        for t in s.tokens where t.kind == .word {
            words += 1
            if words > maximumWords { return false }
            guard t.end - t.start >= countedWordLength else { continue }
            counted += 1
            if !t.isCapitalized { lowercase += 1 }
            if lowercase > lowercaseAllowed { return false }
        }
        return counted >= minimumCountedWords
    }
}
