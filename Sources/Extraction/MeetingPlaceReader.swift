/// Stage 5 of meeting extraction: the city or venue of the encounter a clause reports — a place
/// after "in", "at", "on", "visiting", or a city that names the event ("the Munich conference").
struct MeetingPlaceReader: Sendable {
    let gazetteer: Gazetteer

    /// "in Moscow", "at Panmunjom", "on the sidelines of the G20 summit in Osaka", "on Jeju Island".
    func place(in s: AnalyzedSentence, near trigger: Int, clause: Range<Int>) -> String? {
        var best: (String, Int)?
        for m in s.mentions where clause.contains(m.first) {
            let isPlace: Bool
            switch m.kind {
            case .place: isPlace = true
            case .country(_, .metonym, false): isPlace = true
            // A city-state's name is also a city: "a summit in Singapore".
            case .country(_, .name, false): isPlace = gazetteer.placeKeys.contains(s.tokens[m.first...m.last].map(\.lower).joined(separator: " "))
            default: isPlace = false
            }
            guard isPlace, m.first >= 1 else { continue }
            // "on the sidelines of the Munich Security Conference": the city names the venue.
            if case .place = m.kind, s.tokens[m.first - 1].lower == "the",
               (m.last + 1..<min(s.tokens.count, m.last + 4)).contains(where: { ["conference", "summit", "forum", "talks", "dialogue", "meeting"].contains(s.tokens[$0].lower) }) {
                let distance = m.first > trigger ? m.first - trigger : (trigger - m.last) + 3
                if best == nil || distance < best!.1 { best = (s.text(m.first, m.last), distance) }
                continue
            }
            var p = m.first - 1
            if s.tokens[p].lower == "the" && p >= 1 { p -= 1 }
            let before = s.tokens[p].lower
            let ofVillage = before == "of" && p >= 1 && ["village", "city", "town", "port", "resort"].contains(s.tokens[p - 1].lower)
            guard ["in", "at", "on", "to", "visiting"].contains(before) || ofVillage else { continue }
            let distance = m.first > trigger ? m.first - trigger : (trigger - m.last) + 3
            if best == nil || distance < best!.1 { best = (s.text(m.first, m.last), distance) }
        }
        return best?.0
    }
}
