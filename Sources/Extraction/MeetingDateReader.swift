/// Stage 4 of meeting extraction: the day a clause gives for its encounter — the date expression
/// nearest the meeting word, leaving out the days of the report itself ("said on Friday").
struct MeetingDateReader: Sendable {
    /// How far back from a date a verb of reporting claims it ("told reporters on Monday").
    static let reportReach = 3

    func date(in s: AnalyzedSentence, clause: EncounterClause) -> DateExpression? {
        let all = DateExpression.find(in: s.tokens)
        // "A said on Monday during talks with B that ...": the day of the saying is the talks'.
        var dates = all.filter {
            clause.range.contains($0.first) && (!isReportDate($0, in: s) || saidDuring($0, in: s, trigger: clause.trigger))
                && !datesAReportThatFollows($0, in: s, trigger: clause.trigger) && !Self.datesAnotherThing($0, in: s)
                && !Self.datesAnArrivalBeforeAPlan($0, in: s, trigger: clause.trigger)
        }
        // "A, who arrived in C on Tuesday, met B on Wednesday": the aside's day is another event's,
        // unless it is the only day the clause gives.
        let outsideAsides = dates.filter { !isInAside($0, in: s, clause: clause) }
        if !outsideAsides.isEmpty { dates = outsideAsides }
        dates = Self.preferringReportedDays(dates, in: s)
        guard var best = nearest(dates, to: clause.trigger) else { return presentMoment(in: s, clause: clause) }
        // "'I am meeting B tomorrow,' A said of the meeting, which took place on April 14": a
        // day counted from when the quote was spoken yields to a month and day the report gives.
        if case .relative = best.value, Self.isQuoted(best.first, in: s),
            let written = dates.first(where: { if case .monthDay = $0.value { return !Self.isQuoted($0.first, in: s) } else { return false } })
        {
            best = written
        }
        // "on Friday and Saturday": two days joined, and the text does not say which is the encounter's.
        if all.contains(where: { $0.first != best.first && Self.areJoined($0, best, in: s) }) { return nil }
        return best
    }

    /// How near the meeting word "now" after it or "just" before it must stand, in tokens: a verb
    /// group ("are meeting now", "has just finished his meeting").
    static let presentMomentReach = 3

    /// "A and B are meeting now", "A has just finished his meeting with B": an encounter under
    /// way or just over as the report is written (live pages) is on the day of publication.
    func presentMoment(in s: AnalyzedSentence, clause: EncounterClause) -> DateExpression? {
        let t = clause.trigger
        let after = t + 1..<min(clause.range.upperBound, t + 1 + Self.presentMomentReach)
        if let k = after.first(where: { s.tokens[$0].lower == "now" }) { return DateExpression(value: .relative(days: 0), first: k, last: k) }
        // "is receiving B at the palace at this moment": past the object and a place.
        let laterOn = t + 1..<max(t + 1, clause.range.upperBound - 2)
        if let k = laterOn.first(where: { s.tokens[$0].isWord(.at) && s.tokens[$0 + 1].lower == "this" && s.tokens[$0 + 2].lower == "moment" }) {
            return DateExpression(value: .relative(days: 0), first: k, last: k + 2)
        }
        let before = max(clause.range.lowerBound, t - Self.presentMomentReach)..<t
        if let k = before.first(where: { s.tokens[$0].lower == "just" }), k >= 1, ["has", "have", "had"].contains(s.tokens[k - 1].lower) {
            return DateExpression(value: .relative(days: 0), first: k, last: k)
        }
        return nil
    }

