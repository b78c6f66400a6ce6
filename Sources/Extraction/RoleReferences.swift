/// People named only by role in a sentence with a word of meeting: "the North Korean leader",
/// "his Russian counterpart", "the U.S. president" — resolved to the one person of the article
/// who fits, or to no one.
struct RoleReferences: Sendable {
    /// The noun of "in the presence of the Crown Prince": the title after its "of" is the person
    /// present at the encounter, not someone named by a relation ("the sister of the leader").
    static let presenceNoun = "presence"

    /// Whether token `k` is the "of" of "presence of".
    func saysPresenceOf(_ s: AnalyzedSentence, of k: Int) -> Bool {
        k >= 1 && s.tokens[k].isWord(.of) && s.tokens[k - 1].lower == Self.presenceNoun
    }

    /// `reportSubject`: the subject of the encounter the report goes on with, whom a court style
    /// with that person's title names ("His Highness the Amir also received B").
    /// `ruler`: the subject of the encounter last reported, however far back, whom a bare court
    /// style ("His Majesty also received B") means when that person is a ruler: an official
    /// release styles its one ruler so all the way down.
    func mentions(in s: AnalyzedSentence, people: [PersonRecord], named: [PersonMention], reportSubject: Int? = nil, ruler: Int? = nil)
        -> [PersonMention]
    {
        var out: [PersonMention] = []
        for (idx, m) in s.mentions.enumerated() {
            var country: String?
            var titleMention: Mention?
            // The state's name after the title: "the President of Latvia".
            var stateAfter: Mention?
            // "the top Iranian diplomat": the state's foreign minister, "diplomat" being no title alone.
            var isTopDiplomat = false
            if m.isTitle {
                titleMention = m
                if idx > 0, let c = s.mentions[idx - 1].countryCode, s.mentions[idx - 1].last == m.first - 1 {
                    country = c
                } else if let state = stateAfterOf(s, title: m) {
                    country = state.countryCode
                    stateAfter = state
                }
            } else if m.countryCode != nil, m.last + 1 < s.tokens.count, s.tokens[m.last + 1].isListed(.counterpartWord) {
                country = m.countryCode
            } else if m.countryCode != nil, Self.saysTopDiplomat(s, state: m) {
                country = m.countryCode
                isTopDiplomat = true
            } else {
                continue
            }
            let end = stateAfter?.last ?? titleMention?.last ?? (m.last + 1)
            // A name right after (or after a comma) makes it a named mention, not a role.
            if named.contains(where: { $0.first == end + 1 || $0.first == end + 2 }) { continue }
            // "the President of the Transition, Colonel A": the office's remit, then its holder's name.
            if namesHolderAfterRemit(s, after: end, named: named) { continue }
            let start = country != nil && titleMention != nil && stateAfter == nil ? s.mentions[idx - 1].first : m.first
            guard hasDeterminer(s, before: start) || opensClauseAsSubject(s, start: start, end: end) || isObjectOfMeetingVerb(s, start: start)
            else { continue }
            guard let c = country else {
                // "On Friday the external affairs minister held talks with A": the one person of the article with that title.
                // ("His Majesty the Sultan", a court style, may mean a ruler the text does not name;
                // the one it names when the report goes on with that ruler as its subject.)
                // ("the sister of the leader" names someone else by their relation to the leader.)
                if let t = titleMention, start >= 1, s.tokens[start - 1].isWord(.the), isCourtStyle(s, before: start - 1) {
                    if let subject = reportSubject, people[subject].title?.lowercased() == s.text(t.first, t.last).lowercased(),
                        !named.contains(where: { $0.person == subject })
                    {
                        out.append(PersonMention(person: subject, sentence: s.index, first: start, last: end, byRole: true))
                    } else if saysPresenceOf(s, of: courtStyleStart(s, before: start - 1) - 1),
                        let person = onlyHolder(of: s.text(t.first, t.last), people: people), !named.contains(where: { $0.person == person })
                    {
                        // "in the presence of His Highness the Crown Prince": someone at the
                        // encounter besides its subject, the one the article names with the title.
                        out.append(PersonMention(person: person, sentence: s.index, first: start, last: end, byRole: true))
                    }
                } else if let t = titleMention, start >= 1, s.tokens[start - 1].isWord(.the),
                    !(start >= 2 && s.tokens[start - 2].isWord(.of) && !saysPresenceOf(s, of: start - 2)),
                    let person = onlyHolder(of: s.text(t.first, t.last), people: people)
                        ?? (t.first == t.last && isSubject(s, end: end) ? onlyHolder(ofHead: s.tokens[t.first].lower, people: people) : nil)
                            ?? subjectOfTheReport(holding: t, in: s, end: end, reportSubject: reportSubject ?? ruler, people: people),
                    !named.contains(where: { $0.person == person })
                {
                    out.append(PersonMention(person: person, sentence: s.index, first: start, last: end, byRole: true))
                } else if let t = titleMention, let person = abbreviatedHolder(t, in: s, people: people), !named.contains(where: { $0.person == person }) {
                    out.append(PersonMention(person: person, sentence: s.index, first: start, last: end, byRole: true))
                }
                continue
            }
            let head = titleMention.map { s.tokens[$0.last].lower }
            var candidates = people.indices.filter { people[$0].country == c }
            if let head, candidates.count > 1 {
                let byTitle = candidates.filter { people[$0].title?.lowercased().hasSuffix(head) == true }
                if !byTitle.isEmpty { candidates = byTitle }
                // "the Lithuanian leader" among a Lithuanian president and minister: the head of
                // state or government.
                if byTitle.isEmpty, head == "leader" { candidates = candidates.filter { isLeader(people[$0]) } }
                // "the Georgian prime minister" is the prime minister, not the deputy prime minister.
                let written = titleMention.map { s.text($0.first, $0.last).lowercased() }
                let exact = candidates.filter { people[$0].title?.lowercased() == written }
                if exact.count == 1 { candidates = exact }
            }
            if isTopDiplomat, candidates.count > 1 { candidates = candidates.filter { people[$0].title.map(Self.isForeignAffairsTitle) ?? false } }
            // "Foreign Minister A ... his Austrian counterpart": the Austrian with the same office.
            if titleMention == nil, candidates.count > 1 {
                let heads = Set(named.compactMap { people[$0.person].title?.lowercased().split(separator: " ").last.map(String.init) })
                let sameOffice = candidates.filter {
                    people[$0].title.map { heads.contains(String($0.lowercased().split(separator: " ").last ?? "")) } ?? false
                }
                if !sameOffice.isEmpty { candidates = sameOffice }
            }
            if candidates.count == 1 {
                out.append(PersonMention(person: candidates[0], sentence: s.index, first: start, last: end, byRole: true))
            }
        }
        out += leadersOfStates(in: s, people: people, named: named)
        if let ruler, let style = bareCourtStyleSubject(in: s), isRuler(people[ruler]), !named.contains(where: { $0.person == ruler }) {
            out.append(PersonMention(person: ruler, sentence: s.index, first: style, last: style + 1, byRole: true))
        }
        return out
    }

