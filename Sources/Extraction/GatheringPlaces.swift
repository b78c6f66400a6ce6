/// Where the article holds its gatherings of many states: "the G20 summit in Osaka", "the Munich
/// Security Conference". Leaders meet "on the sidelines" of such a gathering, and a report of that
/// encounter rarely names the city again: an encounter whose clause says it happened on the
/// sidelines or at the gathering, and names no place of its own, took place in the gathering's city.
struct GatheringPlaces: Sendable {
    struct Gathering: Sendable {
        var sentence: Int
        var city: String
        /// The gathering's nouns ("forum", "summit" for "the Islands Forum summit"), so that "on
        /// the sidelines of the assembly" finds the assembly's city and not a summit's.
        var nouns: Set<String>
        /// Placed by the dateline the article is filed under, not by a city named for it.
        var fromDateline = false
    }

    /// How many words before "in C" a gathering noun may stand: "the summit of Pacific Islands
    /// Forum leaders in C" has five between.
    static let cityReach = 6
    /// How many capitalised words may stand between a city and its gathering noun: "the Munich
    /// Security Conference", "the Osaka G20 summit".
    static let nameReach = 3
    /// How many words before a gathering noun "at" or "during" may stand: "at the annual ASEAN
    /// summit".
    static let atReach = 4

    /// How many sentences after a gathering is named an encounter with no place of its own is
    /// still taken to happen there: a report from a summit runs its bilateral meetings over a few
    /// paragraphs.
    static let reportReach = 8

    let gatherings: [Gathering]

    /// A gathering named with its day, with or without a city the gazetteer knows: "leaders came
    /// out of a retreat in C yesterday", "a summit on Wednesday".
    struct DatedGathering: Sendable {
        var sentence: Int
        var noun: String
        var day: DateExpression
    }

    /// How many words from a gathering noun its day may stand: "a closed retreat in the hills of
    /// C yesterday" has five between, "On Wednesday, leaders gathered in C for a summit" six.
    static let dayReach = 7

    let dated: [DatedGathering]

    /// `pointsAtDateline`: whether words of a sentence put what they tell in the dateline city
    /// ("here", "in this border town"), as the meeting stage reads them.
    init(
        _ sentences: [AnalyzedSentence], placeReader: MeetingPlaceReader, dateline: Dateline.Found? = nil,
        pointsAtDateline: (AnalyzedSentence, Range<Int>) -> Bool = { _, _ in false }
    ) {
        var found = Self.placed(sentences, placeReader: placeReader)
        if let dateline { found += Self.atDateline(sentences, dateline: dateline, pointsAtDateline: pointsAtDateline) }
        gatherings = found.sorted { $0.sentence < $1.sentence }
        dated = Self.dated(sentences)
    }

    /// The gatherings an article reports from its dateline city without naming it again: "closed
    /// their summit here today", "ended the summit in this border town", and a gathering the
    /// dateline's own lead tells with no place at all ("BRASILIA - Leaders agreed at a summit on
    /// Tuesday ..."): the wire files from where the gathering is.
    static func atDateline(
        _ sentences: [AnalyzedSentence], dateline: Dateline.Found, pointsAtDateline: (AnalyzedSentence, Range<Int>) -> Bool
    ) -> [Gathering] {
        var found: [Gathering] = []
        for s in sentences where s.tokens.contains(where: { $0.classes.contains(.gatheringNoun) }) {
            // The lead the dateline opens names its own city first: any other place is the
            // gathering's, which `placed` reads.
            let lead =
                dateline.attaches(to: s.index)
                && !s.mentions.contains { m in
                    m.first > 0 && MeetingPlaceReader.namesAPlace(m) && !recallsPastOccasion(m, in: s)
                }
            var nouns: Set<String> = []
            // "held a video conference", "a virtual summit": no gathering in any city.
            for k in s.tokens.indices where isGatheringNoun(s.tokens, k) && !(k >= 1 && s.tokens[k - 1].isListed(.callWord)) {
                let after = k + 1..<min(s.tokens.count, k + 1 + cityReach)
                if lead || pointsAtDateline(s, after) { nouns.insert(s.tokens[k].lower) }
            }
            if !nouns.isEmpty { found.append(Gathering(sentence: s.index, city: dateline.city, nouns: nouns, fromDateline: true)) }
        }
        return found
    }

