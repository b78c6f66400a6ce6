/// Stage 6 of meeting extraction: one encounter reported in several sentences is one meeting.
struct MeetingMerger: Sendable {
    /// The publication day, when known: an expectation without a day is the encounter the same
    /// article reports held only when that one took place in the days before publication.
    var publication: Day? = nil
    /// How many days before publication a held encounter is still the news an expectation of the
    /// same article announced: a week, a news cycle.
    static let expectationReach = 7
    /// Sentences that recall an earlier occasion without a day ("the two last met in Belgrade in
    /// July"): a report first told in one is another encounter than one of the day.
    var recalledSentences: Set<Int> = []
    /// Names the article puts after "at" as a building's without a venue word ("at Itamaraty"):
    /// venues, which stand in a city rather than conflict with it (`MeetingPlaceReader.unlistedBuildingNames`).
    var buildingNames: Set<String> = []
    /// Sentences that set their encounter apart from the occasion around it ("met on the
    /// sidelines", "held a separate meeting"): a pair told there is not part of the larger
    /// encounter of the same day and place (`foldSubsets`).
    var apartSentences: Set<Int> = []
    /// Sentences of a host who "also received" someone: the audience they report is another than
    /// the one before it, even when a guest of that one sat in on it.
    var anotherAudienceSentences: Set<Int> = []
    /// Sentences that name their encounter as the one just told ("At the meeting, A and C
    /// presented ...", "C also attended the talks"): a larger encounter reported there is the
    /// smaller one told a sentence or two before, with more of its people.
    var backReferenceSentences: Set<Int> = []
    /// How many sentences after a report a sentence of "the meeting" may still add its people.
    static let backReferenceReach = 2

    func isRecalled(_ m: MeetingFact) -> Bool {
        m.date == nil && m.evidence.first.map { recalledSentences.contains($0.sentence) } == true
    }

    /// One encounter reported in several sentences is one meeting: the same participants, no
    /// conflicting day, status or place ("A last met B in Moscow" is not the Sochi meeting of the
    /// same article).
    func merge(_ meetings: [MeetingFact]) -> [MeetingFact] {
        // Twice: a report merged in the first pass gains the day that ties it to one before it
        // ("A met B" in a headline takes the body's day, then meets the expectation between).
        withoutPlacesOfCalls(foldSubsets(mergeSame(mergeSame(meetings))))
    }

    /// A call has no place (guidelines), whatever a report of it in person gave. Dropped once the
    /// reports are merged, so the place still keeps apart what it kept apart while merging.
    func withoutPlacesOfCalls(_ meetings: [MeetingFact]) -> [MeetingFact] {
        meetings.map { m in
            guard m.mode == .call, m.place != nil else { return m }
            var call = m
            call.place = nil
            return call
        }
    }

    func mergeSame(_ meetings: [MeetingFact]) -> [MeetingFact] {
        var out: [MeetingFact] = []
        // Room for every meeting, kept or merged: grown 1, 2, 4 as kept, the list was reallocated
        // some 2,000 times over 300 articles.
        out.reserveCapacity(meetings.count)
        for m in meetings {
            if let i = out.firstIndex(where: { sameEncounter($0, m) }) {
                absorb(m, into: &out[i])
            } else {
                out.append(m)
            }
        }
        return out
    }

    /// "A and B met in Moscow on Monday" and "A and B were joined by C and D" on the same day in
    /// the same city: the smaller report is part of the larger encounter. Only with a day and a
    /// place both given and equal, so two encounters of the same people on one day in different
    /// places, or reports without a day, stay apart.
    ///
    /// A headline that gives neither day nor place ("A receives B") whose people all take part
    /// in exactly one larger encounter of the same status and mode is that encounter, told short.
    /// (In the body, a pair's own report beside a larger round is often an encounter of its own.)
    /// The article's title is its first sentence.
    static let headlineSentence = 0

