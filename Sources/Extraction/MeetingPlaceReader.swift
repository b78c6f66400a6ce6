/// Stage 5 of meeting extraction: the city or venue of the encounter a clause reports — a place
/// after "in", "at", "on", "visiting", a city that names the event ("the Munich conference"), or
/// a venue ("at the Bayan Palace") when no city is named for the encounter. The guidelines want
/// the city first, the venue only without one.
struct MeetingPlaceReader: Sendable {
    let gazetteer: Gazetteer

    /// How far from a meeting word of its clause a place may stand and still be the meeting's:
    /// long enough for "talks with his counterparts from three named states on the margins of the
    /// regional summit in X", short of a place in another part of a long sentence.
    static let placeReach = 20
    /// Prepositions that put an encounter at a place, and verbs of visit ("visited C to meet B").
    /// "into" for "flew into C".
    static let locatives: WordSet = ["in", "at", "on", "to", "into", "visiting", "visited", "visit", "visits"]

    struct Candidate {
        var name: String
        var distance: Int
        var isVenue: Bool
        /// The token the place's name starts at.
        var first: Int = -1
        /// The token the place's name ends at.
        var last: Int = -1
    }

    /// "Speaking to journalists at the airport, the spokesman said A had met B": a place before the
    /// verb of speech that reports the encounter is where the speaking happened.
    func isPlaceOfSpeech(_ c: Candidate, in s: AnalyzedSentence, trigger: Int) -> Bool {
        guard c.first >= 0, c.first < trigger else { return false }
        return (c.first + 1..<trigger).contains { s.tokens[$0].isListed(.speechVerb) }
    }

    /// `cityOfVenue`: a city the clause names for its encounter in other words ("at the X Palace
    /// here" names the dateline city), which comes before a venue.
    func place(in s: AnalyzedSentence, near trigger: Int, clause: Range<Int>, cityOfVenue: String? = nil) -> String? {
        // "headed to Ain el Tinah to meet with A": where one goes in order to meet is the place,
        // known to a list or not.
        if let destination = destination(before: trigger, in: s) { return destination }
        var candidates =
            gazetteerPlaces(in: s, near: trigger, clause: clause) + venues(in: s, near: trigger, clause: clause)
            + unnamedCapitals(in: s, near: trigger, clause: clause)
        candidates.removeAll { $0.distance > Self.placeReach || isPlaceOfSpeech($0, in: s, trigger: trigger) }
        // "A, who met B on Tuesday, will fly to C": the aside's encounter is not where the main
        // clause goes.
        if let aside = Self.asideHolding(trigger, in: s) { candidates.removeAll { $0.first >= 0 && !aside.contains($0.first) } }
        // "called on B, who told him no government in C would be recognised": an aside about a
        // person after the meeting word tells nothing of where they met.
        // ("received B, who had arrived in C, at the X palace": the aside brings the guest to the
        // city the venue stands in, kept for the venue below.)
        var arrivedInAside: [Candidate] = []
        candidates.removeAll { c in
            guard c.first > trigger, let a = Self.asideHolding(c.first, in: s), !a.contains(trigger),
                Self.personAsideOpeners.contains(s.tokens[a.lowerBound].lower)
            else { return false }
            if !c.isVenue && arrivesIn(c, s) { arrivedInAside.append(c) }
            return true
        }
        // "handed over an invitation from B to visit C": where a visit is asked for.
        candidates.removeAll { $0.first >= 0 && isInvitedVisit(to: $0.first, in: s) }
        // "held talks in the capital after A welcomed his guest at the airport": the places of a
        // clause of time with a subject of its own are where that clause's event happened.
        if let k = Self.timeClauseStart(in: s, after: trigger, before: clause.upperBound) { candidates.removeAll { $0.first > k } }
        // "met on Thursday and discussed the exercise under way in C", "met to discuss the
        // situation in C": a place after a verb of discussing is the topic's, not the encounter's.
        // (A byte first: this reads every word after the meeting word of every clause.)
        if let k = (trigger + 1..<clause.upperBound).first(where: {
            Token.mayBeginWith(s.tokens, $0, UInt8(ascii: "d")) && Self.discussingVerbs.contains(s.tokens[$0].lower)
        }) {
            candidates.removeAll { $0.first > k }
        }
        // "will meet B in C on Friday to prepare for the summit in D": a place between the
        // clause's meeting word and the next one is its own; the next one's is that event's.
        if let next = clause.first(where: { $0 > trigger && s.tokens[$0].classes.contains(.meetingTrigger) }) {
            let own = candidates.filter { $0.first > trigger && $0.last < next }
            if !own.isEmpty { candidates = own }
        }
        guard let best = candidates.min(by: { $0.distance < $1.distance }) else {
            return unlistedPlace(after: trigger, in: s, clause: clause) ?? unlistedTownOfBuilding(near: trigger, in: s, clause: clause)
        }
        // "at Hyderabad House in New Delhi", "at the X Palace in the Belarusian capital, Minsk":
        // the city the venue stands in. (A listed venue without a venue word, "the Great Hall of
        // the People in Beijing", stands in its city the same way.)
        if let city = candidates.first(where: { !$0.isVenue && $0.first > best.last && standsIn(city: $0.first, venueEnd: best.last, s) }) {
            return city.name
        }
        guard best.isVenue else { return best.name }
        // "arrived in Lima on Tuesday and held talks with B at the Government Palace": the city
        // the clause brings its people to is named for the encounter, and the guidelines put the
        // city before the venue.
        if let city = candidates.first(where: { !$0.isVenue && $0.first >= 1 && $0.first < trigger && arrivesIn($0, s) }) {
            return city.name
        }
        if cityOfVenue == nil, let city = arrivedInAside.first(where: { $0.distance <= Self.placeReach }) { return city.name }
        return cityOfVenue ?? best.name
    }

    /// Words of inviting, whose "to visit C" names a visit still to be made.
    static let invitingWords: WordSet = ["invitation", "invitations", "invited", "invite", "invites", "inviting"]
    /// How far before "to visit" the word of inviting may stand: "extended an invitation to the
    /// President on behalf of President B to visit C" (a title and name are one word each).
    static let invitationReach = 12

    /// Whether the place at token `first` follows the "to visit" of an invitation ("met A and
    /// handed over an invitation from B to visit C"): the place of the visit asked for, not of
    /// the encounter where the invitation was handed over.
    func isInvitedVisit(to first: Int, in s: AnalyzedSentence) -> Bool {
        guard first >= 2, s.tokens[first - 1].lower == "visit", s.tokens[first - 2].isWord(.to) else { return false }
        return (s.start(before: first - 2, words: Self.invitationReach, limit: 0)..<first - 2).contains {
            Self.invitingWords.contains(s.tokens[$0].lower)
        }
    }