    static func placed(_ sentences: [AnalyzedSentence], placeReader: MeetingPlaceReader) -> [Gathering] {
        var found: [Gathering] = []
        // Each sentence read in place until it names a place: a copy of each retained and
        // released its tokens, mentions and strings.
        for si in sentences.indices {
            // Only a sentence naming a city can place a gathering: the few mentions rule out most.
            for m in sentences[si].mentions where m.first >= 1 && MeetingPlaceReader.namesAPlace(m) {
                let s = sentences[si]
                guard !Self.recallsPastOccasion(m, in: s) else { continue }
                // Most places have no gathering noun near them: no set is made for them.
                var nouns = Self.gatheringBefore(m, in: s)
                if let named = Self.gatheringNamed(m, in: s) { nouns.insert(named) }
                if !nouns.isEmpty {
                    found.append(Gathering(sentence: s.index, city: placeReader.placeName(m, in: s), nouns: nouns))
                }
            }
        }
        return found
    }

    /// The gatherings named with a day in the same sentence: the day nearest the noun, within
    /// `dayReach` words (or the sentence's only day), that is not the day of a statement ("said
    /// on Friday").
    static func dated(_ sentences: [AnalyzedSentence]) -> [DatedGathering] {
        var found: [DatedGathering] = []
        let reader = MeetingDateReader()
        // Only a sentence holding a word of date can date a gathering: the class bit rules out most.
        for s in sentences where s.tokens.contains(where: { $0.classes.contains(.dateWord) }) {
            var days: [DateExpression]?
            for k in s.tokens.indices where s.tokens[k].kind == .word && Self.isGatheringNoun(s.tokens, k) {
                if days == nil { days = DateExpression.find(in: s.tokens).filter { !reader.isReportDate($0, in: s) } }
                // The one day a sentence gives is the gathering's wherever it stands ("On
                // Wednesday, leaders gathered in C for a summit").
                let near = days!.count == 1 ? days! : days!.filter { d in d.first > k ? d.first - k <= dayReach : k - d.last <= dayReach }
                guard let day = reader.nearest(near, to: k) else { continue }
                found.append(DatedGathering(sentence: s.index, noun: s.tokens[k].lower, day: day))
            }
        }
        return found
    }

    /// "The retreat brought together A, B and C", "A and B attended the summit": the clause's
    /// encounter is the gathering itself, which it names with "the" as the subject before its
    /// meeting word or as the object right after it. The day of that gathering, named with its
    /// day within `reportReach` sentences before; nil for an encounter "at" or "on the sidelines
    /// of" the gathering, which is another encounter held during it, of a day of its own.
    func day(of s: AnalyzedSentence, _ clause: EncounterClause) -> DateExpression? {
        guard !dated.isEmpty, let noun = Self.gatheringItself(s, clause) else { return nil }
        return dated.last { $0.noun == noun && $0.sentence < s.index && s.index - $0.sentence <= Self.reportReach }?.day
    }

    /// "On the sidelines of the summit, A and B held a separate meeting": the day of the gathering
    /// the clause puts its encounter at (the clause's noun, else the gathering named last), named
    /// with its day within `reportReach` sentences before or in the sentence. Nil where the article
    /// gives that gathering more than one day (a summit over two days: the encounter may fall on
    /// either).
    func sidelinesDay(of s: AnalyzedSentence, _ range: Range<Int>) -> DateExpression? {
        guard !dated.isEmpty else { return nil }
        let setting = Self.setting(of: s, range)
        guard setting.atGathering else { return nil }
        return onlyDay(of: setting.noun, at: s.index)
    }

    /// The one day the article gives the gathering of `noun` (any gathering for nil), named with
    /// its day within `reportReach` sentences before `sentence` or in it; nil where it gives that
    /// gathering more than one day.
    func onlyDay(of noun: String?, at sentence: Int) -> DateExpression? {
        let pool = dated.filter { d in noun.map { $0 == d.noun } ?? true }
        guard let last = pool.last(where: { $0.sentence <= sentence && sentence - $0.sentence <= Self.reportReach }),
            pool.allSatisfy({ $0.day.value == last.day.value })
        else { return nil }
        return last.day
    }