    /// The state named right after a title and its "of" ("the President of Latvia", "the Prime
    /// Minister of the Solomon Islands"), which an official release writes where a news report
    /// writes "the Latvian President".
    /// Only one office holder, named by "the" before the title, and not set off after a name
    /// (in "A, the Sultan and Yang Di-Pertuan of B," the titles are A's own); not "the leaders of
    /// A, B and C", several states' holders.
    func stateAfterOf(_ s: AnalyzedSentence, title m: Mention) -> Mention? {
        guard m.first >= 1, s.tokens[m.first - 1].isWord(.the), !isSetOffAfterAName(s, determiner: m.first - 1) else { return nil }
        let head = (m.first...m.last).first { s.tokens[$0].isWord(.of) || s.tokens[$0].isWord(.for) }.map { $0 - 1 } ?? m.last
        guard head >= m.first, !s.tokens[head].lower.hasSuffix("s") else { return nil }
        var k = m.last + 1
        guard k + 1 < s.tokens.count, s.tokens[k].isWord(.of) else { return nil }
        k += 1
        if s.tokens[k].isWord(.the), k + 1 < s.tokens.count { k += 1 }
        guard let state = s.mention(at: k), state.first == k, state.countryCode != nil, !state.isName else { return nil }
        if state.last + 2 < s.tokens.count, Token.isMark(s.tokens, state.last + 1, UInt8(ascii: ",")) || s.tokens[state.last + 1].isWord(.and),
            s.mention(at: state.last + 2)?.countryCode != nil
        {
            return nil
        }
        return state
    }