    /// The day written right after a guest's name in a list of guests that each have one ("met A
    /// on Monday and B on Tuesday"): "on" and the day follow the name, and another guest of the
    /// clause has a day of their own too, so the days are not one encounter's.
    func ownDate(of person: Int, in s: AnalyzedSentence, clause: EncounterClause, named: [PersonMention]) -> DateExpression? {
        let guests = named.filter { $0.first > clause.trigger && clause.range.contains($0.first) }
        let all = DateExpression.find(in: s.tokens)
        // "B on Tuesday", "B late on Tuesday", "B yesterday": the day right after the guest's name,
        // past at most `guestDayLeadReach` words that only lead up to it.
        func dayAfter(_ m: PersonMention) -> DateExpression? {
            all.first { d in
                d.first > m.last && d.first - m.last - 1 <= Self.guestDayLeadReach
                    && (m.last + 1..<d.first).allSatisfy { s.tokens[$0].isWord(.on) || Self.dayLeadWords.contains(s.tokens[$0].lower) }
            }
        }
        guard let mine = guests.first(where: { $0.person == person }), let day = dayAfter(mine) else { return nil }
        return guests.contains { $0.person != person && dayAfter($0) != nil } ? day : nil
    }

    /// Words that may stand between a guest's name and the day of that guest's encounter.
    static let dayLeadWords: WordSet = ["late", "early"]
    /// How many: "late on Tuesday" is two.
    static let guestDayLeadReach = 2

    /// Words counting days in "two days later".
    static let dayCounts: [String: Int] = ["a": 1, "one": 1, "two": 2, "three": 3, "2": 2, "3": 3]

    /// Days after the encounter reported before that the clause puts its own: "the next day",
    /// "the following morning", "two days later"; a day before it: "the previous evening", "the
    /// night before", "on the eve of the signing" (the day reported before is the reference).
    func daysAfterPrevious(in s: AnalyzedSentence, range: Range<Int>) -> Int? {
        for k in range where k + 2 < s.tokens.count {
            if s.tokens[k].isWord(.the), Self.saysTheDayBefore(s, after: k) { return -1 }
            // Words compared by number (`isWord`), the last word first, and by string only the two
            // words no fixed number has ("following", "days") where the others matched: comparing
            // the three strings of every word of a clause with five words cost 2,600 instructions
            // a clause.
            if s.tokens[k + 2].isWord(.day) || s.tokens[k + 2].isWord(.morning), s.tokens[k].isWord(.the),
                s.tokens[k + 1].isWord(.next) || s.tokens[k + 1].lower == "following"
            {
                return 1
            }
            // The two words after first: the count's dictionary hashed every word of the clause.
            if s.tokens[k + 2].isWord(.later), s.tokens[k + 1].isWord(.day) || s.tokens[k + 1].lower == "days",
                let n = Self.dayCounts[s.tokens[k].lower]
            {
                return n
            }
        }
        return nil
    }

    /// Parts of a day that, opening a sentence after "in the" or "that", go on with the day just
    /// told ("In the afternoon", "That evening").
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night"]

    /// The day or a part of it, which "the previous" or "before" count back from the day reported
    /// before ("the previous day", "the night before").
    static func isDayOrPartOfIt(_ word: String) -> Bool { word == "day" || partsOfDay.contains(word) }

    /// After "the" at `k`: "previous evening", "night before", "evening before the summit", "eve
    /// of the talks". ("the day before yesterday" is a day of the calendar; "the evening before
    /// flying home" a clause of its own; "the eve of the forum" in September an occasion the
    /// encounter before need not be.)
    static func saysTheDayBefore(_ s: AnalyzedSentence, after k: Int) -> Bool {
        let next = s.tokens[k + 1].lower
        let then = s.tokens[k + 2]
        if next == "previous" { return isDayOrPartOfIt(then.lower) }
        if isDayOrPartOfIt(next), then.isWord(.before) {
            guard k + 3 < s.tokens.count, s.tokens[k + 3].kind == .word else { return true }
            return s.tokens[k + 3].isWord(.the)
        }
        // "on the eve of the signing", "the eve of the talks": of an encounter or a signing.
        guard next == "eve", then.isWord(.of), k + 4 < s.tokens.count, s.tokens[k + 3].isWord(.the) else { return false }
        let occasion = s.tokens[k + 4]
        return occasion.classes.contains(.meetingTrigger) || occasion.lower == "signing"
    }