    /// "Before the summit opened, A and B held talks": the one day of the gathering named right
    /// after "before" (within `timingReach` words), when the article dates it within
    /// `reportReach` sentences before or in the sentence and gives it no other day. (Not "ahead
    /// of", which often means days before.)
    func dayBefore(of s: AnalyzedSentence, _ range: Range<Int>) -> DateExpression? {
        guard !dated.isEmpty else { return nil }
        for k in 0..<range.upperBound where s.tokens[k].isWord(.before) {
            guard let n = (k + 1..<min(s.tokens.count, k + 1 + Self.timingReach)).first(where: { Self.isGatheringNoun(s.tokens, $0) }) else { continue }
            return onlyDay(of: s.tokens[n].lower, at: s.index)
        }
        return nil
    }

    /// The gathering noun the clause names as its encounter: "the" before it (lowercase words may
    /// stand between: "the closed retreat"), and it opens the clause or follows the meeting word.
    static func gatheringItself(_ s: AnalyzedSentence, _ clause: EncounterClause) -> String? {
        for k in clause.range where s.tokens[k].kind == .word && isGatheringNoun(s.tokens, k) {
            guard let article = MeetingExtractor.definiteArticle(before: k, in: s, from: clause.range.lowerBound) else { continue }
            let subject = k <= clause.trigger && article == clause.range.lowerBound
            let object = k > clause.trigger && article == clause.trigger + 1
            // "A and B attended the summit", the noun the meeting word: the object of the verb
            // before it, not of a preposition ("at the summit").
            let verbObject = k == clause.trigger && article > clause.range.lowerBound && !Self.settingWords.contains(s.tokens[article - 1].lower)
            if subject || object || verbObject { return s.tokens[k].lower }
        }
        return nil
    }

    /// Prepositions that set an encounter at, in or around a gathering ("at the summit", "ahead of
    /// the forum"): that gathering is the encounter's setting, not the encounter.
    static let settingWords: WordSet = ["at", "during", "of", "before", "after", "to", "for", "on", "in", "from", "since", "until", "ahead"]