    /// Whether the "the" at `k` follows a comma right after a name: "A, the President of B".
    func isSetOffAfterAName(_ s: AnalyzedSentence, determiner k: Int) -> Bool {
        k >= 2 && Token.isMark(s.tokens, k - 1, UInt8(ascii: ",")) && s.mention(at: k - 2)?.isName == true
    }

    /// "His Majesty also gave audience to B", "Her Highness received C": a court style with no
    /// title or name after it, the subject of the verb that follows; where it starts.
    func bareCourtStyleSubject(in s: AnalyzedSentence) -> Int? {
        for i in s.tokens.indices.dropLast(2) where s.tokens[i].isWord(.his) || s.tokens[i].isWord(.her) {
            guard s.tokens[i + 1].isCapitalized, s.tokens[i + 1].isListed(.courtStyle) else { continue }
            let next = s.tokens[i + 2]
            if next.kind == .word, !next.isCapitalized, !Self.notAVerbAfterARole.contains(next.lower), !next.isWord(.the) { return i }
        }
        return nil
    }

    /// "A met B, another president, on Monday. ... The President also met C": where several
    /// people hold the title, the subject of the encounters the report goes on with (or, further
    /// on, of the one last reported), when the title opens a clause as its subject.
    func subjectOfTheReport(holding t: Mention, in s: AnalyzedSentence, end: Int, reportSubject: Int?, people: [PersonRecord]) -> Int? {
        guard let subject = reportSubject, isSubject(s, end: end),
            people[subject].title?.lowercased() == s.text(t.first, t.last).lowercased()
        else { return nil }
        return subject
    }

    /// Whether the person holds a ruler's title ("Sultan", "Crown Prince"), whom a bare court
    /// style may mean.
    func isRuler(_ person: PersonRecord) -> Bool {
        guard let title = person.title?.lowercased() else { return false }
        return WordLists.rulerTitles.contains(title) || WordLists.rulerTitles.contains(String(title.split(separator: " ").last ?? ""))
    }

    /// How many words an office's remit after its title may run before the comma that sets off
    /// the holder's name: "of the Transition", "of the Foreign Ministry".
    static let remitReach = 6

    /// "the President of the Transition, Colonel A", "the secretary general of the ministry, B":
    /// a remit starting with "of", a comma, then the holder's name past any title or honorific.
    func namesHolderAfterRemit(_ s: AnalyzedSentence, after end: Int, named: [PersonMention]) -> Bool {
        guard end + 1 < s.tokens.count, s.tokens[end + 1].isWord(.of) else { return false }
        guard let comma = (end + 2..<min(s.tokens.count, end + 2 + Self.remitReach)).first(where: { s.tokens[$0].kind != .word }),
            Token.isMark(s.tokens, comma, UInt8(ascii: ","))
        else { return false }
        var k = comma + 1
        while let m = s.mention(at: k), m.first == k, m.isTitle || m.kind.isHonorific {
            k = m.last + 1
            // "H. E. A": the dot that closes a title of spaced initials.
            if m.kind.isHonorific, Token.isMark(s.tokens, k, 46) { k += 1 }
        }
        return named.contains { $0.first == k }
    }

    /// "His Majesty the", "His Highness the": an honorific before the article.
    func isCourtStyle(_ s: AnalyzedSentence, before k: Int) -> Bool {
        k >= 1 && s.tokens[k - 1].isListed(.courtStyle)
    }

    /// Where a court style before the article at `k` begins: "His Royal Highness the", "Her
    /// Majesty the" (a possessive and any words between it and the style's noun).
    func courtStyleStart(_ s: AnalyzedSentence, before k: Int) -> Int {
        var i = k - 1
        while i >= 1, !s.tokens[i - 1].isWord(.his), !s.tokens[i - 1].isWord(.her), s.tokens[i - 1].isCapitalized, k - i < Self.courtStyleReach {
            i -= 1
        }
        return i >= 1 && (s.tokens[i - 1].isWord(.his) || s.tokens[i - 1].isWord(.her)) ? i - 1 : i
    }

