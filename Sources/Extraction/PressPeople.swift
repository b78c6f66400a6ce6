/// Journalists are not people facts (guidelines): a bio line the page keeps ("A is a senior
/// correspondent covering the region"), a reporter named in the text ("A, a reporter for the
/// agency, asked ..."), a credit in a sentence ("correspondent A"). A person the article gives no
/// office and calls by a press role anywhere is set aside, with what it would have said of them.
struct PressPeople: Sendable {
    /// Words between the name's copula or article and the press role: "a senior Africa
    /// correspondent" has two; more would reach another phrase of the sentence.
    static let modifierReach = 3
    /// Words that may stand between a name and the article of its description: "A, a reporter",
    /// "A is a reporter", "A was the paper's editor".
    static let linkWords: WordSet = [",", "is", "was", "has", "been"]
    static let determiners: WordSet = ["a", "an", "the", "our", "its", "their"]

    /// The records without the press, each mention numbered again for the record it belongs to.
    func removing(from records: [PersonRecord], sentences: [AnalyzedSentence]) -> [PersonRecord] {
        let isKept = { (r: PersonRecord) in
            r.title != nil
                || !(startsWithPressRole(r) || r.mentions.contains { isPress($0, in: sentences[$0.sentence]) }
                    || r.mentions.allSatisfy { Self.isBylineLine($0, in: sentences[$0.sentence]) })
        }
        // Most articles name no one of the press: then the records are returned as they are,
        // without first copying every one of them into a filtered list and dropping it.
        guard records.contains(where: { !isKept($0) }) else { return records }
        var kept = records.filter(isKept)
        for i in kept.indices {
            for k in kept[i].mentions.indices { kept[i].mentions[k].person = i }
        }
        return kept
    }

    /// Whether the mention's own phrase gives a press role: "correspondent A" before it, or
    /// "A, a reporter" and "A is a senior correspondent" after it.
    func isPress(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        if m.first >= 1, isPressRole(s.tokens[m.first - 1]) { return true }
        if Self.isOwnedByAnOutlet(m, in: s) { return true }
        // "Photo: AP/A B", "(Agency / A B)", "A B/Handout": a name joined to an agency by a
        // slash is a photographer's credit.
        if m.first >= 1, Token.isMark(s.tokens, m.first - 1, UInt8(ascii: "/")) { return true }
        if m.last + 1 < s.tokens.count, Token.isMark(s.tokens, m.last + 1, UInt8(ascii: "/")) { return true }
        if Self.isDatedByline(m, in: s) { return true }
        var k = m.last + 1
        var linked = false
        while k < s.tokens.count, Self.linkWords.contains(s.tokens[k].lower) {
            linked = true
            k += 1
        }
        guard linked, k < s.tokens.count, Self.determiners.contains(s.tokens[k].lower) else { return false }
        k += 1
        var words = 0
        while k < s.tokens.count, words <= Self.modifierReach, s.tokens[k].kind == .word {
            if isPressRole(s.tokens[k]) { return true }
            words += 1
            k += 1
        }
        return false
    }

    /// The most words of an outlet's name: "South China Morning Post".
    static let outletWords = 4

    /// "Al Jazeera's A talks to the minister", "the BBC's B in Delhi says", "DW's A, B and C
    /// comment on the talks": the name, or the first of the list it ends, right after an
    /// outlet's name in the possessive.
    static func isOwnedByAnOutlet(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        var first = m.first
        // Back over the list the name closes: ", B", "and C".
        while first >= 2, s.tokens[first - 1].isWord(.and) || Token.isMark(s.tokens, first - 1, UInt8(ascii: ",")),
            let before = s.mention(endingAt: first - 2), before.isName
        {
            first = before.first
        }
        guard first >= 1, s.tokens[first - 1].isPossessive else { return false }
        let end = first - 1
        for start in stride(from: end, through: max(0, end - outletWords + 1), by: -1) {
            var words = (start..<end).map { s.tokens[$0].lower }
            words.append(String(s.tokens[end].lower.dropLast(2)))
            if WordLists.newsOutlets.contains(words.joined(separator: " ")) { return true }
        }
        return false
    }

    /// Sentences from the top of the page within which a line of a name alone is its byline:
    /// a headline, a date, a bar or a section, and the writer's name before the text begins.
    static let bylineLineReach = 6

    /// "Dr A B" on a line of its own near the top of the page, and nowhere else: the writer's
    /// byline (an official the text reports on is named again in its sentences).
    static func isBylineLine(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        guard m.sentence < bylineLineReach, m.last == s.tokens.count - 1 else { return false }
        return (0..<m.first).allSatisfy { s.mention(at: $0)?.kind.isHonorific ?? false }
    }

    /// Words a page sets between a byline's name and the time of filing: "A B Published April
    /// 26, 2024 | 11:41 PM", "A B, updated on 3 May 2019 at 09:15 GMT".
    static let filingWords: WordSet = [
        "published", "updated", "posted", "last", "on", "at", "am", "pm", "gmt", "utc", "et", "est", "edt", "bst", "cet", "cest", "ist",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// "A B 03.11.2019 09:15", "A B, 3 November 2019": a line that holds only a name and the day
    /// (and time) of filing is the byline of the page, not a sentence about an official.
    static func isDatedByline(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        // "Sun June 8, 2003 10:38 AM ET By A B": the time of filing, then the writer's name
        // closing the line.
        if m.first >= 2, s.tokens[m.first - 1].lower == "by", m.last + 1 == s.tokens.count, isFilingTime(s, 0..<m.first - 1) { return true }
        guard m.first == 0 || (m.first == 1 && s.tokens[0].lower == "by"), m.last + 1 < s.tokens.count else { return false }
        return isFilingTime(s, m.last + 1..<s.tokens.count)
    }

    /// Whether the tokens of `range` give only a day and time of filing, with a number among them.
    static func isFilingTime(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        var numbers = 0
        for k in range {
            let t = s.tokens[k]
            if t.kind == .number || t.opensWithDigit {
                numbers += 1
            } else if t.kind == .word {
                guard DateExpression.months[t.lower] != nil || DateExpression.weekdays[t.lower] != nil || Self.filingWords.contains(t.lower) else {
                    return false
                }
            }
        }
        return numbers > 0
    }

    /// "Correspondent A said": a capitalised role opening a sentence runs into the name.
    func startsWithPressRole(_ r: PersonRecord) -> Bool {
        r.words.count >= 2 && WordLists.pressRoles.contains(r.words[0].lowercased())
    }

    func isPressRole(_ t: Token) -> Bool {
        WordLists.pressRoles.contains(t.lower)
    }
}
