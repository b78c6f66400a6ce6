/// Where and when the article places its people: "A arrived in C on Monday", "B is the first
/// minister to come to C", "A will visit D on Monday". An encounter reported without a place or
/// a day, near such a sentence about one of its participants, took place in that city on that day.
struct VisitPlaces: Sendable {
    struct Placement: Sendable {
        var sentence: Int
        var city: String?
        var day: DateExpression?
        var people: Set<Int>
        /// Whether the day is only the dateline's, in a sentence that tells a trip to come ("SEOUL,
        /// July 15 - A will fly to C next week"): the day the report was filed, not the trip's.
        /// (A visit under way, "KATHMANDU, Nov 27 - A called on B", is on the dateline's day.)
        var dayIsDatelineOfATripToCome = false
        /// Whether the sentence tells the people setting out for the city ("A left for C on
        /// Thursday"): it places the encounters still to come told after it ("is expected to hold
        /// talks with B"), not those before it or in it ("After meeting B, A left for C"), nor a
        /// past one told after it (a report often closes on the leave-taking, then goes back).
        var setsOut = false
        /// Whether the day is that of an arrival told in the past ("A arrived in C on Wednesday"):
        /// an encounter still to come during the visit is on a day of its own, not a week on.
        var dayIsOfAPastArrival = false
    }

    /// How many sentences before an encounter a placement still holds: a visit report runs about
    /// a paragraph.
    static let reachBefore = 5
    /// How many sentences after: the city is often named just after the meeting it frames
    /// ("A will meet B and C. It is the first visit to C by ...").
    static let reachAfter = 2
    /// How many sentences before an encounter told "during the visit" the visit's placement
    /// still holds: the phrase refers back to the visit the report told, however many sentences
    /// on what was said came between (about two paragraphs of a visit report).
    static let referredVisitReach = 10

    let placements: [Placement]

    init(
        _ sentences: [AnalyzedSentence], mentionsBySentence: PersonMentionsBySentence, people records: [PersonRecord],
        placeReader: MeetingPlaceReader, dateReader: MeetingDateReader, dateline: String? = nil
    ) {
        let roleReader = RoleReferences()
        var placements: [Placement] = []
        var lastNamed: Int?
        // Each sentence read in place until it may place someone (few do): a copy of each
        // retained and released its tokens, mentions and strings.
        for si in sentences.indices {
            let named = mentionsBySentence[sentences[si].index]
            defer { if let last = named.max(by: { $0.first < $1.first }) { lastNamed = last.person } }
            // Most sentences have no word of arrival, visit or setting out: one pass of bit tests
            // over the words rules them out (and stops at the first word of arrival).
            var travel: WordClass = []
            for t in sentences[si].tokens where !t.classes.isDisjoint(with: [.arrival, .departure]) {
                travel.formUnion(t.classes.intersection([.arrival, .departure]))
                if travel.contains(.arrival) { break }
            }
            let arrival = travel.contains(.arrival)
            // "left for C": a verb of setting out places people only with the city it names.
            let departure = !arrival && travel.contains(.departure)
            guard arrival || departure || Self.saysPresence(sentences[si].tokens, sentences[si].mentions) else { continue }
            let s = sentences[si]
            let city = placeReader.cityPlacing(s) ?? (dateline != nil && arrival && Self.saysArrivedHere(s) ? dateline : nil)
            // "A was in talks on Monday" places no one: without a word of arrival, the city must be there.
            guard arrival || city != nil else { continue }
            let day = dateReader.firstDay(in: s)
            guard city != nil || day != nil else { continue }
            var people = Set(named.map(\.person))
            // "After arriving in C on Monday, the Turkish president held talks": the person a
            // role stands for is placed as a name would be.
            people.formUnion(roleReader.mentions(in: s, people: records, named: named).map(\.person))
            // "He is the first minister to come to C": "he" is the person named last.
            if people.isEmpty, ["he", "she"].contains(s.word(0) ?? ""), let last = lastNamed { people = [last] }
            if !people.isEmpty {
                let toCome = day.map { Dateline.isDatelineDate($0, in: s) && Self.tellsATripToCome(s.tokens) } ?? false
                let pastArrival = day.map { Self.isDayOfAPastArrival($0, in: s) } ?? false
                placements.append(
                    Placement(
                        sentence: s.index, city: city, day: day, people: people, dayIsDatelineOfATripToCome: toCome, setsOut: departure,
                        dayIsOfAPastArrival: pastArrival))
            }
        }
        self.placements = placements
    }