    /// Verbs of discussing: what follows them is the topic of the encounter.
    static let discussingVerbs: WordSet = ["discuss", "discussed", "discussing", "discusses"]

    /// Words of whose building it is: "at his office" names no place (guidelines: a city, else a
    /// named venue).
    static let possessiveDeterminers: WordSet = ["his", "her", "their", "its", "my", "our"]

    /// Words that may join the capitalised words of an office's name: "Ministry of Foreign and
    /// Diaspora Affairs", "Department of State", "Prime Minister's Office".
    static let institutionJoiners: WordSet = ["of", "and", "for", "the"]
    /// How many lowercase words a building told by its kind may run to: "the state guest house".
    static let lowercaseVenueWords = 3
    /// How many words an office's name may run to: "the Ministry of Foreign Affairs and International Trade".
    static let institutionNameReach = 9

    /// "met B at the Foreign Ministry", "at the Ministry of Foreign Affairs", "at the Prime
    /// Minister's Office": an office of government after "at" in the clause, its name opening or
    /// ending with a word of `institution-words.txt`. The place of last resort: asked only where
    /// nothing else places the encounter.
    func institution(in s: AnalyzedSentence, clause: Range<Int>) -> String? {
        for k in clause where s.tokens[k].isWord(.at) {
            var first = k + 1
            if s.isWord(first, .the) { first += 1 }
            guard first < clause.upperBound else { continue }
            // "at the foreign ministry", "at the party headquarters": an office told by its kind
            // in lowercase. (Not "at the presidential palace": a lowercase venue word measured
            // worse on the kept parts, where the city of the report is the place more often.)
            if !s.tokens[first].isCapitalized {
                // "at his office", "at their residence": the owner's building, named by no one.
                if Self.possessiveDeterminers.contains(s.tokens[first].lower) { continue }
                var e = first
                while e + 1 < s.tokens.count, e - first < Self.lowercaseVenueWords - 1, s.tokens[e].kind == .word, !s.tokens[e].isCapitalized,
                    !(WordLists.venueWords.contains(s.tokens[e].lower) || WordLists.institutionWords.contains(s.tokens[e].lower))
                {
                    e += 1
                }
                let kind = s.tokens[e].lower
                if s.tokens[e].kind == .word, !s.tokens[e].isCapitalized, WordLists.institutionWords.contains(kind), !Self.townFollows(e, in: s) {
                    return s.text(first, e)
                }
                continue
            }
            var last = first
            var j = first
            // The name runs past the clause's end: "at the Ministry of Foreign and Diaspora
            // Affairs" is cut into clauses at its "and".
            while j < s.tokens.count, j - first < Self.institutionNameReach, s.tokens[j].kind == .word {
                if s.tokens[j].isCapitalized {
                    last = j
                } else if !Self.institutionJoiners.contains(s.tokens[j].lower) {
                    break
                }
                j += 1
            }
            let opens = WordLists.institutionWords.contains(s.tokens[first].lower)
            let ends = WordLists.institutionWords.contains(s.tokens[last].lower)
            guard opens || ends, !Self.townFollows(last, in: s) else { continue }
            return s.text(first, last)
        }
        return nil
    }

    /// "at the defence ministry in Dov el-Rasa": a town named after the office (one no list
    /// knows, or the city would have placed the encounter) is the place, which no reading here
    /// gives whole; the office is not.
    static func townFollows(_ end: Int, in s: AnalyzedSentence) -> Bool {
        end + 2 < s.tokens.count && s.tokens[end + 1].isWord(.in) && s.tokens[end + 2].isCapitalized
    }

    /// Whether the words between a venue's end and a city are only those that put a building in
    /// its town: "in", "of", a comma, "the", a state's name or demonym, a settlement noun ("in
    /// the Belarusian capital, Minsk", "in the port city of C"). A verb between ("at the palace,
    /// then flew to C") makes the city another step of the trip.
    func standsIn(city first: Int, venueEnd: Int, _ s: AnalyzedSentence) -> Bool {
        var k = venueEnd + 1
        guard k < first, ["in", ","].contains(s.tokens[k].lower) else { return false }
        while k < first {
            let t = s.tokens[k]
            if let m = s.mention(at: k), m.first == k, m.countryCode != nil {
                k = m.last + 1
                continue
            }
            // "at Beit-Salam, the presidential palace in C": an apposition naming the kind of venue.
            if t.isWord(.the), let tail = venueTail(after: k, in: s, clause: k..<first) {
                k = tail + 1
                continue
            }
            guard Self.venueTownWords.contains(t.lower) || t.isListed(.settlementNoun) else { return false }
            k += 1
        }
        return true
    }

    /// Conjunctions of time that open a clause of another event: "after A welcomed B", "before
    /// the president left".
    static let timeClauseConjunctions: WordSet = ["after", "before", "when", "while"]

    /// Where a clause of time with its own subject begins after the meeting word: the conjunction,
    /// then a name (past its title) or a personal pronoun, then a lowercase word (its verb).
    static func timeClauseStart(in s: AnalyzedSentence, after trigger: Int, before end: Int) -> Int? {
        (trigger + 1..<max(trigger + 1, end - 2)).first { k in
            // Word numbers first: this is asked at every word after the meeting word.
            guard
                s.tokens[k].isWord(.after) || s.tokens[k].isWord(.before) || s.tokens[k].isWord(.while)
                    || (Token.mayBeginWith(s.tokens, k, UInt8(ascii: "w")) && timeClauseConjunctions.contains(s.tokens[k].lower))
            else { return false }
            var j = k + 1
            // "met B the next morning before returning to C": a clause of what came after, its
            // subject the meeting's own (not "after arriving in C", which is where they met).
            if s.tokens[k].isWord(.before), isGerund(s.tokens[j]) { return true }
            if ["he", "she", "they"].contains(s.tokens[j].lower) {
                j += 1
            } else {
                while let m = s.mention(at: j), m.first == j, m.isTitle || m.countryCode != nil || m.kind.isHonorific { j = m.last + 1 }
                guard let name = s.mention(at: j), name.first == j, name.isName else { return false }
                j = name.last + 1
            }
            return j < end && s.tokens[j].kind == .word && !s.tokens[j].isCapitalized && !s.tokens[j].isWord(.and)
        }
    }

    /// A lowercase word ending in "ing" ("returning", "leaving"): a verb's gerund after "before".
    static func isGerund(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isCapitalized else { return false }
        let bytes = t.lower.utf8
        return bytes.count > 4 && bytes.suffix(3).elementsEqual("ing".utf8)
    }

    /// Words that may join a venue to the town it stands in (with states and settlement nouns).
    static let venueTownWords: WordSet = ["in", "of", ",", "the"]