    /// Whether token `k`'s lowercase word is in `WordLists.gatheringNouns`, its class bit read
    /// first: most words fail the bit, and are turned away without their string being hashed.
    @inline(__always) static func isGatheringNoun(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].classes.contains(.gatheringNoun) && WordLists.gatheringNouns.contains(tokens[k].lower)
    }

    /// "the G20 summit in Osaka": "in" before the city, a gathering noun a few words before it.
    static func gatheringBefore(_ m: Mention, in s: AnalyzedSentence) -> Set<String> {
        var k = m.first - 1
        // "the forum in Kenya's Mombasa": the city's state in the possessive before it.
        if k >= 1, s.tokens[k].isPossessive, s.mentions.contains(where: { m in if case .country = m.kind { return m.last == k } else { return false } }) {
            k -= 1
        }
        guard Token.mayBeginWith(s.tokens, k, UInt8(ascii: "i")), s.tokens[k].isWord(.in) else { return [] }
        // Read in place: no array of the words before, and a set only for a noun found (most
        // places after "in" have none).
        var nouns: Set<String> = []
        for j in max(0, k - cityReach)..<k where isGatheringNoun(s.tokens, j) {
            nouns.insert(s.tokens[j].lower)
        }
        return nouns
    }

    /// "the first meeting since the Agra summit", "since Agra": a place after "since" (and "the")
    /// names an earlier occasion the report measures from, not a gathering it reports.
    static func recallsPastOccasion(_ m: Mention, in s: AnalyzedSentence) -> Bool {
        var k = m.first - 1
        if k >= 0, s.tokens[k].isWord(.the) { k -= 1 }
        return k >= 0 && s.tokens[k].isWord(.since)
    }

    /// "the Munich Security Conference", "the Osaka summit": the city opens the gathering's name.
    static func gatheringNamed(_ m: Mention, in s: AnalyzedSentence) -> String? {
        var j = m.last + 1
        while j < s.tokens.count, j - m.last <= nameReach + 1, s.tokens[j].kind == .word {
            if isGatheringNoun(s.tokens, j) { return s.tokens[j].lower }
            guard s.tokens[j].isCapitalized else { return nil }
            j += 1
        }
        return nil
    }

    /// The city of the gathering a clause puts its encounter at ("on the sidelines of", "on the
    /// margins of the summit", "at the summit", "during the conference"): of the gatherings of
    /// the clause's noun if it names one, the last named before or in the sentence, else the
    /// first named after it. Nil for a clause that puts its encounter at no gathering.
    func city(of s: AnalyzedSentence, _ range: Range<Int>) -> String? {
        guard !gatherings.isEmpty else { return nil }
        let (atGathering, noun) = Self.setting(of: s, range)
        guard atGathering else { return nil }
        // "on the sidelines of the assembly" with only a summit known: not that gathering.
        let pool = gatherings.filter { g in noun.map(g.nouns.contains) ?? true }
        if let before = pool.last(where: { $0.sentence <= s.index }) { return before.city }
        // A lead told before any gathering is named ("A saw B on the margins of the forum", then
        // "LIMA: ... at the forum", then "the forum in Cusco"): the
        // city the article names for the gathering, over the one its dateline is filed from.
        return (pool.first(where: { !$0.fromDateline }) ?? pool.first)?.city
    }

    /// Whether the clause between `range` puts its encounter at a gathering ("on the sidelines
    /// of", "on the margins", "at the summit", "during the conference"), and the gathering noun it
    /// names last, if any.
    static func setting(of s: AnalyzedSentence, _ range: Range<Int>) -> (atGathering: Bool, noun: String?) {
        var atGathering = false
        var noun: String?
        for k in range where s.tokens[k].kind == .word {
            if WordLists.sidelineWords.contains(s.tokens[k].lower) {
                atGathering = true
            } else if isGatheringNoun(s.tokens, k) {
                noun = s.tokens[k].lower
                if (max(range.lowerBound, k - atReach)..<k).contains(where: { s.tokens[$0].isWord(.at) || s.tokens[$0].isWord(.during) }) {
                    atGathering = true
                }
            }
        }
        return (atGathering, noun)
    }

    /// The city of the one gathering an article reports from, for an encounter in sentence
    /// `sentence` that names no place and stands within `reportReach` sentences after it ("The two
    /// were then joined by C for a trilateral meeting", "Earlier in the day A held talks with B").
    /// Nil where the article names gatherings in more than one city: the encounter could be at
    /// either.
    func reportedCity(at sentence: Int) -> String? {
        guard let first = gatherings.first, gatherings.allSatisfy({ $0.city == first.city }),
            first.sentence <= sentence, sentence - first.sentence <= Self.reportReach
        else { return nil }
        return first.city
    }

    /// How many words after "before", "after" or "ahead of" the gathering's noun may stand:
    /// "ahead of the annual summit".
    static let timingReach = 4

    /// "A is due to visit China to meet B", "A met B in Japan": a clause that puts its encounter in
    /// a state names where it is (no city, so no place for the guidelines), not at the gathering.
    static func namesAState(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        s.mentions.contains { m in
            guard range.contains(m.first), m.first >= 1, case .country(_, .name, false) = m.kind else { return false }
            return s.tokens[m.first - 1].isListed(.placeLocative)
        }
    }

    /// "Before the summit, A held talks with B", "A will meet B after the forum": an encounter the
    /// clause sets apart in time from the gathering is not at it.
    static func saysBeforeOrAfter(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        // From the sentence's start: "Before the summit, A ..." opens the sentence before the clause.
        (0..<range.upperBound).contains { k in
            guard s.tokens[k].isWord(.before) || s.tokens[k].isWord(.after) || s.tokens[k].isWord(.ahead) else { return false }
            return (k + 1..<min(s.tokens.count, k + 1 + timingReach)).contains { isGatheringNoun(s.tokens, $0) }
        }
    }
}