    /// Whether two dates of a sentence are joined by "and" or "or", or run one to the other
    /// ("from Monday to Wednesday", "Monday through Wednesday"), with nothing else between them.
    static func areJoined(_ a: DateExpression, _ b: DateExpression, in s: AnalyzedSentence) -> Bool {
        let (x, y) = a.first < b.first ? (a, b) : (b, a)
        guard y.first == x.last + 2 else { return false }
        // "met on May 2 and Friday's talks are a follow-up": a day in the possessive after a day
        // given with "on" opens a noun phrase of its own, another encounter's ("Monday and
        // Tuesday's talks", with no "on", are still one span).
        if s.tokens[y.last].isPossessive, !s.tokens[x.last].isPossessive, x.first >= 1, s.tokens[x.first - 1].isWord(.on) { return false }
        let between = s.tokens[x.last + 1]
        return between.isWord(.and) || between.isWord(.or) || rangeWords.contains(between.lower)
    }

    /// Words that run one day to another: a span of days, no one day of it.
    static let rangeWords: WordSet = ["to", "through", "until", "till", "-", "–"]

    /// Whether date `d` stands in a relative aside (", who ...", ", which ...") that runs to the
    /// next comma and does not hold the clause's meeting word.
    func isInAside(_ d: DateExpression, in s: AnalyzedSentence, clause: EncounterClause) -> Bool {
        guard
            let open = (clause.range.lowerBound..<d.first).last(where: { k in
                k >= 1 && Token.isMark(s.tokens, k - 1, UInt8(ascii: ",")) && s.tokens[k].isListed(.relativePronoun)
            })
        else { return false }
        let close = (d.last + 1..<s.tokens.count).first { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) } ?? s.tokens.count
        if (open..<d.first).contains(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }) { return false }
        return !(open..<close).contains(clause.trigger)
    }

    /// Whether token `k` stands inside quotation marks: an odd count of straight quotes before it,
    /// or more opening curly quotes than closing ones.
    static func isQuoted(_ k: Int, in s: AnalyzedSentence) -> Bool {
        var straight = 0
        var curly = 0
        for j in 0..<k where s.tokens[j].kind != .word {
            switch s.tokens[j].text {
            case "\"": straight += 1
            case "\u{201C}": curly += 1
            case "\u{201D}": curly -= 1
            default: break
            }
        }
        return straight % 2 == 1 || curly > 0
    }

    /// "said on Monday during talks with B": the day of a report, right before "during" and the
    /// meeting word of the clause (with at most an article and an adjective between).
    func saidDuring(_ d: DateExpression, in s: AnalyzedSentence, trigger: Int) -> Bool {
        d.last + 1 < trigger && s.tokens[d.last + 1].isWord(.during) && trigger - (d.last + 1) <= Self.duringReach
    }

    /// Words from "during" to the meeting word: "during talks", "during the bilateral talks".
    static let duringReach = 3

    /// "On August 2, the press service reported that at the end of a call between A and B ...",
    /// "On Tuesday the ministry said that ...": the day of a report (a verb of saying or of
    /// reporting) whose "that" holds the meeting word, not the encounter's. So with "that" left
    /// out, where the reported clause opens with its subject: "A notice from the office on
    /// Tuesday said the two ministers will confer ...".
    func datesAReportThatFollows(_ d: DateExpression, in s: AnalyzedSentence, trigger: Int) -> Bool {
        guard d.last < trigger else { return false }
        let reach = min(trigger, d.last + 1 + Self.reporterWords + 1)
        return (d.last + 1..<reach).contains { k in
            s.tokens[k].isListed(anyOf: [.speechVerb, .reportDateWord]) && k + 1 < trigger
                && (s.isWord(k + 1, .that) || Self.opensReportedClause(s, at: k + 1))
        }
    }

    /// Words that open a reported clause without "that": its subject's determiner or pronoun.
    static let reportedSubjectOpeners: WordSet = ["the", "he", "she", "they", "both", "his", "her", "their"]

    /// The reported clause's subject right after the verb of saying: a determiner, a pronoun, or a
    /// name or title ("said President A will ...").
    static func opensReportedClause(_ s: AnalyzedSentence, at k: Int) -> Bool {
        if reportedSubjectOpeners.contains(s.tokens[k].lower) { return true }
        return s.mention(at: k).map { $0.first == k && ($0.isName || $0.isTitle) } ?? false
    }

    /// "arrived in C on Wednesday for a visit during which he will meet B": the day of an arrival
    /// told in the past, with "will" between it and the meeting word, is the arrival's, not the
    /// day of the encounter still to come (read as a plan's weekday it would fall a week on).
    static func datesAnArrivalBeforeAPlan(_ d: DateExpression, in s: AnalyzedSentence, trigger: Int) -> Bool {
        guard d.last < trigger, (d.last + 1..<trigger).contains(where: { s.tokens[$0].isWord(.will) }) else { return false }
        return VisitPlaces.isDayOfAPastArrival(d, in: s)
    }

    /// "weighed Sunday's plebiscite", "before Monday's vote": a day in the possessive dates
    /// the thing it owns; only a meeting word or a gathering's ("Monday's talks", "Friday's
    /// summit") makes it the encounter's day.
    static func datesAnotherThing(_ d: DateExpression, in s: AnalyzedSentence) -> Bool {
        guard s.tokens[d.last].isPossessive, d.last + 1 < s.tokens.count else { return false }
        var k = d.last + 1
        // "Monday's bilateral talks", "Friday's closed-door meeting": one word of description between.
        if k + 1 < s.tokens.count, s.tokens[k].kind == .word, !s.tokens[k].classes.contains(.meetingTrigger), !GatheringPlaces.isGatheringNoun(s.tokens, k) {
            k += 1
        }
        let owned = s.tokens[k]
        guard owned.kind == .word else { return false }
        return !owned.classes.contains(.meetingTrigger) && !GatheringPlaces.isGatheringNoun(s.tokens, k) && !owned.isListed(.callWord)
    }

    /// How many words may name who reported between the day and the verb: ", the Kremlin
    /// press service reported".
    static let reporterWords = 6

    func isReportDate(_ d: DateExpression, in s: AnalyzedSentence) -> Bool {
        (max(0, d.first - Self.reportReach)..<d.first).contains { s.tokens[$0].isListed(anyOf: [.speechVerb, .reportDateWord]) }
    }

    /// The date nearest the meeting word, a date after it counting closer than one before;
    /// a month and day wins over a weekday naming the same day ("Monday (Mar. 25)").
    func nearest(_ dates: [DateExpression], to trigger: Int) -> DateExpression? {
        let ranked = dates.sorted { a, b in
            let da = a.first > trigger ? a.first - trigger : (trigger - a.last) + 2
            let db = b.first > trigger ? b.first - trigger : (trigger - b.last) + 2
            return da < db
        }
        guard let best = ranked.first else { return nil }
        return spelledOut(best, among: ranked)
    }

    /// The first day a sentence gives that is not the day of its report: "arrived on Wednesday,
    /// 27th March 2019" gives the month and day (which resolve without a publication date).
    func firstDay(in s: AnalyzedSentence) -> DateExpression? {
        let dates = Self.preferringReportedDays(DateExpression.find(in: s.tokens).filter { !isReportDate($0, in: s) }, in: s)
        // "A's trip from Monday to Wednesday": a span, no one day of it.
        guard let first = dates.first, !dates.contains(where: { $0.first != first.first && Self.areJoined($0, first, in: s) }) else { return nil }
        return spelledOut(first, among: dates)
    }

    /// "ROME, Feb 13 (Wire) - A flew to C on Monday": the dateline's day is the day the report
    /// was filed; a day the report gives itself comes first, the dateline's only without one.
    static func preferringReportedDays(_ dates: [DateExpression], in s: AnalyzedSentence) -> [DateExpression] {
        let reported = dates.filter { !Dateline.isDatelineDate($0, in: s) }
        return reported.isEmpty ? dates : reported
    }

    /// How many tokens after a weekday its month and day may follow and still name it: "Monday
    /// (Mar. 25)", "Wednesday, March 27".
    static let weekdayToMonthDay = 3

    /// A weekday's month and day written beside it, when the text gives both; else the date itself.
    func spelledOut(_ d: DateExpression, among dates: [DateExpression]) -> DateExpression {
        guard case .weekday = d.value else { return d }
        return dates.first {
            if case .monthDay = $0.value { return abs($0.first - d.last) <= Self.weekdayToMonthDay }
            return false
        } ?? d
    }
}