    /// Words a court style runs to before its article: "His Royal Highness" is three.
    static let courtStyleReach = 3

    /// The one person of the article whose title is `title` (in any case), if only one has it.
    /// "Today, EAM called on the president": a title abbreviated in capitals with no article,
    /// as ministries' releases write it, for the one person of the article with the full title.
    func abbreviatedHolder(_ t: Mention, in s: AnalyzedSentence, people: [PersonRecord]) -> Int? {
        guard t.first == t.last, Token.isAllCapsText(s.tokens[t.first].text), s.tokens[t.first].text.count >= 2,
            let full = WordLists.expandedTitle(s.tokens[t.first].text)
        else { return nil }
        return onlyHolder(of: full, people: people)
    }

    func onlyHolder(of title: String, people: [PersonRecord]) -> Int? {
        let written = title.lowercased()
        let holders = people.indices.filter { people[$0].title?.lowercased() == written }
        return holders.count == 1 ? holders[0] : nil
    }

    /// "The minister later met B": a title of one word, its head alone, names the one person of
    /// the article whose title ends with it ("Foreign Minister A"). Several such people: no one.
    /// ("Prime Minister C" is not "the minister": `otherOfficeWords`.)
    func onlyHolder(ofHead head: String, people: [PersonRecord]) -> Int? {
        let holders = people.indices.filter { p in
            guard let title = people[p].title?.lowercased() else { return false }
            // "Minister of Foreign Affairs", "Minister for Trade": the head noun stands before the remit.
            let words = title.split(separator: " ").prefix { $0 != "of" && $0 != "for" }
            guard let last = words.last, last == head else { return false }
            return words.count < 2 || !Self.otherOfficeWords.contains(String(words[words.endIndex - 2]))
        }
        return holders.count == 1 ? holders[0] : nil
    }

    /// Words that make another office of a title's head: a prime minister, a vice president, a
    /// deputy or chief minister is not who "the minister" or "the president" means.
    static let otherOfficeWords: WordSet = ["prime", "vice", "deputy", "chief", "first"]