    /// Whether a city candidate is the object of a word of arrival or visit ("arrived in C",
    /// "flew into C", "visiting C"), read with the test `cityPlacing` uses.
    func arrivesIn(_ c: Candidate, _ s: AnalyzedSentence) -> Bool {
        guard let m = s.mention(at: c.first), m.first == c.first, Self.namesAPlace(m) else {
            // An unnamed capital ("arrived in the Saudi capital") stands at its word "capital".
            return Self.isCapitalWord(s.tokens[c.first]) && placesPeople(at: c.first, in: s, last: c.first)
        }
        return placesPeople(m, in: s)
    }

    /// Relative pronouns that open an aside about a person.
    static let personAsideOpeners: WordSet = ["who", "whose", "whom"]

    /// The relative aside (", who ...," up to its closing comma) that holds token `k`, if any.
    static func asideHolding(_ k: Int, in s: AnalyzedSentence) -> Range<Int>? {
        guard
            let open = (1...max(1, k)).last(where: { j in
                j < s.tokens.count && Token.isMark(s.tokens, j - 1, UInt8(ascii: ",")) && s.tokens[j].isListed(.relativePronoun)
            }),
            open <= k, !(open..<k).contains(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) })
        else { return nil }
        let close = (k + 1..<s.tokens.count).first { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) } ?? s.tokens.count
        return open..<close
    }

    /// Words (`AnalyzedSentence.words`) from the nearest meeting word of the clause (a place before it counts a little
    /// further than one after it: "in Moscow, A met B" is rarer than "A met B in Moscow").
    func distance(_ first: Int, _ last: Int, from trigger: Int, in s: AnalyzedSentence, clause: Range<Int>) -> Int {
        var best = first > trigger ? s.words(from: trigger, to: first) : s.words(from: last, to: trigger) + 3
        for k in clause where k != trigger && s.tokens[k].classes.contains(.meetingTrigger) {
            best = min(best, first > k ? s.words(from: k, to: first) : s.words(from: last, to: k) + 3)
        }
        return best
    }

    /// The articles before a seat of government that names the encounter after it.
    static let articles: WordSet = ["a", "an", "the"]
    /// Meeting words that are nouns of the occasion only, never verbs ("the White House called
    /// it a deal" is the seat speaking): the seat of government before one hosted it.
    static let occasionNouns: WordSet = [
        "meeting", "meetings", "talks", "summit", "summits", "session", "discussions", "negotiations", "consultations", "dialogue",
        "audience", "lunch", "luncheon", "dinner", "breakfast", "conference",
    ]

    /// Cities and known venues of the gazetteer, after a locative or naming an event.
    func gazetteerPlaces(in s: AnalyzedSentence, near trigger: Int, clause: Range<Int>) -> [Candidate] {
        var out: [Candidate] = []
        for m in s.mentions where clause.contains(m.first) && m.first >= 1 {
            let isPlace: Bool
            switch m.kind {
            case .place: isPlace = true
            case .country(_, .metonym, false): isPlace = true
            // A city-state's name is also a city: "a summit in Singapore".
            case .country(_, .name, false): isPlace = gazetteer.placeKeys.contains(s.tokens[m.first...m.last].map(\.lower).joined(separator: " "))
            default: isPlace = false
            }
            guard isPlace else { continue }
            var candidate = Candidate(
                name: placeName(m, in: s), distance: distance(m.first, m.last, from: trigger, in: s, clause: clause),
                // "Palazzo Chigi", "Casa Rosada": a venue noun may open the name too.
                isVenue: s.tokens[m.last].isListed(.venueWord) || (m.last > m.first && s.tokens[m.first].isListed(.venueWord)), first: m.first,
                last: m.last)
            // "Malacanang Palace", "the Moncloa Palace": a seat of government and the venue noun
            // after it. (A city's name before one, "the Graz Airport", names the city.)
            if case .country(_, .metonym, _) = m.kind, m.last + 1 < clause.upperBound, s.tokens[m.last + 1].isCapitalized,
                s.tokens[m.last + 1].isListed(.venueWord)
            {
                candidate.name = s.text(m.first, m.last + 1)
                candidate.isVenue = true
                candidate.last = m.last + 1
            }
            // "the Miraflores presidential palace": a venue named after its town is the venue.
            if let end = venueTail(after: m.last, in: s, clause: clause) {
                candidate.name = s.text(m.first, end)
                candidate.isVenue = true
                candidate.last = end
            }
            // "the first meeting since the Agra summit": an earlier occasion, not this one's place.
            if case .place = m.kind, s.tokens[m.first - 1].isWord(.the),
                (m.last + 1..<min(s.tokens.count, m.last + 4)).contains(where: { s.tokens[$0].isListed(.eventNoun) })
            {
                if GatheringPlaces.recallsPastOccasion(m, in: s) { continue }
                out.append(candidate)
                continue
            }
            // "at a White House meeting", "the Kremlin talks": a seat of government before a
            // meeting noun is where that encounter sat.
            if case .country(_, .metonym, false) = m.kind, m.last + 1 < clause.upperBound,
                s.tokens[m.last + 1].classes.contains(.meetingTrigger), Self.occasionNouns.contains(s.tokens[m.last + 1].lower),
                Self.articles.contains(s.tokens[m.first - 1].lower), !GatheringPlaces.recallsPastOccasion(m, in: s)
            {
                out.append(candidate)
                continue
            }
            var p = m.first - 1
            // "held on South Korea's Jeju Island", "in Japan's Okinawa": the state owning the place.
            if let owner = s.mention(endingAt: p), case .country(_, _, true) = owner.kind, owner.first >= 1 {
                p = owner.first - 1
            }
            if s.tokens[p].isWord(.the) && p >= 1 { p -= 1 }
            let before = s.tokens[p]
            let ofSettlement = before.isWord(.of) && p >= 1 && s.tokens[p - 1].isListed(.settlementNoun)
            // "at State House, Nairobi": the city written after its venue.
            let afterVenue = before.isMark(UInt8(ascii: ",")) && p >= 1 && s.tokens[p - 1].isListed(.venueWord)
            if before.isListed(.placeLocative) || ofSettlement || afterVenue || namedAsSettlement(m, in: s) { out.append(candidate) }
        }
        return out
    }

    /// "held talks in the Kazakh capital", "arrived in Qatar's capital": a capital named by its
    /// state alone, after a locative, is the state's capital city.
    func unnamedCapitals(in s: AnalyzedSentence, near trigger: Int, clause: Range<Int>) -> [Candidate] {
        var out: [Candidate] = []
        for k in clause where Self.isCapitalWord(s.tokens[k]) {
            guard let (city, state) = unnamedCapital(at: k, in: s) else { continue }
            var p = state - 1
            if p >= 0, s.tokens[p].isWord(.the) { p -= 1 }
            guard p >= 0, s.tokens[p].isListed(.placeLocative) else { continue }
            out.append(Candidate(name: city, distance: distance(k, k, from: trigger, in: s, clause: clause), isVenue: false, first: k, last: k))
        }
        return out
    }

    /// Whether a token is the word "capital": a settlement noun (one bit) before the string is
    /// compared, since the loops that ask run over every token of a clause or sentence.
    @inline(__always) static func isCapitalWord(_ t: Token) -> Bool {
        t.isListed(.settlementNoun) && t.isWord(.capital)
    }

    /// The city that the word "capital" at `k` stands for, with the first token of the state
    /// phrase before it: "the Saudi capital", "Qatar's capital". Nil where the city is named
    /// after it (read as that city) or where "capital" is money ("the Saudi capital markets").
    func unnamedCapital(at k: Int, in s: AnalyzedSentence) -> (city: String, stateFirst: Int)? {
        guard k >= 1, s.tokens[k].isWord(.capital) else { return nil }
        var n = k + 1
        if n < s.tokens.count, Token.isMark(s.tokens, n, UInt8(ascii: ",")) { n += 1 }
        if let named = s.mention(at: n), named.first == n, Self.namesAPlace(named) { return nil }
        if k + 1 < s.tokens.count, s.tokens[k + 1].kind == .word, !s.tokens[k + 1].isCapitalized,
            !s.tokens[k + 1].isListed(.functionWord), !s.tokens[k + 1].isWord(.city),
            // "met B in the Kazakh capital yesterday": a day after the capital ends its phrase.
            !s.tokens[k + 1].classes.contains(.dateWord)
        {
            return nil
        }
        guard let state = s.mention(endingAt: k - 1), case .country(let code, let form, let possessive) = state.kind,
            form == .demonym || possessive, let city = gazetteer.capitals[code]
        else { return nil }
        return (city, state.first)
    }

    /// The place as named: "the Doha-hosted talks" are held in Doha, the part of the hyphenated
    /// word the tagger found (a name that is itself hyphenated, "Port-au-Prince", is kept whole).
    func placeName(_ m: Mention, in s: AnalyzedSentence) -> String {
        let text = s.text(m.first, m.last)
        guard m.first == m.last, s.tokens[m.first].hasHyphen, !gazetteer.placeKeys.contains(s.tokens[m.first].lower),
            let dash = text.firstIndex(of: "-"), dash > text.startIndex
        else { return text }
        return String(text[..<dash])
    }

    /// "in Oman's capital Muscat", "in Iran's capital, Tehran", "in the port city of X" is read
    /// above; here the city named after a settlement noun that a locative and a state's name
    /// or a possessive introduce.
    func namedAsSettlement(_ m: Mention, in s: AnalyzedSentence) -> Bool {
        var k = m.first - 1
        if k >= 0, Token.isMark(s.tokens, k, UInt8(ascii: ",")) { k -= 1 }
        guard k >= 1, s.tokens[k].isListed(.settlementNoun) else { return false }
        k -= 1
        // "Oman's", "the Omani", "its": whose settlement it is.
        if let state = s.mention(endingAt: k), state.countryCode != nil {
            k = state.first - 1
        } else if s.tokens[k].isWord(.its) || s.tokens[k].isWord(.their) || s.tokens[k].isWord(.his) || s.tokens[k].isWord(.her) {
            k -= 1
        }
        if k >= 0, s.tokens[k].isWord(.the) { k -= 1 }
        return k >= 0 && s.tokens[k].isListed(.placeLocative)
    }

    /// "In Suva on Friday, he met A and held a breakfast meeting with B": a place phrase that
    /// opens the sentence before a comma sets the scene for every clause of it.
    func frontedPlace(in s: AnalyzedSentence) -> String? {
        guard let opener = s.word(0), opener == "in" || opener == "at" else { return nil }
        var k = 1
        if s.isWord(k, .the) { k += 1 }
        guard let m = s.mention(at: k), m.first == k else { return nil }
        switch m.kind {
        case .place, .country(_, .metonym, false): break
        default: return nil
        }
        guard let comma = s.tokens.firstIndex(where: { $0.isMark(UInt8(ascii: ",")) }), comma > m.last,
            !(0..<comma).contains(where: { s.tokens[$0].classes.contains(.meetingTrigger) })
        else { return nil }
        return s.text(m.first, m.last)
    }

    /// The city a sentence places its people in: the first city after "in" or "to" that follows a
    /// word of arrival or visit, the object of a verb of visit ("visited C", "is visiting C"), or
    /// "in C" for a stated purpose ("A is in C for a three-day visit", "A, in C for talks, ...").
    func cityPlacing(_ s: AnalyzedSentence) -> String? {
        for m in s.mentions where m.first >= 1 && Self.namesAPlace(m) {
            if s.tokens[m.last].isListed(.venueWord) { continue }
            if placesPeople(m, in: s, setOutFor: true) { return s.text(m.first, m.last) }
        }
        // "arrived in the Saudi capital on Monday": the capital its state names.
        for k in s.tokens.indices where Self.isCapitalWord(s.tokens[k]) {
            if let (city, _) = unnamedCapital(at: k, in: s), placesPeople(at: k, in: s, last: k, setOutFor: true) { return city }
        }
        return nil
    }

    /// The last city a sentence names (not a venue): where "There, he met B" in the next one is.
    func lastCity(in s: AnalyzedSentence) -> String? {
        guard let m = s.mentions.last(where: { $0.first >= 1 && Self.namesAPlace($0) && !s.tokens[$0.last].isListed(.venueWord) }) else {
            return nil
        }
        return placeName(m, in: s)
    }

    /// A city, or a capital standing for its state, that `cityPlacing` may return.
    /// "began the tour on Monday in C, where he held talks with B", "arrived on Wednesday from
    /// C, where he met B": a meeting word in a clause of "where" that follows a city and a
    /// comma. The encounter took place in that city. Where the city is one the subject came
    /// from, the words before "where" (a day of arrival) are of the main clause's place and not
    /// the encounter's: `ownStart` is where the encounter's own words begin (else nil). Nil
    /// where the meeting word is not in such a clause (a comma between "where" and it ends it).
    func whereClause(in s: AnalyzedSentence, trigger: Int, clause: Range<Int>) -> (city: String, ownStart: Int?)? {
        var k = trigger - 1
        while k >= max(clause.lowerBound, 2), !Token.isMark(s.tokens, k, UInt8(ascii: ",")) {
            if s.tokens[k].lower == "where", Token.isMark(s.tokens, k - 1, UInt8(ascii: ",")),
                let m = s.mention(endingAt: Self.endBeforeDay(s, endingAt: k - 2)), Self.namesAPlace(m)
            {
                let cameFrom = m.first >= 1 && (s.tokens[m.first - 1].lower == "from" || s.tokens[m.first - 1].isListed(.departureWord))
                return (placeName(m, in: s), cameFrom ? k : nil)
            }
            k -= 1
        }
        return nil
    }

    /// How many words a day between a city and its ", where" may run: "on Monday", "this week".
    static let dayBeforeWhereReach = 3
    /// Words of such a day besides its own: "on Monday", "this week", "next month".
    static let dayLinkWords: WordSet = ["on", "this", "next", "last"]

    /// "flies to C tomorrow, where", "arrived in C on Monday, where": the last token before the day
    /// that ends at `end` (or `end` itself, where no day ends there).
    static func endBeforeDay(_ s: AnalyzedSentence, endingAt end: Int) -> Int {
        var e = end
        while e >= 1, end - e < dayBeforeWhereReach, s.tokens[e].kind == .word,
            s.tokens[e].classes.contains(.dateWord) || dayLinkWords.contains(s.tokens[e].lower)
        {
            e -= 1
        }
        return e
    }

    static func namesAPlace(_ m: Mention) -> Bool {
        switch m.kind {
        case .place(_), .country(_, .metonym, false): return true
        default: return false
        }
    }

    /// Verbs of visit whose object is the place visited: "visited C", "is touring C".
    static let visitVerbs: WordSet = ["visit", "visits", "visited", "visiting", "toured", "touring", "tours", "reached"]
    /// Forms of "be" that, right before "in C", say where a person is; and the noun of a stay
    /// ("continues his stay in C", "during her stay in C"). (Not "stayed in C", said as often of
    /// one who did not travel with the others.)
    static let presenceVerbs: WordSet = ["is", "was", "be", "are", "were", "been", "stay"]
    /// How many words before "in"/"to" a word of arrival may stand: "arrived on Monday in C",
    /// "a two-day visit to C".
    static let arrivalReach = 4
    /// How many words after "in C for" the purpose may come: "for a three-day official visit",
    /// and between "for" and a meeting word ("for a brief courtesy call").
    static let purposeReach = 4

    /// Whether the place of mention `m` is where the sentence puts its people. `setOutFor`: also
    /// the city a trip sets out for ("left for C"), which places people only for what comes
    /// after (`VisitPlaces`), not for an encounter of the same sentence.
    func placesPeople(_ m: Mention, in s: AnalyzedSentence, setOutFor: Bool = false) -> Bool {
        let before = s.tokens[m.first - 1].lower
        // "arrived in the Kenyan capital, Nairobi", "in Qatar's capital Doha": the city named
        // after the word for a capital stands where "in C" does.
        if let capital = capitalNaming(m, in: s) { return placesPeople(at: capital, in: s, last: m.last, setOutFor: setOutFor) }
        return placesPeople(at: m.first, in: s, last: m.last, before: before, setOutFor: setOutFor)
    }

    /// The token "capital" right before a city's name (a comma may stand between), if any.
    func capitalNaming(_ m: Mention, in s: AnalyzedSentence) -> Int? {
        var k = m.first - 1
        if k >= 1, Token.isMark(s.tokens, k, UInt8(ascii: ",")) { k -= 1 }
        return k >= 1 && s.tokens[k].isWord(.capital) ? k : nil
    }

    /// Whether the word before "the ... capital" ("in the Kenyan capital") places people, read
    /// as if the city stood at `capital`.
    func placesPeople(at capital: Int, in s: AnalyzedSentence, last: Int, setOutFor: Bool = false) -> Bool {
        var k = capital - 1
        // "the Kenyan capital", "Qatar's capital", "the capital": a demonym, a possessive state, "the".
        if k >= 1, let state = s.mention(endingAt: k), case .country = state.kind { k = state.first - 1 }
        if k >= 1, s.tokens[k].isWord(.the) { k -= 1 }
        guard k >= 1 else { return false }
        return placesPeople(at: k + 1, in: s, last: last, before: s.tokens[k].lower, setOutFor: setOutFor)
    }

    /// `placesPeople` with the word before the place read at `first - 1`; the place's name ends at
    /// `last`.
    private func placesPeople(at first: Int, in s: AnalyzedSentence, last: Int, before: String, setOutFor: Bool) -> Bool {
        // "an invitation to visit C" places no one there yet.
        if Self.visitVerbs.contains(before) { return !isInvitedVisit(to: first, in: s) }
        // "left for C", "set off for the capital": the city a trip sets out for.
        if before == "for" { return setOutFor && Self.setsOutFor(s, at: first - 1) }
        // "flew into C": only after a word of arrival.
        guard before == "in" || before == "to" || before == "into" else { return false }
        // "A was in C on Saturday", "B will be in C": where the sentence says a person is.
        if before == "in", first >= 2, Self.presenceVerbs.contains(s.tokens[first - 2].lower) { return true }
        if (max(0, first - Self.arrivalReach)..<first).contains(where: { s.tokens[$0].isListed(.arrival) }) { return true }
        guard before == "in", last + 2 < s.tokens.count, s.tokens[last + 1].isWord(.for) else { return false }
        return (last + 2..<min(s.tokens.count, last + 2 + Self.purposeReach)).contains {
            s.tokens[$0].isListed(.arrival) || s.tokens[$0].classes.contains(.meetingTrigger)
        }
    }

    /// Whether the "for" at `k` follows a verb of setting out: "left for", "set off for".
    static func setsOutFor(_ s: AnalyzedSentence, at k: Int) -> Bool {
        var j = k - 1
        if j >= 1, s.tokens[j].lower == "off" || s.tokens[j].lower == "out" { j -= 1 }
        return j >= 0 && s.tokens[j].classes.contains(.departure)
    }

    /// Lowercase words that make the name before them a venue's: "presidential palace", "guest
    /// house", "palace". Up to `venueTailWords`, the last a venue word, none a word that joins phrases.
    func venueTail(after k: Int, in s: AnalyzedSentence, clause: Range<Int>) -> Int? {
        var j = k + 1
        while j < clause.upperBound, j - k <= Self.venueTailWords, s.tokens[j].kind == .word, !s.tokens[j].isCapitalized,
            !s.tokens[j].isListed(.functionWord)
        {
            if s.tokens[j].isListed(.venueWord) { return j }
            j += 1
        }
        return nil
    }

    /// "the official guest house Lindenhof", "the presidential palace Miraflores": lowercase words
    /// ending in a venue word from token `k`, then the venue's capitalised name.
    /// ("the presidential palace, Miraflores,": the name set off by commas, closed by a comma or
    /// the end of the clause.)
    func nameAfterVenueKind(_ s: AnalyzedSentence, at k: Int, clause: Range<Int>) -> Range<Int>? {
        guard let kindEnd = venueTail(after: k - 1, in: s, clause: clause) else { return nil }
        let apposition = kindEnd + 1 < clause.upperBound && Token.isMark(s.tokens, kindEnd + 1, UInt8(ascii: ","))
        let start = apposition ? kindEnd + 2 : kindEnd + 1
        var j = start
        while j < clause.upperBound, s.tokens[j].kind == .word,
            s.tokens[j].isCapitalized || (j > start && MeetingPlaceReader.nameParticles.contains(s.tokens[j].lower)),
            isPlainCapitalized(s, j)
        {
            j += 1
        }
        guard j > start, s.tokens[j - 1].isCapitalized else { return nil }
        if apposition, j < clause.upperBound, !Token.isMark(s.tokens, j, UInt8(ascii: ",")) && !Token.isMark(s.tokens, j, UInt8(ascii: ".")) { return nil }
        return start..<j
    }

    /// "at the presidential palace, Miraflores,": a name set off by a comma right after a venue
    /// word is that venue's name (not a person of a list before it). Not a person's name: one that
    /// opens with a given name ("the lodge, Maria Costa, ..."), or one after a venue word that a
    /// title owns ("the speaker of the House, A B,": the body the title serves, and A B its holder).
    static func namesVenueInApposition(first: Int, in s: AnalyzedSentence) -> Bool {
        guard first >= 2, Token.isMark(s.tokens, first - 1, UInt8(ascii: ",")), s.tokens[first - 2].isListed(.venueWord),
            first < 3 || s.tokens[first - 3].kind != .word || !s.tokens[first - 3].isCapitalized
        else { return false }
        return !opensPersonName(at: first, in: s) && !isOwnedByTitle(venue: first - 2, in: s)
    }

    /// A listed given name followed by another capitalised word: "Maria Costa".
    static func opensPersonName(at k: Int, in s: AnalyzedSentence) -> Bool {
        k + 1 < s.tokens.count && s.tokens[k].isListed(.givenName) && s.tokens[k + 1].kind == .word && s.tokens[k + 1].isCapitalized
    }

    /// "the speaker of the House", "the chief of the palace": a venue word after "of the" and a title.
    static func isOwnedByTitle(venue v: Int, in s: AnalyzedSentence) -> Bool {
        v >= 3 && s.tokens[v - 1].isWord(.the) && s.tokens[v - 2].isWord(.of) && s.mention(at: v - 3)?.isTitle == true
    }

    /// "the 'Blue Lagoon' resort": capitalised words between quotation marks from token `k`,
    /// then a venue word.
    func quotedVenueName(_ s: AnalyzedSentence, at k: Int, clause: Range<Int>) -> Range<Int>? {
        guard k < clause.upperBound, MentionTagger.quoteMarks.contains(s.tokens[k].text) else { return nil }
        var j = k + 1
        while j < clause.upperBound, s.tokens[j].kind == .word, s.tokens[j].isCapitalized { j += 1 }
        guard j > k + 1, j + 1 < clause.upperBound, MentionTagger.quoteMarks.contains(s.tokens[j].text),
            s.tokens[j + 1].isListed(.venueWord)
        else { return nil }
        return k + 1..<j
    }

    /// A capitalised word that is not part of a title, an honorific, a state or a date (a word
    /// no list knows reads as a name, as a venue's name does).
    func isPlainCapitalized(_ s: AnalyzedSentence, _ j: Int) -> Bool {
        if let m = s.mention(at: j), m.isTitle || m.countryCode != nil || m.kind.isHonorific { return false }
        return DateExpression.weekdays[s.tokens[j].lower] == nil && DateExpression.months[s.tokens[j].lower] == nil
    }

    /// Verbs of going somewhere that no list of arrival holds, as they lead to a destination for
    /// a purpose: "drove to X for talks", "walked to the Y for lunch with B".
    static let goingVerbs: WordSet = ["drove", "drives", "driven", "walked", "walks", "went", "goes", "moved", "proceeded", "hurried"]
    /// The "for" that opens a purpose ending at the meeting word `trigger` ("for a courtesy call
    /// on B", "for talks with B"), when only lowercase words stand between.
    static func purposeFor(before trigger: Int, in s: AnalyzedSentence) -> Int? {
        var f = trigger - 1
        while f >= 1, trigger - f <= purposeReach, s.tokens[f].kind == .word, !s.tokens[f].isCapitalized, !s.tokens[f].isWord(.for) { f -= 1 }
        return f >= 1 && s.tokens[f].isWord(.for) ? f : nil
    }

    /// Lowercase particles inside a place's name: "Ain el Tinah", "Casa de Piedra".
    static let nameParticles: WordSet = ["el", "al", "de", "del", "la", "le", "du", "da", "di", "der", "van", "von"]
    /// The most tokens a destination's name may have: "Ain el Tinah" is three, a long venue five.
    static let destinationWords = 5

    /// The place a word of travel leads to right before "to meet" (or "to hold talks"): "headed to
    /// X to meet", "travelled to the Y to hold talks". The name is capitalised words, particles
    /// between them, after "to" and an optional "the"; the trigger follows its "to".
    func destination(before trigger: Int, in s: AnalyzedSentence) -> String? {
        var to = trigger - 1
        if to >= 1, !s.tokens[to].classes.contains(.meetingTrigger), s.tokens[to].kind == .word, s.tokens[to - 1].isWord(.to) {
            to -= 1  // "to hold talks": one verb before the meeting word.
        }
        // "drove to X for a courtesy call on B", "walked to the Y for a working lunch with B": the
        // purpose after "for", a few lowercase words before the meeting word.
        let purpose = Self.purposeFor(before: trigger, in: s)
        if let purpose { to = purpose }
        guard to >= 4, s.tokens[to].isWord(.to) || purpose != nil else { return nil }
        var nameEnd = to - 1
        // "left Accra for Abidjan, Ivory Coast, to consult with A": the state after the city.
        if Token.isMark(s.tokens, nameEnd, UInt8(ascii: ",")), let state = s.mention(endingAt: nameEnd - 1), state.countryCode != nil, state.first >= 2,
            Token.isMark(s.tokens, state.first - 1, UInt8(ascii: ","))
        {
            nameEnd = state.first - 2
        }
        var first = nameEnd
        // ("the Cabinet of Ministers": "of" inside the name.)
        while first > to - 1 - Self.destinationWords, first >= 1, s.tokens[first].kind == .word,
            s.tokens[first].isCapitalized || s.tokens[first].isListed(.nameParticle) || s.tokens[first].isWord(.of)
        {
            first -= 1
        }
        first += 1
        guard first <= nameEnd, s.tokens[first].isCapitalized, s.tokens[nameEnd].isCapitalized else { return nil }
        // Unknown capitalised words are tagged as names: a title or a state (not its capital) is
        // no destination, nor is a possessive ("headed to A's office").
        if let m = s.mention(at: first), m.isTitle || m.countryCode != nil && !isPlaceMention(m) { return nil }
        if s.tokens[nameEnd].isPossessive { return nil }
        var k = first - 1
        if s.tokens[k].isWord(.the) { k -= 1 }
        guard k >= 1 else { return nil }
        if s.tokens[k].isWord(.to), s.tokens[k - 1].classes.contains(.arrival) || Self.goingVerbs.contains(s.tokens[k - 1].lower) {
            return s.text(first, nameEnd)
        }
        // "left Accra for Abidjan": a word of leaving, the place left, then "for" the destination.
        if s.tokens[k].isWord(.for), let from = s.mention(endingAt: k - 1), from.first >= 1,
            s.tokens[from.first - 1].isListed(.departureWord)
        {
            return s.text(first, nameEnd)
        }
        return nil
    }

    /// "are to meet in Lombok next week", "held talks in Tanjung Pinang": capitalised words no
    /// list knows, right after a verb of encounter (or "talks") and "in", ending where the
    /// clause's words go on in lowercase or punctuation, are the place. Not a title, a state, an
    /// organisation or a possessive ("met in Parliament's chamber"), nor a month.
    func unlistedPlace(after trigger: Int, in s: AnalyzedSentence, clause: Range<Int>) -> String? {
        let t = s.tokens[trigger]
        guard t.isListed(.encounterVerb) || t.lower == "talks", s.isWord(trigger + 1, .in) else { return nil }
        let first = trigger + 2
        guard first < clause.upperBound, s.tokens[first].kind == .word, s.tokens[first].isCapitalized else { return nil }
        var last = first
        while last + 1 < clause.upperBound, last + 1 - first < Self.destinationWords, s.tokens[last + 1].kind == .word,
            s.tokens[last + 1].isCapitalized
        {
            last += 1
        }
        if last + 1 < s.tokens.count, s.tokens[last + 1].kind == .word, s.tokens[last + 1].isCapitalized { return nil }
        if s.tokens[last].isPossessive { return nil }
        for k in first...last {
            if s.tokens[k].isListed(.organisation) || s.tokens[k].isListed(.functionWord) || DateExpression.isMonthOrWeekday(s.tokens[k].text) {
                return nil
            }
            if let m = s.mention(at: k), m.kind.isHonorific || m.isTitle || m.countryCode != nil { return nil }
        }
        return s.text(first, last)
    }

    /// Whether capitalised words `first...end` after "at" are a building's name no list knows: at
    /// most `destinationWords`, none a title, state, organisation, day, month or given name, the
    /// last no possessive ("at Smith's invitation"), and the phrase over after them.
    func isUnlistedBuildingName(_ s: AnalyzedSentence, first: Int, end: Int, clause: Range<Int>) -> Bool {
        guard end - first < Self.destinationWords, !s.tokens[end].isPossessive else { return false }
        guard Self.endsPhrase(after: end, in: s, clause: clause) else { return false }
        return (first...end).allSatisfy { isUnlistedNameWord(s, $0) && !s.tokens[$0].isListed(.givenName) }
    }

    /// The names anywhere in the article that `isUnlistedBuildingName` reads as a building's after
    /// "at" (past a "the"): a report elsewhere that gives the same name without "at" ("the talks
    /// at Itamaraty" after "in Brasilia") names the building, not a second town.
    func unlistedBuildingNames(in sentences: [AnalyzedSentence]) -> Set<String> {
        var names: Set<String> = []
        for s in sentences {
            let all = 0..<s.tokens.count
            for k in all where Token.mayBeginWith(s.tokens, k, UInt8(ascii: "a")) && s.tokens[k].isWord(.at) {
                var first = k + 1
                if first < all.upperBound, s.tokens[first].isWord(.the) { first += 1 }
                var end = first
                while end < all.upperBound, end - first < Self.destinationWords, s.tokens[end].kind == .word, s.tokens[end].isCapitalized { end += 1 }
                guard end > first, !(first..<end).contains(where: { s.tokens[$0].isListed(.venueWord) }),
                    isUnlistedBuildingName(s, first: first, end: end - 1, clause: all)
                else { continue }
                names.insert(s.text(first, end - 1))
            }
        }
        return names
    }

    /// A word of a place's name no list knows: no title, state, day, month, organisation or word
    /// that joins phrases.
    func isUnlistedNameWord(_ s: AnalyzedSentence, _ j: Int) -> Bool {
        Self.isUnlisted(s.mention(at: j)) && isPlainCapitalized(s, j) && !s.tokens[j].isListed(.organisation)
            && !s.tokens[j].isListed(.functionWord)
    }

    /// Whether a name ending at token `end` ends its phrase there: a mark, the clause's end, a word
    /// that joins phrases or a word of time after it ("at Tashichhodzong yesterday"), not a noun
    /// the capitalised word qualifies ("at the Presidential wing") nor more of a name ("in Ain
    /// el-Tineh").
    static func endsPhrase(after end: Int, in s: AnalyzedSentence, clause: Range<Int>) -> Bool {
        let next = end + 1
        guard next < clause.upperBound, s.tokens[next].kind == .word else { return true }
        return !s.tokens[next].isCapitalized && (s.tokens[next].isListed(.functionWord) || s.tokens[next].classes.contains(.dateWord))
    }

    /// Words that may stand before the kind of a building: "at the ministry", "at his residence".
    static let buildingDeterminers: WordSet = ["the", "his", "her", "their", "its"]

    /// "at the presidential house in Zapote", "at his residence in Baluwatar": a building told by
    /// its kind alone, then "in" and capitalised words no list knows, names the town (or quarter)
    /// of the encounter, which the guidelines put before a venue.
    func unlistedTownOfBuilding(near trigger: Int, in s: AnalyzedSentence, clause: Range<Int>) -> String? {
        for k in clause where Token.mayBeginWith(s.tokens, k, UInt8(ascii: "a")) && s.tokens[k].isWord(.at) {
            guard k + 3 < clause.upperBound, Self.buildingDeterminers.contains(s.tokens[k + 1].lower),
                let kindEnd = venueTail(after: k + 1, in: s, clause: clause),
                s.isWord(kindEnd + 1, .in), abs(k - trigger) <= Self.placeReach
            else { continue }
            let first = kindEnd + 2
            guard first < clause.upperBound, s.tokens[first].kind == .word, s.tokens[first].isCapitalized else { continue }
            var last = first
            while last + 1 < clause.upperBound, last + 1 - first < Self.destinationWords, s.tokens[last + 1].kind == .word, s.tokens[last + 1].isCapitalized {
                last += 1
            }
            guard !s.tokens[last].isPossessive, Self.endsPhrase(after: last, in: s, clause: clause),
                (first...last).allSatisfy({ isUnlistedNameWord(s, $0) })
            else { continue }
            return s.text(first, last)
        }
        return nil
    }

    /// Verbs of leaving a place for another: "left Accra for Abidjan".
    static let departureWords: WordSet = ["left", "leaves", "leaving", "leave", "departed", "departs", "departing"]

    func isPlaceMention(_ m: Mention) -> Bool {
        switch m.kind {
        case .place, .country(_, .metonym, _): return true
        default: return false
        }
    }

    /// How far back "at" or "in" may stand from the "of" of "at the Presidential wing of the X
    /// Airport", "in the banquet hall of the Y Hotel": a part of a building, a few words.
    static let venuePartReach = 5

    /// "of" after a part of a venue that "at" or "in" opens: the venue's name follows it.
    func isPartOfVenue(_ s: AnalyzedSentence, _ k: Int, clause: Range<Int>) -> Bool {
        guard Token.mayBeginWith(s.tokens, k, UInt8(ascii: "o")), s.tokens[k].isWord(.of), k >= 1, s.tokens[k - 1].kind == .word,
            !s.tokens[k - 1].isCapitalized
        else { return false }
        for j in stride(from: k - 2, through: max(clause.lowerBound, k - Self.venuePartReach), by: -1) {
            if s.tokens[j].kind != .word { return false }
            if s.tokens[j].isWord(.at) || s.tokens[j].isWord(.in) { return true }
        }
        return false
    }

    /// Lowercase words a venue's name may end with: "state guest house" is three.
    static let venueTailWords = 3

    /// Venues no list knows: "at the Bayan Palace", "at Nnamdi Azikiwe International Airport" — a
    /// run of capitalised words after "at", "in" or "to" ("headed to the Élysée Palace to meet") that
    /// ends in a venue word.
    /// Words before a venue's name ("at the Bayan Palace", "headed to the Élysée Palace").
    static let venuePrepositions: WordSet = ["at", "in", "to"]

    /// "Palacio de Oriente", "Casa de Nariño": a connector of names ("de", "la") inside a venue's
    /// name, a capitalised word after it.
    /// Whether a capitalised word is no place, state, title or territory a list knows (a run of
    /// capitals that may be a name, or nothing).
    static func isUnlisted(_ m: Mention?) -> Bool {
        guard let m else { return true }
        if case .name = m.kind { return true }
        return false
    }

    /// A connector inside a name, before a capitalised word or before another connector that is
    /// ("Palais de la Nation", "Quinta de Olivos").
    private func isConnectorInName(_ s: AnalyzedSentence, _ j: Int, clause: Range<Int>) -> Bool {
        guard j + 1 < clause.upperBound, s.tokens[j].isListed(.nameConnector) else { return false }
        if s.tokens[j + 1].isCapitalized { return true }
        return j + 2 < clause.upperBound && s.tokens[j + 1].isListed(.nameConnector) && s.tokens[j + 2].isCapitalized
    }

    func venues(in s: AnalyzedSentence, near trigger: Int, clause: Range<Int>) -> [Candidate] {
        var out: [Candidate] = []
        for k in clause where s.tokens[k].isListed(.venuePreposition) || isPartOfVenue(s, k, clause: clause) {
            var first = k + 1
            if first < clause.upperBound, s.tokens[first].isWord(.the) { first += 1 }
            var j = first
            var last: Int?
            while j < clause.upperBound, s.tokens[j].kind == .word,
                s.tokens[j].isCapitalized || (j > first && (s.tokens[j].isWord(.of) || isConnectorInName(s, j, clause: clause))),
                // A day or month ends the venue's name: tested on bytes (`isMonthOrWeekday`, as the
                // two dictionaries answer for a lowercase word), not hashed twice a word.
                !DateExpression.isMonthOrWeekday(s.tokens[j].lower)
            {
                if s.tokens[j].isListed(.venueWord) { last = j }
                j += 1
            }
            // "at the official guest house Lindenhof": the venue's own name after its kind.
            if j == first, let named = nameAfterVenueKind(s, at: first, clause: clause) {
                out.append(
                    Candidate(
                        name: s.text(named.lowerBound, named.upperBound - 1),
                        distance: distance(named.lowerBound, named.upperBound - 1, from: trigger, in: s, clause: clause), isVenue: true,
                        first: named.lowerBound, last: named.upperBound - 1))
                continue
            }
            // "at the 'Blue Lagoon' resort": a quoted name, then the kind of venue.
            if j == first, let quoted = quotedVenueName(s, at: first, clause: clause) {
                out.append(
                    Candidate(
                        name: s.text(quoted.lowerBound, quoted.upperBound - 1),
                        distance: distance(quoted.lowerBound, quoted.upperBound - 1, from: trigger, in: s, clause: clause), isVenue: true,
                        first: quoted.lowerBound, last: quoted.upperBound - 1))
                continue
            }
            // "at Hotel InterContinental": the venue word opens the name.
            if let l = last, l == first, j - 1 > first, !s.tokens[j - 1].isWord(.of) { last = j - 1 }
            // "at the Bayan royal palace": the capitalised name, then lowercase words of the venue.
            if last == nil, j > first, let tail = venueTail(after: j - 1, in: s, clause: clause) {
                // "in the Black Sea resort city": a kind of town, described, not a venue.
                if tail + 1 < s.tokens.count, s.tokens[tail + 1].isListed(.settlementNoun) { continue }
                // "in the Crimean resort of Yalta": the town is named after "of".
                if s.tokens[tail].isListed(.settlementNoun), s.isWord(tail + 1, .of) { continue }
                last = tail
            }
            // "at the Akorda, the presidential palace": a name the apposition after it calls a venue
            // ("at Kesaranta, his official residence": the owner's word for the article).
            let calledVenue =
                last == nil && j > first && j + 2 < clause.upperBound && Token.isMark(s.tokens, j, UInt8(ascii: ","))
                && (s.tokens[j + 1].isWord(.the) || s.tokens[j + 1].isWord(.his) || s.tokens[j + 1].isWord(.her) || s.tokens[j + 1].isWord(.their))
                && Self.isUnlisted(s.mention(at: first)) && venueTail(after: j + 1, in: s, clause: clause) != nil
            if calledVenue { last = j - 1 }
            // "received B at Tashichhodzong", "called on C at the Aiwan-e-Sadr": after "at", a name
            // no list knows that ends its phrase is a building's (a town takes "in").
            if last == nil, j > first, s.tokens[k].isWord(.at), isUnlistedBuildingName(s, first: first, end: j - 1, clause: clause) {
                last = j - 1
                out.append(
                    Candidate(
                        name: s.text(first, j - 1), distance: distance(first, j - 1, from: trigger, in: s, clause: clause), isVenue: true, first: first,
                        last: j - 1))
                continue
            }
            // A venue word alone ("at the Palace") names no venue.
            guard let end = last, calledVenue || end > first || s.tokens[first].lower != s.tokens[end].lower else { continue }
            // A known place already covers it.
            if let m = s.mention(at: first), case .place = m.kind, m.last >= end { continue }
            out.append(
                Candidate(
                    name: s.text(first, end), distance: distance(first, end, from: trigger, in: s, clause: clause), isVenue: true, first: first, last: end))
        }
        return out
    }
}