    func foldSubsets(_ meetings: [MeetingFact]) -> [MeetingFact] {
        var out = meetings
        var i = 0
        while i < out.count {
            let m = out[i]
            let larger = out.indices.filter { j in
                j != i && out[j].participants.count > m.participants.count && m.participants.allSatisfy(out[j].participants.contains)
                    && out[j].status == m.status && out[j].mode == m.mode
            }
            // The same place, or a venue of the larger and the city it may stand in ("Maputo",
            // "the Ponta Vermelha Palace"): the larger report tells where in the city.
            let setApart = m.evidence.first.map { apartSentences.contains($0.sentence) } == true
            let sameDayAndPlace = larger.first { j in
                !setApart && !out[j].evidence.contains(where: { anotherAudienceSentences.contains($0.sentence) }) && m.date != nil && out[j].date == m.date
                    && m.place != nil
                    && (samePlace(out[j].place, m.place) || (out[j].place.map(isVenue) == true && !isVenue(m.place!)))
            }
            // "A received B today. ... At the meeting, B and C presented to A ...": the larger
            // report adds C to the encounter told just before, with no day or place of its own.
            let reportedAt = larger.isEmpty || backReferenceSentences.isEmpty ? 0 : m.evidence.reduce(0) { max($0, $1.sentence) }
            let toldAgain =
                backReferenceSentences.isEmpty
                ? nil
                : larger.first { j in
                    !setApart && out[j].date == m.date && compatiblePlaces(out[j].place, m.place)
                        && out[j].evidence.contains { e in
                            backReferenceSentences.contains(e.sentence) && e.sentence > reportedAt && e.sentence - reportedAt <= Self.backReferenceReach
                        }
                }
            let isHeadline = m.evidence.allSatisfy { $0.sentence == Self.headlineSentence }
            let toldShort = isHeadline && m.date == nil && m.place == nil && larger.count == 1 ? larger.first : nil
            if let j = sameDayAndPlace ?? toldAgain ?? toldShort {
                out[j].evidence += m.evidence
                out.remove(at: i)
            } else {
                i += 1
            }
        }
        return out
    }

    // Inlined into `mergeSame`'s search: called there, it was handed a copy of each meeting
    // compared (its participants, place and evidence retained and released), some 19,000 copies
    // over 300 articles.
    @inline(__always) func sameEncounter(_ a: MeetingFact, _ b: MeetingFact) -> Bool {
        guard sameMembers(a.participants, b.participants), compatiblePlaces(a.place, b.place), isRecalled(a) == isRecalled(b) else { return false }
        if a.status == b.status { return a.date == nil || b.date == nil || a.date == b.date }
        // "A and B will meet in October. ... A spoke to B by telephone on Friday": a call is not
        // the meeting in person announced, nor a meeting the call that was planned. (Two held
        // reports of one pair are merged whatever their modes: a follow-up on a call, "during
        // the talks", is read as in person.)
        guard a.mode == b.mode else { return false }
        // "A was expected to meet B during the visit. ... A met B on Monday": the expectation
        // reported first, without a day, was of the encounter the article then reports held.
        let (plan, held) = a.status == .planned ? (a, b) : (b, a)
        if plan.date == nil, isRecent(held.date), let expected = plan.evidence.map(\.sentence).min(),
            let reported = held.evidence.map(\.sentence).max(), expected < reported
        {
            return true
        }
        // Announced and then reported on the same day ("A was expected to meet B" ... "A met B"):
        // one encounter, held.
        return a.date != nil && a.date == b.date
    }

    /// Whether a held encounter's day is known and falls within `expectationReach` days before
    /// the publication day.
    func isRecent(_ day: Day?) -> Bool {
        guard let day, let publication else { return false }
        return day <= publication && publication.ordinal - day.ordinal <= Self.expectationReach
    }

    /// The same people, in any order, repeated or not: as sets, without building two sets for
    /// each of the many pairs of reports compared (a meeting has a handful of participants).
    func sameMembers(_ a: [String], _ b: [String]) -> Bool {
        a.allSatisfy(b.contains) && b.allSatisfy(a.contains)
    }

