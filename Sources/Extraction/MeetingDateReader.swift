/// Stage 4 of meeting extraction: the day a clause gives for its encounter — the date expression
/// nearest the meeting word, leaving out the days of the report itself ("said on Friday").
struct MeetingDateReader: Sendable {
    /// How far back from a date a verb of reporting claims it ("told reporters on Monday").
    static let reportReach = 3

    func date(in s: AnalyzedSentence, clause: EncounterClause) -> DateExpression? {
        let all = DateExpression.find(in: s.tokens)
        let dates = all.filter { clause.range.contains($0.first) && !isReportDate($0, in: s) }
        guard let best = nearest(dates, to: clause.trigger) else { return nil }
        // "on Friday and Saturday": two days joined, and the text does not say which is the encounter's.
        if all.contains(where: { $0.first != best.first && Self.areJoined($0, best, in: s) }) { return nil }
        return best
    }

    /// Whether two dates of a sentence are joined by "and" or "or" with nothing else between them.
    static func areJoined(_ a: DateExpression, _ b: DateExpression, in s: AnalyzedSentence) -> Bool {
        let (x, y) = a.first < b.first ? (a, b) : (b, a)
        return y.first == x.last + 2 && ["and", "or"].contains(s.tokens[x.last + 1].lower)
    }

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
        if case .weekday = best.value,
            let md = ranked.dropFirst().first(where: {
                if case .monthDay = $0.value { return abs($0.first - best.last) <= 3 }
                return false
            })
        {
            return md
        }
        return best
    }
}