    /// Past forms of arrival, whose day is the arrival's own.
    static let pastArrivals: WordSet = ["arrived", "landed", "reached", "came", "flew"]

    /// "arrived in C on Wednesday": a past form of arrival a few words before the day.
    static func isDayOfAPastArrival(_ d: DateExpression, in s: AnalyzedSentence) -> Bool {
        (max(0, d.first - MeetingPlaceReader.arrivalReach - 2)..<d.first).contains { pastArrivals.contains(s.tokens[$0].lower) }
    }

    /// "A arrived here on Monday", "leaders who came here for the inauguration": a word of
    /// arrival a few words before "here", which puts its people in the dateline city.
    static func saysArrivedHere(_ s: AnalyzedSentence) -> Bool {
        s.tokens.indices.contains { k in
            s.tokens[k].isWord(.here) && (max(0, k - MeetingPlaceReader.arrivalReach)..<k).contains { s.tokens[$0].isListed(.arrival) }
        }
    }

    /// "A was in C": a form of "be" right before "in" (whose place `cityPlacing` then checks).
    /// Only a sentence naming a place can place anyone, so most sentences are ruled out by their
    /// few mentions before any word is compared.
    /// Given the sentence's tokens and mentions, which `init` reads in place.
    static func saysPresence(_ tokens: [Token], _ mentions: [Mention]) -> Bool {
        guard mentions.contains(where: MeetingPlaceReader.namesAPlace) else { return false }
        return (1..<max(1, tokens.count)).contains { k in
            // The first letter on a byte before the word is compared: most words fail it.
            Token.mayBeginWith(tokens, k, UInt8(ascii: "i")) && tokens[k].isWord(.in)
                && MeetingPlaceReader.presenceVerbs.contains(tokens[k - 1].lower)
        }
    }

    /// The city of the placement nearest sentence `sentence` that concerns one of the
    /// participants, preferring one before the encounter to one after it.
    /// `refersToTheVisit`: the encounter is told "during the visit", which reaches back further.
    func city(of participants: [Int], at sentence: Int, refersToTheVisit: Bool = false, planned: Bool = false) -> String? {
        nearest(of: participants, at: sentence, reachBefore: refersToTheVisit ? Self.referredVisitReach : Self.reachBefore, planned: planned) {
            $0.city != nil
        }?.city
    }

    /// The city a visit of one of the participants is placed in by sentence `sentence` itself
    /// ("arrived in C on Wednesday and met B that night at the V").
    func cityTold(in sentence: Int, of participants: [Int]) -> String? {
        placements.first { $0.sentence == sentence && $0.city != nil && !$0.setsOut && !$0.people.isDisjoint(with: participants) }?.city
    }

    /// Whether a word of planning comes before the first word of arrival: "will travel to C",
    /// not "on the second day of a visit that both hope will ...".
    static func tellsATripToCome(_ tokens: [Token]) -> Bool {
        guard let arrival = tokens.firstIndex(where: { $0.classes.contains(.arrival) }) else { return false }
        return tokens[..<arrival].contains { $0.isListed(.planning) }
    }

    /// The day of the visit nearest sentence `sentence` that concerns one of the participants;
    /// for an encounter still to come, not the dateline's day of a trip to come.
    func day(of participants: [Int], at sentence: Int, planned: Bool = false) -> DateExpression? {
        nearest(of: participants, at: sentence, planned: planned) {
            $0.day != nil && !(planned && ($0.dayIsDatelineOfATripToCome || $0.dayIsOfAPastArrival))
        }?.day
    }

    private func nearest(
        of participants: [Int], at sentence: Int, reachBefore: Int = Self.reachBefore, planned: Bool, where keep: (Placement) -> Bool
    ) -> Placement? {
        placements.filter { p in
            keep(p) && !p.people.isDisjoint(with: participants) && p.sentence >= sentence - reachBefore
                && (p.setsOut ? planned && p.sentence < sentence : p.sentence <= sentence + Self.reachAfter)
        }.min { a, b in rank(a, sentence) < rank(b, sentence) }
    }

    private func rank(_ p: Placement, _ sentence: Int) -> Int {
        p.sentence <= sentence ? (sentence - p.sentence) * 2 : (p.sentence - sentence) * 2 + 1
    }
}