    /// A venue and the city around it ("the Grand Hotel", "Vienna") do not conflict; two cities do.
    /// Whether two places given are one, spelled with or without accents ("Lome", "Lomé").
    func samePlace(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return a == b || NameFolding.fold(a) == NameFolding.fold(b)
    }

    func compatiblePlaces(_ a: String?, _ b: String?) -> Bool {
        // "Lome" and "Lomé": one city, with and without its accent.
        guard let a, let b, a != b, NameFolding.fold(a) != NameFolding.fold(b) else { return true }
        // "Rio" and "Rio de Janeiro": one city, its name cut short (a headline's).
        if Self.isShortForm(a, of: b) || Self.isShortForm(b, of: a) { return true }
        return isVenue(a) != isVenue(b)
    }

    /// Whether place `short` is the first words of place `long` ("Rio", "Rio de Janeiro").
    static func isShortForm(_ short: String, of long: String) -> Bool {
        guard long.utf8.count > short.utf8.count else { return false }
        return NameFolding.fold(long).hasPrefix(NameFolding.fold(short) + " ")
    }

    /// A venue's noun ends its name ("the Bayan Palace") or, in names from languages that put it
    /// first, opens it ("Palazzo Chigi", "Casa Rosada", "Palais de la Nation").
    func isVenue(_ place: String) -> Bool {
        if !buildingNames.isEmpty, buildingNames.contains(place) { return true }
        let lastIsVenue: Bool
        if let last = Self.lastWordLowercased(ascii: place) {
            lastIsVenue = last.map(WordLists.venueWords.contains) ?? false
        } else {
            lastIsVenue = place.split(separator: " ").last.map { WordLists.venueWords.contains($0.lowercased()) } ?? false
        }
        guard !lastIsVenue else { return true }
        // The first of two words or more, by bytes for ASCII as the last word is: splitting by
        // `Character` cost some 4,000 instructions a place.
        let first: String?
        if let ascii = Self.firstOfWordsLowercased(ascii: place) {
            first = ascii
        } else {
            let words = place.split(separator: " ")
            first = words.count >= 2 ? words[0].lowercased() : nil
        }
        return first.map(WordLists.venueWords.contains) ?? false
    }

    /// For an ASCII place, its first word lowercased when it has two words or more (`nil` when
    /// it has fewer), as `split(separator: " ")` and `lowercased()` make it; `nil` (no answer)
    /// for a place with a byte outside ASCII.
    static func firstOfWordsLowercased(ascii place: String) -> String?? {
        var place = place
        return place.withUTF8 { bytes -> String?? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = 0
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
            var next = end
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            guard end > start, next < bytes.count else { return .some(nil) }
            return String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end { out[k - start] = bytes[k] &- 65 < 26 ? bytes[k] | 0x20 : bytes[k] }
                return end - start
            }
        }
    }

    /// `place.split(separator: " ").last?.lowercased()` read on bytes, for a place of ASCII (where
    /// each byte is a `Character`, and a space never joins another): the outer nil for a place
    /// outside ASCII, the inner for one of spaces alone. Splitting by `Character` and lowering
    /// the word cost some 4,000 instructions a place, and places are compared pair by pair.
    static func lastWordLowercased(ascii place: String) -> String?? {
        var place = place
        return place.withUTF8 { bytes -> String?? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
            return String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end { out[k - start] = bytes[k] &- 65 < 26 ? bytes[k] | 0x20 : bytes[k] }
                return end - start
            }
        }
    }

    /// The merged meeting keeps the day and place it lacked, a city over a venue (the guidelines
    /// want the city), held over planned, and every report's evidence.
    func absorb(_ m: MeetingFact, into target: inout MeetingFact) {
        if target.date == nil, m.date != nil {
            target.date = m.date
            target.datePrecision = m.datePrecision
        }
        if let place = m.place,
            target.place == nil || (isVenue(target.place!) && !isVenue(place)) || Self.isShortForm(target.place!, of: place)
        {
            target.place = place
        }
        if m.status == .held { target.status = .held }
        if m.mode == .call { target.mode = .call }
        target.evidence += m.evidence
    }
}