    /// Whether the role ending at `end` is the subject of the verb after it ("the minister later
    /// met", "The Minister held"): a lowercase word follows, not "of" (an office's remit) nor
    /// "and" (a list).
    func isSubject(_ s: AnalyzedSentence, end: Int) -> Bool {
        guard end + 1 < s.tokens.count else { return false }
        let next = s.tokens[end + 1]
        // "The secretary, who was on a trip abroad, was due to meet B": past the aside on it.
        if next.isMark(UInt8(ascii: ",")), end + 2 < s.tokens.count, s.tokens[end + 2].lower == "who",
            let close = (end + 3..<s.tokens.count).first(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) })
        {
            return isSubject(s, end: close)
        }
        return next.kind == .word && !next.isCapitalized && !Self.notAVerbAfterARole.contains(next.lower)
    }

    /// Lowercase words after a role that make it no subject: a remit ("of", "for", "in"), a list
    /// ("and"), a possessive, a relative clause. (A set built once: the literal was an array
    /// made at every role read.)
    static let notAVerbAfterARole: WordSet = ["of", "and", "'s", "in", "for", "who", "whom"]

    /// "the top Iranian diplomat", "the chief Indian diplomat": a state between "top" or "chief"
    /// and "diplomat", the journalist's name for the state's foreign minister.
    static func saysTopDiplomat(_ s: AnalyzedSentence, state m: Mention) -> Bool {
        guard m.first >= 1, m.last + 1 < s.tokens.count, s.tokens[m.last + 1].lower == "diplomat" else { return false }
        let before = s.tokens[m.first - 1].lower
        return before == "top" || before == "chief"
    }

    /// Whether a title is the office of foreign affairs: "Foreign Minister", "Minister of Foreign
    /// Affairs", "Foreign Secretary", "Secretary of State".
    static func isForeignAffairsTitle(_ title: String) -> Bool {
        let lower = title.lowercased()
        return lower.contains("foreign") || lower.contains("external affairs") || lower == "secretary of state"
    }

    /// Determiners before a role that names a person of the article ("his counterpart").
    static let roleDeterminers: WordSet = ["the", "his", "her", "their", "its"]

    /// "the Nepali prime minister", "his Russian counterpart", "the top Chinese diplomat".
    func hasDeterminer(_ s: AnalyzedSentence, before start: Int) -> Bool {
        guard start >= 1 else { return false }
        return s.tokens[start - 1].isListed(.roleDeterminer)
            || (start >= 2 && (s.tokens[start - 1].isWord(.top) || s.tokens[start - 1].lower == "chief") && s.tokens[start - 2].isWord(.the))
    }

    /// "Swedish Prime Minister held talks with A", "On Tuesday, Swedish Prime Minister met A": a state and title
    /// without article as the subject of a clause, in the clipped style of agency copy. The
    /// word after it must be lowercase (a verb), so a name or a list does not follow.
    func opensClauseAsSubject(_ s: AnalyzedSentence, start: Int, end: Int) -> Bool {
        guard start == 0 || Token.isMark(s.tokens, start - 1, UInt8(ascii: ",")), end + 1 < s.tokens.count else { return false }
        let next = s.tokens[end + 1]
        return next.kind == .word && !next.isCapitalized && !["and", "of", "'s"].contains(next.lower)
    }

    /// "received Austrian chancellor on the tarmac": a state and title without article right after
    /// a verb of meeting, its object.
    func isObjectOfMeetingVerb(_ s: AnalyzedSentence, start: Int) -> Bool {
        start >= 1 && s.tokens[start - 1].isListed(.encounterVerb)
    }

    /// Plural roles that name one person per state in the list after "of": "the leaders of
    /// France and Germany", "the foreign ministers of A, B and C".
    static let pluralRoles: WordSet = ["leaders", "presidents", "premiers", "chancellors", "ministers", "counterparts", "heads"]
    /// Titles of heads of state and government, for "the leaders of A and B".
    static let leaderTitles = ["president", "prime minister", "chancellor", "premier", "king", "emir", "sultan", "leader", "head of state"]

    /// "held talks with the leaders of France and Germany": the one person the article names for
    /// each state of the list, resolved by title where a state has several.
    func leadersOfStates(in s: AnalyzedSentence, people: [PersonRecord], named: [PersonMention]) -> [PersonMention] {
        var out: [PersonMention] = []
        for i in s.tokens.indices where s.tokens[i].isListed(.pluralRole) && s.isWord(i + 1, .of) {
            var k = i + 2
            if s.isWord(k, .the) { k += 1 }
            while let state = s.mention(at: k), state.first == k, let code = state.countryCode {
                if let person = person(of: code, role: s.tokens[i].lower, people: people),
                    !named.contains(where: { $0.person == person && $0.sentence == s.index })
                {
                    out.append(PersonMention(person: person, sentence: s.index, first: state.first, last: state.last, byRole: true))
                }
                k = state.last + 1
                guard let w = s.word(k), w == "," || w == "and" else { break }
                k += 1
                if s.isWord(k, .and) { k += 1 }
            }
        }
        return out
    }

    private func person(of code: String, role: String, people: [PersonRecord]) -> Int? {
        var candidates = people.indices.filter { people[$0].country == code }
        if candidates.count > 1, ["leaders", "presidents", "premiers", "chancellors", "heads"].contains(role) {
            candidates = candidates.filter { isLeader(people[$0]) }
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// Whether the person's title makes them a head of state or government.
    private func isLeader(_ person: PersonRecord) -> Bool {
        Self.isLeaderTitle(person.title?.lowercased() ?? "")
    }

    /// Whether a lowercased title is a head of state's or government's.
    static func isLeaderTitle(_ title: String) -> Bool {
        // The suffixes first: few titles end in a leader's, and the search inside a string is
        // the costlier test.
        guard leaderTitles.contains(where: { title.hasSuffix($0) }) else { return false }
        return !contains(title, "deputy") && !contains(title, "vice")
    }

    /// Whether `word` occurs in `text`, compared by bytes: the generic search inside a `String`
    /// looks up protocol conformances at every call, which cost more than the search.
    static func contains(_ text: String, _ word: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { hay in
            let n = word.utf8CodeUnitCount
            guard n > 0, hay.count >= n else { return false }
            let needle = UnsafeBufferPointer(start: word.utf8Start, count: n)
            return (0...(hay.count - n)).contains { i in (0..<n).allSatisfy { hay[i + $0] == needle[$0] } }
        }
    }
}
