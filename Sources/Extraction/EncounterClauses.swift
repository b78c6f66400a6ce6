/// One clause of a sentence that reports an encounter: its token range and the word of meeting
/// that reports it.
struct EncounterClause: Sendable, Equatable {
    var range: Range<Int>
    /// The meeting word ("met", "talks", "received") that the clause is about.
    var trigger: Int
    /// A "that" between the clause's start and its trigger: people before it report the
    /// encounter ("X said that A met B") rather than take part.
    var complementizer: Int?
    /// Cut from the clause before it at "and" followed by a verb ("A met B and then travelled on
    /// to meet C"): the subject of the clause before is this one's too.
    var sharesSubject = false
    /// Opens after an aside on the subject that reported another encounter ("A, who met B on
    /// Monday, is due in D for talks with E"): the subject before the aside is this one's, but not
    /// the aside's day.
    var followsAside = false
}

/// Stage 1 of meeting extraction: cuts a sentence into the clauses that each report their own
/// encounter, and picks the word of meeting each clause is about, leaving out words of meeting
/// that are negated, refused, proposed or cancelled.
struct EncounterClauses: Sendable {
    /// How far before a meeting word negation, refusal or hope still governs it, in words (a name,
    /// title or state is one): the length of a verb group with its adverbs and a short subject
    /// ("has so far not been willing to meet"), or of an invitation's object and infinitive ("invited
    /// Prime Minister A B to attend the regional energy talks").
    static let voidingReach = 8
    /// How far after a meeting word a cancellation still speaks of it, in words (a name, title or
    /// state is one): a subject naming two people with their states and titles and a time ("a
    /// meeting between Peruvian President A B and Bolivian President C D planned for next week
    /// has been cancelled") runs to about fifteen.
    static let cancellingReach = 16
    /// How far after a meeting word its object may come ("received at the palace on Monday X").
    static let objectReach = 8
    /// How far a coordinated subject may stand before its verb ("A and B on Monday spoke").
    static let subjectGap = 4

    /// Words that open a sentence with a phrase of its own ("Ahead of his talks with A, B called C").
    static let openingPrepositions: WordSet = ["ahead", "after", "before", "during", "following", "prior"]
    /// Conjunctions at which a sentence reporting two encounters is cut.
    static let clauseConjunctions: WordSet = ["and", "but", "while", "whereas", ";"]

    /// The clauses of `s` that report an encounter, given the people named in it.
    func clauses(of s: AnalyzedSentence, named: [PersonMention]) -> [EncounterClause] {
        // The sentence's meeting words, found once: the split at conjunctions and the split before
        // a second "between" both read them, and each asked `isTrigger` of every token again.
        // The class bit, `isTrigger`'s first test, read in place first: most words fail it, and
        // the call copied each token.
        let triggers = (0..<s.tokens.count).filter { s.tokens[$0].classes.contains(.meetingTrigger) && isTrigger(s, $0, named: named) }
        return split(s, named: named, triggers: triggers).flatMap { Self.cutAtSemicolons(s, $0, named: named) }.flatMap {
            separateBetweenPhrases(s, $0, named: named, triggers: triggers)
        }.compactMap {
            whole in
            // (Cut here rather than in a pass of its own: a pass made one more array a sentence.)
            let range = Self.cutBeforeBackground(s, whole, named: named, triggers: triggers)
            let inClause = named.filter { range.contains($0.first) }
            guard let trigger = bestTrigger(in: s, range: range, named: inClause) else { return nil }
            let that = (range.lowerBound..<trigger).last { s.tokens[$0].isWord(.that) && !opensLedPartysClause(s, at: $0) }
            // (After "and", or after the "to" of "agreed in a call to meet", where the split cut.)
            let sharesSubject =
                range.lowerBound > 0 && (s.tokens[range.lowerBound - 1].isWord(.and) || s.tokens[range.lowerBound - 1].isWord(.to))
                && !opensNamePhrase(s, at: range.lowerBound, named: named)
            let followsAside =
                range.lowerBound > 0 && Token.isMark(s.tokens, range.lowerBound - 1, UInt8(ascii: ","))
                && triggers.contains { $0 < range.lowerBound && Self.closeOfWhoAside(s, around: $0, before: trigger) == range.lowerBound - 1 }
            return EncounterClause(range: range, trigger: trigger, complementizer: that, sharesSubject: sharesSubject, followsAside: followsAside)
        }
    }

    /// The comma that closes an aside ", who met B in C on Monday," around the meeting word `a`,
    /// when it comes before the next meeting word `b`.
    static func closeOfWhoAside(_ s: AnalyzedSentence, around a: Int, before b: Int) -> Int? {
        whoAside(s, around: a, before: b)?.upperBound
    }

    /// The aside ", who met B in C on Monday," around the meeting word `a`, from "who" (at or after
    /// `start`) to the comma that closes it before `b`, when the sentence's own verb follows that
    /// comma ("..., is due in D", "..., held talks with E"): not a clause that goes on with the
    /// aside (", where he met", ", and then, separately,"). Only "who": ", which was held in C"
    /// after a meeting noun tells the day and place of that same meeting.
    static func whoAside(_ s: AnalyzedSentence, around a: Int, before b: Int, from start: Int = 1) -> Range<Int>? {
        let first = max(start, 1)
        guard a + 1 < b, first < a,
            let open = (first..<a).last(where: { s.tokens[$0].lower == "who" }),
            Token.isMark(s.tokens, open - 1, UInt8(ascii: ",")),
            !(open..<a).contains(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }),
            let c = (a + 1..<b).first(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }), c + 1 < b,
            Self.mainVerbOpeners.contains(s.tokens[c + 1].lower) || s.tokens[c + 1].classes.contains(.meetingTrigger)
        else { return nil }
        return open..<c
    }

    /// Words that open a sentence's own verb group after an aside on its subject ("A, who met B,
    /// is due in C", "A, who met B, will hold talks with C").
    static let mainVerbOpeners: WordSet = [
        "is", "was", "are", "were", "will", "would", "shall", "can", "could", "may", "might", "has", "have", "had", "also", "then", "later",
    ]

    /// "B did not attend; A instead received C": a semicolon joins two sentences, and the first
    /// one's negation is not the second's. Only where the part before names no one: semicolons
    /// also part the items of a list of people ("A, Deputy Speaker; B, Minister of Finance; and
    /// C held talks with D"), which stays one clause.
    static func cutAtSemicolons(_ s: AnalyzedSentence, _ range: Range<Int>, named: [PersonMention]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for k in range where s.tokens[k].kind != .word && Token.isMark(s.tokens, k, UInt8(ascii: ";")) {
            guard !named.contains(where: { (start..<k).contains($0.first) }) else { continue }
            if k > start { parts.append(start..<k) }
            start = k + 1
        }
        if start < range.upperBound { parts.append(start..<range.upperBound) }
        return parts
    }

    /// "A held talks with B amid talk of a state visit by C", "The talks come as D and E trade
    /// barbs over gas": the phrase of "amid", or of "come as", after the meeting word tells
    /// the background of the encounter, whose people, place and day are not the encounter's. Cut
    /// where that phrase names someone or a meeting word of its own; a plain "amid tight
    /// security" stays.
    static func cutBeforeBackground(_ s: AnalyzedSentence, _ range: Range<Int>, named: [PersonMention], triggers: [Int]) -> Range<Int> {
        guard let first = triggers.first(where: range.contains),
            let opens = (first + 1..<range.upperBound).first(where: { opensBackground(s, $0) }),
            named.contains(where: { (opens..<range.upperBound).contains($0.first) })
                || triggers.contains(where: { (opens..<range.upperBound).contains($0) })
        else { return range }
        return range.lowerBound..<opens
    }

    /// Forms of "come" that with "as", "amid" or "after" tell when the encounter falls ("The
    /// talks come as ..."), not who took part.
    static let comingVerbs: WordSet = ["come", "comes", "came"]
    /// Words after such a verb that open the background.
    static let backgroundLinks: WordSet = ["as", "amid", "after", "against", "while"]

    /// Whether token `k` opens the background of an encounter: "amid", or a form of "come" before
    /// one of `backgroundLinks`. (Word numbers and a first byte before the strings: asked of
    /// every word after the meeting word.)
    static func opensBackground(_ s: AnalyzedSentence, _ k: Int) -> Bool {
        if s.tokens[k].isWord(.amid) { return true }
        return Token.mayBeginWith(s.tokens, k, UInt8(ascii: "c")) && comingVerbs.contains(s.tokens[k].lower)
            && s.word(k + 1).map(backgroundLinks.contains) == true
    }

    /// How many words before a meeting word "to" may stand and still open its infinitive: "to
    /// hold another summit" has two between.
    static let infinitiveReach = 3
    /// Words that may stand between "to" and a meeting noun in the infinitive of a new encounter
    /// ("to hold another summit", "to have regular talks"); any other word ("to double bilateral
    /// trade") makes the noun no encounter of the clause's people.
    static let infinitiveMeetingWords: WordSet = [
        "hold", "have", "a", "an", "another", "regular", "further", "more", "new", "fresh", "formal", "direct", "face-to-face",
    ]

    /// How far before a party noun the verb of leading it may stand: an article and two words of
    /// description ("led a high-level government delegation").
    static let partyHeadReach = 4

    /// "A led a delegation that met B": the "that" after a party its subject leads opens a
    /// relative clause whose subject is the party, A's own; it is no "that" of reported speech
    /// ("A told reporters that B met C").
    func opensLedPartysClause(_ s: AnalyzedSentence, at that: Int) -> Bool {
        guard that >= 2, MeetingPresence.parties.contains(s.tokens[that - 1].lower) else { return false }
        return (max(0, that - 1 - Self.partyHeadReach)..<that - 1).contains { s.tokens[$0].isListed(.delegationHeadVerb) && !s.isWord($0 + 1, .by) }
    }

    /// "Kono held talks with Lavrov on Monday and Abe is to have discussions with Putin on Jan. 22"
    /// is two clauses: a sentence splits at a conjunction between two meeting words when a person
    /// is named after it and before the second.
    /// `triggers`: the tokens of the sentence `isTrigger` holds, in order.
    func split(_ s: AnalyzedSentence, named: [PersonMention], triggers: [Int]) -> [Range<Int>] {
        let all = 0..<s.tokens.count
        guard triggers.count >= 2 else { return [all] }
        var cuts: [Int] = []
        if let opener = s.tokens.first, opener.isListed(.openingPreposition) || (opener.isWord(.in) && agreesAfterTheOpening(s)),
            let comma = s.tokens.firstIndex(where: { $0.isMark(UInt8(ascii: ",")) }), triggers.contains(where: { $0 < comma }),
            triggers.contains(where: { $0 > comma })
        {
            cuts.append(comma)
        }
        for (a, b) in zip(triggers, triggers.dropFirst()) {
            // "A, who met B in C on Monday, is due in D today for talks with E": the aside ends at
            // its comma, and the sentence goes on with A's other encounter.
            if let c = Self.closeOfWhoAside(s, around: a, before: b) {
                cuts.append(c)
                continue
            }
            // "A and B met on Monday and agreed to meet again": a second encounter, planned.
            // "A and B are to meet in C on June 27, followed by a meeting between D and E in
            // August": two encounters, each with its own day and place (the cut is
            // "followed", which tells the status stage the plan goes on).
            if let f = (a + 1..<b).first(where: { s.tokens[$0].isWord(.followed) && s.isWord($0 + 1, .by) }) {
                cuts.append(f)
                continue
            }
            // "A said during talks with B, that he also plans to discuss it with C": what A said
            // is a clause of its own, with its own encounter.
            if b > a + 2, let c = (a + 2..<b).first(where: { s.tokens[$0].isWord(.that) && Token.isMark(s.tokens, $0 - 1, UInt8(ascii: ",")) }) {
                cuts.append(c)
                continue
            }
            guard let person = named.last(where: { $0.first > a && $0.first < b }) else {
                // "... and agreed to meet", "... and agreed to hold another summit": "to" before
                // the second meeting word, or before its verb and determiner.
                if let to = (max(a + 1, b - Self.infinitiveReach)..<b).last(where: { s.tokens[$0].isWord(.to) }),
                    (to + 1..<b).allSatisfy({ Self.infinitiveMeetingWords.contains(s.tokens[$0].lower) }),
                    let c = (a + 1..<b).first(where: { s.tokens[$0].isWord(.and) }), !opensNamePhrase(s, at: c + 1, named: named)
                {
                    cuts.append(c)
                } else if let to = agreedInAnEncounterToMeet(s, first: a, second: b) {
                    // "A and B agreed in a phone call on Thursday to meet soon": the call, held,
                    // and the meeting agreed in it, each an encounter of its own.
                    cuts.append(to)
                }
                continue
            }
            // "A met B and then travelled on to meet C": "and" after the object, before a verb.
            // (A name run can swallow the second trigger, "Taro Kono Met": nothing lies between them.)
            if let c = (min(person.last + 1, b)..<b).first(where: { s.tokens[$0].isWord(.and) && s.mention(at: $0) == nil }),
                !opensNamePhrase(s, at: c + 1, named: named)
            {
                cuts.append(c)
                continue
            }
            // Not the "and" of "A and B met": a conjunction between a name and the next name (or
            // the role before it) joins names; followed by a verb it opens a clause.
            // ("St Vincent and the Grenadines": an "and" inside a state's name joins nothing.)
            if let c = (a + 1..<person.first).last(where: { s.tokens[$0].isListed(.clauseConjunction) && s.mention(at: $0) == nil }),
                named.allSatisfy({ !($0.first > c && $0.first < person.first) }),
                !(endsNamePhrase(s, before: c, named: named) && opensNamePhrase(s, at: c + 1, named: named))
            {
                cuts.append(c)
            }
        }
        var ranges: [Range<Int>] = []
        var start = 0
        for c in cuts.sorted() where c >= start {
            ranges.append(start..<c)
            start = c + 1
        }
        ranges.append(start..<s.tokens.count)
        return ranges
    }

    /// Verbs of agreeing on an encounter to come: "agreed in a call to meet".
    static let agreeingVerbs: WordSet = ["agreed", "decided", "promised", "pledged", "vowed", "resolved"]
    /// How far before the first meeting word the verb of agreeing may stand: "agreed in a
    /// telephone call", "agreed during their video call".
    static let agreeingReach = 5

    /// "In a phone call on Thursday, A and B agreed to meet": a verb of agreeing after the opening
    /// phrase's comma, with the infinitive it agrees on.
    func agreesAfterTheOpening(_ s: AnalyzedSentence) -> Bool {
        guard let comma = s.tokens.firstIndex(where: { $0.isMark(UInt8(ascii: ",")) }) else { return false }
        return (comma + 1..<s.tokens.count).contains { k in
            Self.agreeingVerbs.contains(s.tokens[k].lower) && s.isWord(k + 1, .to)
        }
    }

    /// "A and B agreed in a phone call to meet": the call its subject held, named by no object
    /// after it, in which the verb of agreeing before it was said. A new call ("a call"): "agreed
    /// during the call" tells again the call reported before.
    static func isEncounterAgreedIn(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        guard i >= 2, s.tokens[i - 1].isWord(.a) || (s.tokens[i - 1].isListed(.callWord) && s.isWord(i - 2, .a)) else { return false }
        guard let opening = (max(0, i - Self.agreeingReach)..<i).last(where: { s.tokens[$0].isWord(.in) || s.tokens[$0].isWord(.during) }),
            opening >= 1, agreeingVerbs.contains(s.tokens[opening - 1].lower)
        else { return false }
        return true
    }

    /// The "to" of "agreed in a phone call on Thursday to meet soon": the first meeting word `a` is
    /// the encounter in which they agreed (its verb of agreeing shortly before it), and the
    /// second, `b`, is the infinitive agreed on. Nil for any other pair of meeting words.
    func agreedInAnEncounterToMeet(_ s: AnalyzedSentence, first a: Int, second b: Int) -> Int? {
        guard let to = (max(a + 1, b - Self.infinitiveReach)..<b).last(where: { s.tokens[$0].isWord(.to) }),
            (to + 1..<b).allSatisfy({ Self.infinitiveMeetingWords.contains(s.tokens[$0].lower) }),
            Self.isEncounterAgreedIn(s, a),
            !(a + 1..<to).contains(where: { s.tokens[$0].isListed(.speechVerb) || s.tokens[$0].isWord(.and) })
        else { return nil }
        return to
    }

    /// "A and B held talks to prepare an upcoming meeting between C and D": a later meeting noun
    /// with people of its own after "between" is another encounter, cut off from the first.
    /// `sentenceTriggers`: the tokens of the whole sentence `isTrigger` holds, in order.
    func separateBetweenPhrases(_ s: AnalyzedSentence, _ range: Range<Int>, named: [PersonMention], triggers sentenceTriggers: [Int]) -> [Range<Int>] {
        let triggers = sentenceTriggers.filter { range.contains($0) }
        guard let first = triggers.first else { return [range] }
        guard
            let later = triggers.dropFirst().first(where: { t in
                s.isWord(t + 1, .between) && named.contains { $0.first > t + 1 && $0.first <= t + Self.objectReach }
                    && named.contains { $0.first < t && range.contains($0.first) } && t > first
            })
        else { return [range] }
        // The cut goes before the words that qualify the later meeting ("an upcoming meeting").
        var cut = later
        while cut > first + 1, !["to", ",", "at", "for", "on", "of", "about", "ahead", "before", "after"].contains(s.tokens[cut - 1].lower) { cut -= 1 }
        return [range.lowerBound..<cut, cut..<range.upperBound]
    }

    /// Whether a person's name ends right before token `c`, alone or with the state it serves
    /// after it ("President A of Canada and Prime Minister B"): then an "and" at `c` joins names.
    func endsNamePhrase(_ s: AnalyzedSentence, before c: Int, named: [PersonMention]) -> Bool {
        var k = c - 1
        // "B, chairman of the Caribbean Community, and C": a role set off by commas after a name.
        if k >= 0, Token.isMark(s.tokens, k, UInt8(ascii: ",")), let role = appositiveStart(s, endingBefore: k), named.contains(where: { $0.last == role - 2 })
        {
            return true
        }
        // "the President of Latvia, A, and": a name set off by commas after its role.
        if k >= 1, Token.isMark(s.tokens, k, UInt8(ascii: ",")), named.contains(where: { $0.last == k - 1 }) { return true }
        if let state = s.mention(endingAt: k), state.countryCode != nil, state.first >= 2 {
            k = state.first - 1
            if s.tokens[k].isWord(.the) { k -= 1 }
            guard k >= 1, s.tokens[k].isWord(.of) else { return false }
            k -= 1
        }
        return named.contains { $0.last == k }
    }

    /// The longest role set off by commas after a name that still joins a list: "chairman of
    /// the Caribbean Community", "the host of this year's summit".
    static let appositiveReach = 8

    /// The first token of a role set off by commas that ends right before the comma at `comma`
    /// and opens with a title ("chairman of ...", "the current chair of ..."), after ", ".
    func appositiveStart(_ s: AnalyzedSentence, endingBefore comma: Int) -> Int? {
        var k = comma - 1
        while k >= 1, comma - k <= Self.appositiveReach, !Token.isMark(s.tokens, k, UInt8(ascii: ",")) {
            k -= 1
        }
        guard k >= 1, Token.isMark(s.tokens, k, UInt8(ascii: ",")), k + 1 < comma else { return nil }
        var start = k + 1
        if s.tokens[start].isWord(.the) || s.word(start) == "current" { start += 1 }
        guard let m = s.mention(at: start), m.first == start, m.isTitle else { return nil }
        return k + 1
    }

    /// Lowercase words that open a person's phrase ("the", "his", "mr").
    static let namePhraseOpeners: WordSet = ["the", "his", "her", "their", "its", "mr", "mrs", "ms", "dr"]

    /// Whether a person's name, or the role or state written before one, begins at token `k`.
    func opensNamePhrase(_ s: AnalyzedSentence, at k: Int, named: [PersonMention]) -> Bool {
        guard k < s.tokens.count else { return false }
        if named.contains(where: { $0.first == k }) { return true }
        if let m = s.mention(at: k), m.first == k, m.isTitle || m.countryCode != nil || m.isName { return true }
        return s.tokens[k].isListed(.namePhraseOpener) || s.tokens[k].isCapitalized
    }

    /// Nouns after a meeting word that make it an event of the press ("news conference").
    static let pressEventNouns: WordSet = ["conference", "briefing", "interview"]
    /// Words before a meeting word that make it an event of the press ("press briefing").
    static let pressWords: WordSet = ["press", "news"]

    /// Verbs of exchanging, an encounter only in "exchanged views with B".
    static let exchangingVerbs: WordSet = ["exchanged", "exchanges", "exchanging"]
    /// What two people exchange when they meet or call: their views.
    static let exchangedOpinions: WordSet = ["views", "opinions", "ideas"]

    /// Nouns of a trade in visits or meetings: "the exchange of high-level meetings".
    static let exchangeNouns: WordSet = ["exchange", "exchanges"]

    /// How many words may stand between a verb of intensifying and the meeting noun it takes:
    /// "step up dialogue and consultations", "strengthen high-level exchanges and meetings".
    static let intensifiedContactReach = 6

    /// "agreed to increase consultations", "to strengthen high-level exchanges and meetings": the
    /// meeting noun at `i` is a kind of contact to have more of, the object of a verb of
    /// intensifying (or of "the exchange of") with only lowercase words, hyphens, "and" and
    /// commas between; no encounter.
    static func isContactToIntensify(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= intensifiedContactReach {
            let w = s.tokens[k]
            if w.kind == .word {
                if w.isCapitalized { return false }
                // "valued the exchange of high-level meetings": visits traded over the years.
                if w.isWord(.of), k >= 1, Self.exchangeNouns.contains(s.tokens[k - 1].lower) { return true }
                if WordLists.contactIntensifying.contains(w.lower) {
                    // "step up": the verb only with its particle.
                    return w.lower.hasPrefix("step") ? s.word(k + 1) == "up" : true
                }
            } else if !Token.isMark(s.tokens, k, UInt8(ascii: "-")) && !Token.isMark(s.tokens, k, UInt8(ascii: ",")) {
                return false
            }
            k -= 1
        }
        return false
    }

    /// Words before a meeting word that make it a verb: a modal or a form of "be" ("will see",
    /// "is meeting").
    static let verbLeads: WordSet = ["will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was", "were", "be", "been"]

    /// "The summit elected A and B as chair and deputy chair", "the meeting also urged A to sign":
    /// a meeting noun as the subject of a verb of deciding (gathering-decisions.txt), past one
    /// adverb at most; the people named after it are its choice, not an encounter.
    static func isGatheringThatDecides(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        // "to meet newly elected President B", "will see the newly appointed envoy": the verb of
        // meeting, whose object the participle describes; only a gathering's noun decides.
        if s.tokens[i].isWord(.met) || s.tokens[i].isWord(.meet) || s.tokens[i].isWord(.meets) { return false }
        if i >= 1, s.tokens[i - 1].isWord(.to) || Self.verbLeads.contains(s.tokens[i - 1].lower) { return false }
        var k = i + 1
        guard k < s.tokens.count, s.tokens[k].kind == .word, !s.tokens[k].isCapitalized else { return false }
        // A bit of the word's classes, not a string hashed: asked after every meeting word.
        if s.tokens[k].classes.contains(.gatheringDecision) { return true }
        k += 1
        guard k < s.tokens.count, s.tokens[k].classes.contains(.gatheringDecision) else { return false }
        return s.tokens[k - 1].lower.hasSuffix("ly") || s.tokens[k - 1].lower == "also"
    }

    /// Whether token `i` reports an encounter in this sentence.
    func isTrigger(_ s: AnalyzedSentence, _ i: Int, named: [PersonMention]) -> Bool {
        let t = s.tokens[i]
        guard t.classes.contains(.meetingTrigger) else { return false }
        // "The summit's opening ceremony featured speeches by A and B": the possessive names what
        // the thing after it belongs to, not an encounter of the people.
        if t.isPossessive { return false }
        if t.isListed(.triggerNeedingObject) && !hasObject(s, after: i, named: named) && !Self.isToldAgainAsTakingPlace(s, i)
            && !Self.isEncounterAgreedIn(s, i)
        {
            return false
        }
        // "the host country's president B", "the host nation's leader": after a determiner and
        // before a lowercase noun, "host" says which country, not that anyone hosts the person
        // named next ("The host, B, was joined by ..." still tells who received the guests).
        if t.mayBeginWith(UInt8(ascii: "h")), Self.hostNouns.contains(t.lower), i >= 1, s.tokens[i - 1].isListed(.subjectlessDeterminer),
            i + 1 < s.tokens.count, s.tokens[i + 1].kind == .word, !s.tokens[i + 1].isCapitalized
        {
            return false
        }
        // "Talking to B, A said": "talking" reports an encounter only as the participle opening a
        // sentence; "have been talking for hours" is told with the day and place of another report.
        if i > 0, t.mayBeginWith(UInt8(ascii: "t")), t.lower == "talking" { return false }
        // "presented his credentials to B": an audience only when handed "to" someone ("her
        // reform credentials" are a record).
        if t.mayBeginWith(UInt8(ascii: "c")), t.lower == "credentials" || t.lower == "credence", !s.isWord(i + 1, .to) { return false }
        // "the national dialogue led by B": a country's own political process, not talks of
        // the people near it.
        if i >= 1, t.mayBeginWith(UInt8(ascii: "d")), t.lower == "dialogue", s.tokens[i - 1].lower == "national" { return false }
        // "is visiting B", "the envoys visiting B are ...": a verb with a person after it. "the
        // visiting minister B" and "Visiting B's capital, ..." describe a guest or a trip instead.
        if t.mayBeginWith(UInt8(ascii: "v")), t.lower == "visiting", !Self.isVisitingAsVerb(s, i) { return false }
        // "is scheduled to see B", "hopes to see B": "see" meets someone only as a plan's
        // infinitive ("voters see B as" does not).
        if t.mayBeginWith(UInt8(ascii: "s")) && t.lower == "see" && !s.isWord(i - 1, .to) { return false }
        // "promised to meet that request", "met all the targets": meeting a thing, not a person.
        if t.mayBeginWith(UInt8(ascii: "m")), t.isWord(.meet) || t.isWord(.met) || t.isWord(.meets) || t.isWord(.meeting), Self.meetsAThing(s, after: i) {
            return false
        }
        // "paid a courtesy call on the president" is a visit in person, not a phone call.
        // "called on the president", "was called upon by the envoy", "will call on the premier": a
        // courtesy visit, not a name; "called on B to resign" is a demand.
        // The literal words below are compared only for a word that may begin with their letter
        // (`mayBeginWith`): each comparison of strings that differ is a call, and these ran for
        // every meeting word of every clause.
        let c = t.mayBeginWith(UInt8(ascii: "c"))
        if c && (t.isWord(.call) || t.isWord(.called)), let on = Self.callingOn(s, after: i) {
            if Self.isDemand(s, on: on, named: named) { return false }
        } else if c && t.isWord(.call) && !Self.isCallWord(s, i) && !s.isWord(i - 1, .courtesy) && !Self.isCallingVerb(s, i, named: named) {
            return false
        } else if c && t.isWord(.called) && !Self.isCallingVerb(s, i, named: named) {
            return false
        } else if c && t.isWord(.calls) && !Self.isPluralCallNoun(s, i) {
            return false
        }
        if !t.isListed(.encounterVerb), Self.isContactToIntensify(s, i) { return false }
        if Self.isGatheringThatDecides(s, i) { return false }
        // "A was greeted by B as he stepped off the plane": greeted in person; the active "A
        // greeted B" as often conveys greetings ("greeted the leader with the greetings of C").
        if t.mayBeginWith(UInt8(ascii: "g")), t.lower.hasPrefix("greet"), !s.isWord(i + 1, .by), passiveAgentBy(s, after: i) == nil { return false }
        // "After being welcomed with state honours, A met B", "where he was received with a gun
        // salute": a welcome in the passive "with" its ceremony and with no host after "by" is
        // the ceremony, and names no one met. ("He was received at the palace" may still be the
        // report of a host told before.)
        if s.isWord(i + 1, .with), i >= 1, Self.passiveAuxiliaries.contains(s.tokens[i - 1].lower), Self.passiveWelcomes.contains(t.lower),
            passiveAgentBy(s, after: i) == nil
        {
            return false
        }
        let sWord = t.mayBeginWith(UInt8(ascii: "s"))
        // "held a working session with B"; a session of parliament or of a conference is no encounter.
        if sWord && (t.isWord(.session) || t.isWord(.sessions)) && !s.isWord(i + 1, .with) { return false }
        // "exchanged views with B": an encounter only with its object of opinions and a partner
        // ("exchanged fire", "exchanged letters", "exchanged views on the region" are not one);
        // "exchanged with B", a partner and no object, is a conversation too (as translations
        // from French write it).
        if t.mayBeginWith(UInt8(ascii: "e")), Self.exchangingVerbs.contains(t.lower),
            !(s.word(i + 1).map(Self.exchangedOpinions.contains) == true && s.isWord(i + 2, .with)),
            !s.isWord(i + 1, .with) || Self.addressesThePress(s, after: i)
        {
            return false
        }
        if (sWord && t.isWord(.shook) && !s.isWord(i + 1, .hands)) || (t.isListed(.sittingWord) && !s.isWord(i + 1, .down)) { return false }
        // "held a video conference with A": a conference is an encounter only as a call.
        if c && t.isWord(.conference), !(i >= 1 && s.tokens[i - 1].isListed(.callWord)) { return false }
        // "with A in the audience": among the listeners, not received in audience.
        if t.mayBeginWith(UInt8(ascii: "a")) && t.isWord(.audience), i >= 2, s.tokens[i - 1].isWord(.the), s.tokens[i - 2].isWord(.in) {
            return false
        }
        // "A spoke about B at a rally": B is the topic, not the one spoken to.
        if t.isListed(.speakingVerb), ["about", "of"].contains(s.word(i + 1) ?? "") { return false }
        // "A spoke to reporters about B", "talked with the media": a word to the press.
        if t.isListed(.speakingVerb), Self.addressesThePress(s, after: i) { return false }
        if t.mayBeginWith(UInt8(ascii: "b")), t.lower == "bilateral", Self.isAdjectiveBeforeItsNoun(s, i) { return false }
        // "the Second Joint Consultation opened in C": a round of talks named as such, in
        // capitals inside the sentence; "in consultation with B" or "after consultation with the
        // partners" is a way of deciding, not an encounter.
        if c, t.lower == "consultation", !(t.isCapitalized && i >= 1) { return false }
        // A news conference, a press briefing: not an encounter between the people named.
        if (i + 1 < s.tokens.count && s.tokens[i + 1].isListed(.pressEventNoun)) || (i >= 1 && s.tokens[i - 1].isListed(.pressWord)) { return false }
        return true
    }

    /// Words after "bilateral" that leave it a noun, the meeting itself: "held a bilateral with
    /// B", "a bilateral on the sidelines", "the bilateral was held in Osaka".
    static let afterBilateralNoun: WordSet = [
        "with", "on", "at", "in", "between", "during", "after", "before", "and", "or", "of", "was", "is", "will", "took", "had",
        "has", "lasted", "held",
    ]

    /// "to raise bilateral commerce", "boost bilateral ties": "bilateral" before a
    /// noun that is no meeting word is the adjective of trade or relations, not a meeting. Before
    /// a meeting word ("bilateral talks") that word reports the encounter itself.
    static func isAdjectiveBeforeItsNoun(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        guard i + 1 < s.tokens.count, s.tokens[i + 1].kind == .word, !s.tokens[i + 1].isCapitalized else { return false }
        return !s.tokens[i + 1].classes.contains(.meetingTrigger) && !afterBilateralNoun.contains(s.tokens[i + 1].lower)
    }

    /// Forms of "host" that are nouns as well as verbs.
    static let hostNouns: WordSet = ["host", "hosts"]

    /// Verbs after an encounter's noun that say when or where it happened: "The call took place
    /// on Tuesday", "The discussion was held at the palace".
    static let happeningVerbs: WordSet = ["took", "takes", "was", "lasted", "happened", "came"]

    /// "The call took place on Tuesday", "The phone call was held after ...": a noun of encounter
    /// that needs an object as a verb ("call B") is, after "the" and before a verb of happening,
    /// the encounter just reported, told again with its day or place.
    static func isToldAgainAsTakingPlace(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        guard i + 1 < s.tokens.count, happeningVerbs.contains(s.tokens[i + 1].lower) else { return false }
        var k = i - 1
        // "the phone call": a word of calling between the article and the noun.
        if k >= 0, s.tokens[k].isListed(.callWord) { k -= 1 }
        guard k >= 0, s.tokens[k].isWord(.the) else { return false }
        // "took place", "was held": the second word of the verb when the first is "took" or "was".
        switch s.tokens[i + 1].lower {
        case "took", "takes": return s.word(i + 2) == "place"
        case "was": return s.word(i + 2) == "held"
        default: return true
        }
    }

    /// Adverbs that may stand between "called" and "on": "called first on B", "called briefly on B".
    static let callingOnAdverbs: WordSet = ["first", "briefly", "later", "then", "also", "separately", "formally", "again"]

    /// Where "on" or "upon" stands after "call" at `i`, right after it or past one adverb ("called
    /// first on B"); nil where it does not.
    static func callingOn(_ s: AnalyzedSentence, after i: Int) -> Int? {
        var k = i + 1
        if callingOnAdverbs.contains(s.word(k) ?? "") { k += 1 }
        return ["on", "upon"].contains(s.word(k) ?? "") ? k : nil
    }

    /// "called on B to resign", "called upon the president to step down": a named person after
    /// "on" (past a title, a state or a courtesy title), then "to" and a verb that is no purpose
    /// of a visit.
    static func isDemand(_ s: AnalyzedSentence, on k: Int, named: [PersonMention]) -> Bool {
        let j = Self.pastRole(from: k + 1, in: s)
        guard let person = named.first(where: { $0.first <= j && j <= $0.last }) else { return isDemandOnOthers(s, from: j, named: named) }
        let to = person.last + 1
        guard s.isWord(to, .to), let verb = s.word(to + 1) else { return false }
        return !WordLists.callingOnPurposes.contains(verb)
    }

    /// How many words the ones called upon may run to before "to": "the international community
    /// and the donors", short of another clause.
    static let demandObjectReach = 6

    /// "called on Europe to help", "called on all sides to show restraint": no one named after
    /// "on", and "to" with a verb that is no purpose of a visit within a few words, without a
    /// comma or a name between: a demand of states or groups, no courtesy call.
    static func isDemandOnOthers(_ s: AnalyzedSentence, from j: Int, named: [PersonMention]) -> Bool {
        guard !namesATime(s, at: j) else { return false }
        var k = j
        while k < s.tokens.count, s.words(from: j, to: k) <= demandObjectReach {
            if Token.isMark(s.tokens, k, UInt8(ascii: ",")) || named.contains(where: { $0.first <= k && k <= $0.last }) { return false }
            if s.tokens[k].isWord(.to) {
                guard let verb = s.word(k + 1), k + 1 < s.tokens.count, !s.tokens[k + 1].isCapitalized else { return false }
                return !WordLists.callingOnPurposes.contains(verb)
            }
            k += 1
        }
        return false
    }

    /// Determiners that may open a time after "on": "on the same day", "on that morning".
    static let timeDeterminers: WordSet = ["the", "that", "this"]
    /// Words after "the" or "that" that make "on" a preposition of time: "a call on the same day".
    static let timeAfterDeterminer: WordSet = ["same", "following", "next", "previous", "eve", "day", "morning", "afternoon", "evening", "night", "sidelines"]

    /// "agreed in a telephone call on Monday to keep ...": "on" opens a time, not the ones called
    /// upon.
    static func namesATime(_ s: AnalyzedSentence, at j: Int) -> Bool {
        guard let w = s.word(j) else { return true }
        if DateExpression.weekdays[w] != nil || DateExpression.months[w] != nil || w.first?.isNumber == true { return true }
        return timeDeterminers.contains(w) && s.word(j + 1).map(timeAfterDeterminer.contains) == true
    }

    /// The first token from `k` past the titles, states and courtesy titles before a person's
    /// name ("called on Kenyan President A", "called H.E. A").
    static func pastRole(from k: Int, in s: AnalyzedSentence) -> Int {
        var j = k
        while let m = s.mention(at: j), m.first == j, m.isTitle || m.countryCode != nil || m.kind.isHonorific { j = m.last + 1 }
        return j
    }

    /// The first token from `k` past a counterpart phrase and the roles around it ("called his
    /// American counterpart A", "called her Kenyan counterpart, President A"), else past the
    /// roles alone (`pastRole`).
    static func pastCounterpart(from k: Int, in s: AnalyzedSentence) -> Int {
        guard ["his", "her", "their"].contains(s.word(k) ?? "") else { return pastRole(from: k, in: s) }
        var j = pastRole(from: k + 1, in: s)
        guard j < s.tokens.count, s.tokens[j].isListed(.counterpartWord) else { return k }
        j += 1
        if s.word(j) == "," { j += 1 }
        return pastRole(from: j, in: s)
    }

    /// The first token of the titles, states and courtesy titles written right before the name
    /// that begins at token `first` ("from Kenyan President A"), or `first` when there are none.
    static func roleStart(before first: Int, in s: AnalyzedSentence) -> Int {
        var j = first
        while j >= 1, let m = s.mention(endingAt: j - 1), m.isTitle || m.countryCode != nil || m.kind.isHonorific { j = m.first }
        return j
    }

    /// "to reporters", "with the media", "to local journalists": the press as the audience of
    /// a verb of speaking at `i` (up to one word between the article and the noun).
    static func addressesThePress(_ s: AnalyzedSentence, after i: Int) -> Bool {
        guard ["to", "with"].contains(s.word(i + 1) ?? "") else { return false }
        var k = i + 2
        if s.isWord(k, .the) { k += 1 }
        return WordLists.pressAudiences.contains(s.word(k) ?? "") || WordLists.pressAudiences.contains(s.word(k + 1) ?? "")
    }

    /// Forms of "sit" that report an encounter only with "down" ("sat down with A").
    static let sittingWords: WordSet = ["sat", "sit", "sits", "sitting"]

    /// Meeting words that are verbs of speaking: with "about" or "of" after them, what follows is
    /// a topic.
    static let verbsOfSpeaking: WordSet = ["spoke", "speak", "speaks", "speaking", "talked", "talking"]

    /// Whether token `k` says the encounter was by phone or video. "calls" the verb ("which Japan
    /// calls the Northern Territories") does not.
    /// Whether `isCallWord` or `isCallingVerb` may hold of token `k`: only a listed call word or a
    /// word that may begin with "c" ("call", "calls", "called") can be either.
    @inline(__always) static func mayBeCall(_ s: AnalyzedSentence, _ k: Int) -> Bool {
        s.tokens[k].isListed(.callWord) || Token.mayBeginWith(s.tokens, k, UInt8(ascii: "c"))
    }

    /// Call words that describe a noun ("video call", "virtual summit") or a means ("by video"):
    /// standing alone ("... border talks. video", a page's label for its clip) they say nothing.
    static let describingCallWords: WordSet = ["video", "virtual", "online"]
    /// Words before a describing call word that make it the means: "by video", "via video link".
    static let callMeansWords: WordSet = ["by", "via", "over", "through"]

    static func isCallWord(_ s: AnalyzedSentence, _ k: Int) -> Bool {
        if s.tokens[k].isListed(.callWord) {
            guard describingCallWords.contains(s.tokens[k].lower) else { return true }
            let describes = k + 1 < s.tokens.count && s.tokens[k + 1].kind == .word && !s.tokens[k + 1].isCapitalized
            // "the two met online": right after the meeting word, the means too.
            return describes || (k >= 1 && callMeansWords.contains(s.tokens[k - 1].lower))
                || (k >= 1 && s.tokens[k].lower == "online" && s.tokens[k - 1].classes.contains(.meetingTrigger))
        }
        // Asked of every word of a clause: a word that cannot begin with "c" is turned away on a byte.
        guard Token.mayBeginWith(s.tokens, k, UInt8(ascii: "c")) else { return false }
        let w = s.tokens[k].lower
        guard w == "call" || w == "calls" else { return false }
        let before = k > 0 ? s.tokens[k - 1].lower : ""
        let after = k + 1 < s.tokens.count ? s.tokens[k + 1].lower : ""
        return ["a", "the", "phone", "telephone", "video", "their", "his", "her"].contains(before) || (w == "call" && after == "with")
    }

    /// "paid courtesy calls on A and B", "held phone calls with A and B": "calls" reports
    /// encounters only as a noun, after "courtesy" or a word of calling ("calls for a ceasefire",
    /// "calls on B to resign" are the verb).
    static func isPluralCallNoun(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        i >= 1 && (s.isWord(i - 1, .courtesy) || s.tokens[i - 1].isListed(.callWord))
    }

    /// Forms of "call" that, with a person right after them, telephone that person. An array, not
    /// a set: the test is made of every word of a clause, and comparing two words costs a fraction
    /// of hashing one.
    static let callingVerbs = ["call", "called"]
    /// Words after "called B" that make the verb one of naming ("called B a liar", "called B
    /// the architect of the deal", "called B 'a friend'").
    static let namingContinuations: WordSet = ["a", "an", "the", "his", "her", "their", "its", "one", "\"", "“", "'", "‘"]

    /// "A called B on Saturday", "the first leader to call B after the vote": "call" with a person
    /// right after it (past a title or a state) is a telephone call.
    static func isCallingVerb(_ s: AnalyzedSentence, _ i: Int, named: [PersonMention]) -> Bool {
        // Asked of every word of a clause: a word that cannot begin with "c" is turned away on a byte.
        guard Token.mayBeginWith(s.tokens, i, UInt8(ascii: "c")), callingVerbs.contains(s.tokens[i].lower) else { return false }
        let k = Self.pastCounterpart(from: i + 1, in: s)
        // "called him on Saturday": the person is named in a sentence before.
        let objectEnd = ["him", "her"].contains(s.word(k) ?? "") ? k : named.first(where: { $0.first <= k && k <= $0.last })?.last
        guard let last = objectEnd else { return false }
        guard let next = s.word(last + 1) else { return true }
        return !namingContinuations.contains(next)
    }

    /// The trigger of a clause: its first verb of encounter that is not voided, else (when it has
    /// no verb of encounter at all) its first unvoided meeting word of any kind.
    func bestTrigger(in s: AnalyzedSentence, range: Range<Int>, named: [PersonMention]) -> Int? {
        let verbs = range.filter {
            s.tokens[$0].classes.contains(.meetingTrigger) && s.tokens[$0].isListed(.encounterVerb) && isTrigger(s, $0, named: named)
        }
        if let verb = firstUnvoided(in: s, range: range, candidates: verbs, named: named) { return verb }
        // "A is not expected to meet B at the summit": the verb is negated, and the summit is
        // only where it would have been.
        if !verbs.isEmpty { return nil }
        // "On the margins of the summit, A had bilateral meetings with B and C": the gathering
        // of a fronted phrase is where; meetings in the plural after its comma are the
        // encounters, one with each guest. (A meeting in the singular there, "Hu and Putin held
        // a separate meeting", is read as before.)
        if let comma = Self.frontedPhraseEnd(s, range: range, named: named),
            let after = firstUnvoided(
                in: s, range: range, candidates: (comma + 1..<range.upperBound).filter { Self.pluralMeetingNouns.contains(s.tokens[$0].lower) }, named: named)
        {
            return after
        }
        guard var first = firstUnvoided(in: s, range: range, candidates: Array(range), named: named) else { return nil }
        // "'We had good talks,' A said after meeting B": the meeting word of the speaker's own
        // words in an opening quotation names no one; the one after the quotation does.
        if let close = Self.closeOfOpeningQuote(s, range: range), first < close, !named.contains(where: { (range.lowerBound..<close).contains($0.first) }),
            let after = firstUnvoided(in: s, range: range, candidates: Array(close + 1..<range.upperBound), named: named)
        {
            first = after
        }
        // "A, bound for a forum in C, called off his talks with B": with the meeting
        // called off, the gathering is only where A was going, not an encounter with B.
        if GatheringPlaces.isGatheringNoun(s.tokens, first), range.contains(where: { $0 != first && isVoidedTrigger(s, $0, range: range, named: named) }) {
            return nil
        }
        // "Aides kept up their discussions in a bid to arrange a summit between A and B": the
        // people named only after a later meeting word that is voided are that one's, and it
        // names no one else.
        // (Only the words between the meeting word and the first person named are searched.)
        if let firstNamed = named.lazy.map(\.first).filter({ range.contains($0) }).min(), firstNamed > first + 1,
            (first + 1..<firstNamed).contains(where: { isVoidedTrigger(s, $0, range: range, named: named) })
        {
            return nil
        }
        return first
    }

    /// The quotation mark that closes a quotation opening the clause ("'We had good talks,' A
    /// said").
    static func closeOfOpeningQuote(_ s: AnalyzedSentence, range: Range<Int>) -> Int? {
        guard !range.isEmpty, s.tokens[range.lowerBound].kind == .punctuation, MentionTagger.quoteMarks.contains(s.tokens[range.lowerBound].text)
        else { return nil }
        return (range.lowerBound + 1..<range.upperBound).first {
            s.tokens[$0].kind == .punctuation && MentionTagger.quoteMarks.contains(s.tokens[$0].text)
        }
    }

    /// A meeting word at `k` that a word of negation, refusal or aim unmakes.
    func isVoidedTrigger(_ s: AnalyzedSentence, _ k: Int, range: Range<Int>, named: [PersonMention]) -> Bool {
        s.tokens[k].classes.contains(.meetingTrigger) && isTrigger(s, k, named: named) && isVoided(s, k, range: range)
    }

    /// Meeting nouns in the plural that list encounters one by one: "bilateral meetings with B and C".
    static let pluralMeetingNouns: WordSet = ["meetings", "bilaterals"]
    /// Prepositions that open a fronted phrase of setting: "On the margins of the summit,".
    static let settingOpeners: WordSet = ["on", "at", "in", "during", "after", "before", "following", "ahead", "amid"]
    /// The most words such a phrase holds before its comma.
    static let frontedPhraseReach = 10

    /// The comma that closes a phrase of setting opening the clause, with no one named in it.
    static func frontedPhraseEnd(_ s: AnalyzedSentence, range: Range<Int>, named: [PersonMention]) -> Int? {
        guard range.lowerBound == 0, !s.tokens.isEmpty, settingOpeners.contains(s.tokens[0].lower),
            let comma = (1..<min(range.upperBound, frontedPhraseReach + 1)).first(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }),
            !named.contains(where: { $0.first < comma })
        else { return nil }
        return comma
    }

    func firstUnvoided(in s: AnalyzedSentence, range: Range<Int>, candidates: [Int], named: [PersonMention]) -> Int? {
        for i in candidates where isTrigger(s, i, named: named) && !isVoided(s, i, range: range) {
            return i
        }
        return nil
    }

    /// Negation, refusal, a proposal or hope before the meeting word, or a cancellation after it.
    func isVoided(_ s: AnalyzedSentence, _ i: Int, range: Range<Int>) -> Bool {
        let before = s.start(before: i, words: Self.voidingReach, limit: range.lowerBound)..<i
        if before.contains(where: { voids(s, $0) && !Self.standsInClosedAside(s, $0, before: i) }) { return true }
        // "There is talk of a meeting with A", "amid talk of a state visit by A": the meeting as a topic
        // of rumour (guidelines: a hope), and "talk of" itself no encounter.
        if (before.lowerBound...i).contains(where: { k in
            s.tokens[k].isWord(.talk) && s.isWord(k + 1, .of)
        }) {
            return true
        }
        // "called for talks with B": a demand, not a meeting.
        if before.contains(where: { k in s.tokens[k].isListed(.demandVerb) && s.isWord(k + 1, .for) }) { return true }
        // "is ruling out talks with B", "rules out a meeting": a refusal (not "the ruling
        // party's leader met B": only with "out").
        // (The first byte before the strings: asked of every word before every meeting word.)
        if before.contains(where: { k in
            Token.mayBeginWith(s.tokens, k, UInt8(ascii: "r")) && Self.rulingOutVerbs.contains(s.tokens[k].lower) && s.word(k + 1) == "out"
        }) {
            return true
        }
        // "in a bid to set up a summit of A and B", "aides are working to arrange
        // talks": the meeting an aim is for, not one held or set (guidelines: a hope).
        if before.contains(where: { k in
            s.isWord(k + 1, .to) && Self.aimWords.contains(s.tokens[k].lower) && k + 2 < i && Self.arrangingVerbs.contains(s.tokens[k + 2].lower)
                && !(k + 3..<i).contains { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) || s.tokens[$0].isWord(.and) }
        }) {
            return true
        }
        var after = i + 1..<s.end(after: i, words: Self.cancellingReach, limit: range.upperBound)
        // "A spoke with B on Monday, a day after he called off his visit": a cancellation in a
        // clause of time after the meeting word is of another event.
        if let conjunction = after.first(where: { Self.opensOtherEventClause(s, $0) }) { after = after.lowerBound..<conjunction }
        if after.contains(where: { s.tokens[$0].isListed(.cancelling) }) { return true }
        // "Their hosts, A and B, did not take part in the talks": presence denied after the
        // meeting word.
        if after.contains(where: { deniesPresence(s, at: $0) }) { return true }
        // "his meeting with B was just a matter of time": a hope, not a meeting (guidelines).
        // (The first byte before the string: asked of every word after every meeting word.)
        if after.contains(where: { k in
            Token.mayBeginWith(s.tokens, k, UInt8(ascii: "m")) && s.tokens[k].lower == "matter" && s.isWord(k + 1, .of) && s.word(k + 2) == "time"
        }) {
            return true
        }
        // "A would meet B only if ...": a condition, not a plan.
        if before.contains(where: { s.tokens[$0].isWord(.would) }), after.contains(where: { (s.tokens[$0].isWord(.if) || s.tokens[$0].isWord(.unless)) }) {
            return true
        }
        return after.dropLast().contains { Self.opensCancellingPair(s.tokens[$0]) && Self.cancellingPairs[s.tokens[$0].lower] == s.tokens[$0 + 1].lower }
    }

    /// Words of being at an encounter that a negation just before denies: "did not take part",
    /// "was not present", "did not attend", "never joined".
    static let presenceVerbs: WordSet = ["part", "present", "attend", "attended", "join", "joined"]
    /// How many words may stand from the negation to the word of presence: "did not take part".
    static let deniedPresenceReach = 2

    func deniesPresence(_ s: AnalyzedSentence, at k: Int) -> Bool {
        // The first byte before the string ("not", "never", "n't"): asked of every word after
        // every meeting word.
        guard Token.mayBeginWith(s.tokens, k, UInt8(ascii: "n")), MeetingPresence.negations.contains(s.tokens[k].lower) else { return false }
        return (k + 1...k + Self.deniedPresenceReach).contains { s.word($0).map(Self.presenceVerbs.contains) == true }
    }

    /// "A, who rejected the reports, met B": a word inside a relative aside closed by its comma
    /// before the meeting word speaks of the aside's own verb, not of the meeting.
    static func standsInClosedAside(_ s: AnalyzedSentence, _ k: Int, before i: Int) -> Bool {
        let comma = UInt8(ascii: ",")
        guard (k + 1..<i).contains(where: { Token.isMark(s.tokens, $0, comma) }),
            let opening = (0..<k).last(where: { Token.isMark(s.tokens, $0, comma) })
        else { return false }
        return s.tokens[opening + 1].isListed(.relativePronoun)
    }

    /// Conjunctions that open a clause of another event, of time or of cause ("a day after he
    /// cancelled the visit", "because the summit was called off").
    static let otherEventConjunctions: WordSet = ["after", "since", "because"]

    /// Whether token `k` opens a clause of another event: one of `otherEventConjunctions` with a
    /// subject after it (a pronoun, a name, a determiner). A cancellation before the conjunction
    /// ("the talks were called off after the row") still speaks of the meeting.
    static func opensOtherEventClause(_ s: AnalyzedSentence, _ k: Int) -> Bool {
        guard otherEventConjunctions.contains(s.tokens[k].lower), let next = s.word(k + 1) else { return false }
        return ["he", "she", "they", "it", "the", "his", "her", "their"].contains(next) || (k + 1 < s.tokens.count && s.tokens[k + 1].isCapitalized)
    }

    /// How far before an invitation or offer its acceptance may stand, in words: a verb and a
    /// determiner or the inviter's name ("accepted an invitation", "has accepted Diallo's offer").
    static let acceptanceReach = 2

    /// Forms of "rule" that with "out" refuse the meeting word after them.
    static let rulingOutVerbs: WordSet = ["rule", "rules", "ruling", "ruled"]

    /// Words of striving before "to" and a verb of arranging whose object is the meeting word:
    /// an aim ("efforts to arrange talks"; not "efforts to ease tensions in talks with B").
    static let aimWords: WordSet = ["effort", "efforts", "bid", "attempt", "attempts", "trying", "working", "pushing", "striving"]
    /// Verbs of arranging an encounter after an aim's "to".
    static let arrangingVerbs: WordSet = ["arrange", "bring", "set", "organise", "organize", "hold", "secure", "broker", "convene", "schedule", "facilitate"]

    /// Whether the word at `k` unmakes a meeting word after it.
    func voids(_ s: AnalyzedSentence, _ k: Int) -> Bool {
        guard s.tokens[k].classes.contains(.voiding) else { return false }
        // "May" the month is not "may" the modal.
        if s.tokens[k].text == "May" && k > 0 { return false }
        // "instead of meeting B" is no meeting; "Instead, A and B will talk by phone" and "A will
        // instead meet B" report the encounter that replaces another.
        if s.tokens[k].lower == "instead" && !s.isWord(k + 1, .of) { return false }
        // "accepted an invitation to visit": the invitation makes a plan.
        let acceptance = s.start(before: k, words: Self.acceptanceReach, limit: 0)..<k
        return !acceptance.contains { WordLists.accepting.contains(s.tokens[$0].lower) }
    }

    /// Verbs and particles after a meeting word that call it off for good: "the talks were called
    /// off", "a meeting between A and B has been ruled out".
    static let cancellingPairs: [String: String] = ["called": "off", "ruled": "out"]
    /// The first letters of `cancellingPairs`' verbs, a bit each (by the low five bits of the
    /// byte, so either case): a word that begins with another letter (most words) is turned away
    /// without hashing it.
    static let cancellingPairInitialBits: UInt32 = cancellingPairs.keys.reduce(0) { bits, verb in
        bits | (1 << UInt32((verb.utf8.first ?? 0) & 31))
    }

    /// Whether a token may be one of `cancellingPairs`' verbs, by its first byte alone. A word
    /// written in other letters cannot lowercase to one of them, whose letters are plain ASCII.
    @inline(__always) static func opensCancellingPair(_ t: Token) -> Bool {
        t.firstByte >= 0x80 || cancellingPairInitialBits & (1 << UInt32(t.firstByte & 31)) != 0
    }
    /// Verbs that with "for" make the meeting word after them a demand ("called for talks with B",
    /// "is pressing for a summit").
    static let demandVerbs: WordSet = [
        "call", "calls", "called", "calling", "press", "presses", "pressed", "pressing", "push", "pushes", "pushed", "pushing",
    ]

    /// Where a name's own phrase begins: its title, state and honorific words before it
    /// ("welcomed to the palace the new Estonian President A"). The object's reach is counted
    /// to there, so a long title does not push the name out of it.
    func ownPhraseStart(of name: PersonMention, in s: AnalyzedSentence, after i: Int) -> Int {
        var k = name.first
        while k - 1 > i {
            if let m = s.mention(endingAt: k - 1), m.isTitle || m.countryCode != nil || m.kind.isHonorific {
                k = m.first
            } else if k - 2 > i, Token.isMark(s.tokens, k - 1, UInt8(ascii: ",")), let m = s.mention(endingAt: k - 2), m.isTitle {
                // "received at the ministry today the Saudi Ambassador, A": the title set off by a comma.
                k = m.first
            } else if s.tokens[k - 1].isListed(.roleModifier) {
                k -= 1
            } else {
                break
            }
        }
        return k
    }

    /// "a delegation led by A": the verbs before the head of a delegation.
    static let delegationHeadVerbs: WordSet = ["led", "headed"]
    /// Words right after a meeting verb that say its object follows ("met with", "called on").
    static let objectLinks: WordSet = ["with", "by", "down", "hands", "on", "upon"]

    /// How far after a passive meeting verb the "by" of its agent may stand, in words: a place
    /// and a day ("was received at the foreign ministry in the capital on Tuesday by A") run to
    /// about a dozen.
    static let passiveAgentReach = 14
    /// Verbs of welcoming a guest whose passive says who was welcomed, and only its "by" who met them.
    static let passiveWelcomes: WordSet = ["welcomed", "received", "greeted"]
    /// The words that make the participle after them passive.
    static let passiveAuxiliaries: WordSet = ["was", "were", "been", "being", "be", "is", "are"]

    /// Whether "visiting" at `i` is the verb of its clause: after a form of "be" ("are visiting
    /// B"), or after a plural noun it follows as a reduced relative ("the leaders visiting B"),
    /// with a person's title or name right after it. Opening a sentence or after a determiner it
    /// describes the guest ("the visiting minister B") or a trip ("Visiting the capital, ...").
    static func isVisitingAsVerb(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        guard i >= 1, i + 1 < s.tokens.count, s.mention(at: i + 1).map({ $0.isTitle || $0.isName }) == true else { return false }
        let before = s.tokens[i - 1]
        if passiveAuxiliaries.contains(before.lower) { return true }
        // ("the heads of state visiting B": the plural stands before "of state".)
        if i >= 3, s.isWord(i - 2, .of), headsOfNouns.contains(before.lower) { return s.tokens[i - 3].lower.hasSuffix("s") }
        return before.kind == .word && !before.isCapitalized && before.lower.hasSuffix("s") && !before.isListed(.subjectlessDeterminer)
    }

    /// What "heads of" are heads of: "heads of state", "heads of government".
    static let headsOfNouns: WordSet = ["state", "government"]

    /// The "by" of a passive meeting verb's agent after its adjuncts, when the verb at `i` follows
    /// an auxiliary and no other verb's clause comes between.
    func passiveAgentBy(_ s: AnalyzedSentence, after i: Int) -> Int? {
        // "was received", "was warmly received".
        guard i >= 1, Self.passiveAuxiliaries.contains(s.tokens[i - 1].lower) || (i >= 2 && Self.passiveAuxiliaries.contains(s.tokens[i - 2].lower))
        else { return nil }
        let end = s.end(after: i, words: Self.passiveAgentReach, limit: s.tokens.count)
        for k in i + 2..<max(i + 2, end) {
            if s.tokens[k].isWord(.by) { return k }
            // "was received, and then ..." or "... who ...": another clause before any agent.
            if Self.clauseConjunctions.contains(s.tokens[k].lower) || s.tokens[k].lower == "who" || s.tokens[k].lower == "which" { return nil }
        }
        return nil
    }

    /// Lowercase words that may stand between "meet" and the thing met: "all the", "its
    /// long-standing".
    static let metObjectReach = 3

    /// Whether a noun of a thing met (`met-objects.txt`) follows the verb at `i` within
    /// `metObjectReach` lowercase words, before any capitalized word or mark.
    static func meetsAThing(_ s: AnalyzedSentence, after i: Int) -> Bool {
        var k = i + 1
        while k < s.tokens.count, k - i <= metObjectReach, s.tokens[k].kind == .word, !s.tokens[k].isCapitalized {
            if WordLists.metObjects.contains(s.tokens[k].lower) { return true }
            k += 1
        }
        return false
    }

    /// How many tokens an aside set off by commas right after a verb may run: "in the presence
    /// of His Highness the Crown Prince" is nine.
    static let asideReach = 12

    /// The closing comma of an aside that opens with a comma right after the verb at `i`.
    static func endOfAside(_ s: AnalyzedSentence, after i: Int) -> Int? {
        guard i + 2 < s.tokens.count, Token.isMark(s.tokens, i + 1, UInt8(ascii: ",")) else { return nil }
        return (i + 2..<min(s.tokens.count, i + 2 + asideReach)).first { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }
    }

    /// "received three delegations from B and C", "welcomed the ambassadors of D": visitors the
    /// report does not name, in the words of the object before any comma or name. The host's
    /// round of audiences then frames those told one by one after it.
    static func receivesVisitorGroup(_ s: AnalyzedSentence, after i: Int, limit: Int) -> Bool {
        var k = i + 1
        while k < limit, s.tokens[k].kind == .number || (s.tokens[k].kind == .word && (!s.tokens[k].isCapitalized || isRegionalAdjective(s, k, after: i))) {
            if s.tokens[k].isPossessive { return false }
            if WordLists.visitorGroups.contains(s.tokens[k].lower) { return true }
            if s.tokens[k].isListed(.thingObject) { return false }
            k += 1
        }
        return false
    }

    /// "three West African leaders", "the Gulf envoys": a capitalised word of a region or a people
    /// before the noun of the group, right after the verb at `i`, a count or an article (after
    /// "in" or "with" it is a place or another party: "talks in C with Chinese leaders").
    static func isRegionalAdjective(_ s: AnalyzedSentence, _ k: Int, after i: Int) -> Bool {
        guard s.mention(at: k)?.isName != true else { return false }
        let before = s.tokens[k - 1]
        return k == i + 1 || before.kind == .number || before.isCapitalized || before.isListed(.subjectlessDeterminer)
            || before.lower == "two" || ParticipantReader.largerGroupSizes[before.lower] != nil
    }

    func hasObject(_ s: AnalyzedSentence, after i: Int, named: [PersonMention]) -> Bool {
        // In words: "received at the palace on Wednesday King A of Belgium" keeps its object.
        // "received, in the presence of C, the visiting minister A": counted past the aside.
        let limit = s.end(after: Self.endOfAside(s, after: i) ?? i, words: Self.objectReach, limit: s.tokens.count)
        // "welcomed the decision of A", "received a letter from A": a thing is the object.
        if let name = named.first(where: { $0.first > i && ownPhraseStart(of: $0, in: s, after: i) < limit }) {
            // "Vienna would welcome a Rell government": the name only says whose government.
            if name.last + 1 < s.tokens.count, s.tokens[name.last + 1].isListed(.nameModifiedNoun) { return false }
            return !(i + 1..<name.first).contains { s.tokens[$0].isListed(.thingObject) }
        }
        // "received a delegation led by A": the head of the delegation, however long their title.
        if let led = (i + 1..<limit).first(where: { s.tokens[$0].isListed(.delegationHeadVerb) && s.isWord($0 + 1, .by) }),
            named.contains(where: { $0.first > led && $0.first <= led + Self.objectReach + 4 })
        {
            return true
        }
        if Self.receivesVisitorGroup(s, after: i, limit: limit) { return true }
        if i + 1 < s.tokens.count, s.tokens[i + 1].isListed(.objectLink) { return true }
        // "was received at the ministry in the capital on Tuesday by A": a passive verb's agent
        // after the place and the day.
        if let by = passiveAgentBy(s, after: i), hasObject(s, after: by, named: named) { return true }
        // "received him at the palace": a person named before.
        if ParticipantReader.saysObjectPronoun(s, after: i) { return true }
        // "A and B spoke privately", "A and his counterpart B discuss": the two people are the subject.
        if let second = named.last(where: { $0.last < i && i - $0.last <= Self.subjectGap }),
            named.contains(where: { first in
                first.last + 1 < second.first && s.tokens[first.last + 1].isWord(.and)
                    && (first.last + 2..<second.first).allSatisfy { k in
                        s.mention(at: k).map { $0.isTitle || $0.countryCode != nil }
                            ?? (s.tokens[k].isListed(.counterpartWord) || (s.tokens[k].isWord(.his) || s.tokens[k].isWord(.her)))
                    }
            })
        {
            return true
        }
        // "B and I have agreed to speak again": the one quoted and B are the subject.
        if let k = (max(0, i - Self.subjectGap - 2)..<i).last(where: { s.tokens[$0].lower == "i" && s.tokens[$0].isCapitalized }), k >= 2,
            s.isWord(k - 1, .and), named.contains(where: { $0.last == k - 2 })
        {
            return true
        }
        // "A paid B a courtesy call": the one called on stands between the verb and the call.
        if Self.paidACallTo(s, call: i, named: named) != nil { return true }
        // "the two presidents will discuss ...": the subject is the pair.
        return ParticipantReader.hasGroupReference(s, max(0, i - 6)..<i)
    }

    /// Forms of "pay" that take the one called on before "a courtesy call".
    static let payingVerbs: WordSet = ["paid", "pays", "pay", "paying"]

    /// "A paid Prime Minister B a courtesy call": B, the indirect object named between the verb
    /// and "a courtesy call" at `call` (with the title B's own phrase gives), when there is one.
    static func paidACallTo(_ s: AnalyzedSentence, call i: Int, named: [PersonMention]) -> PersonMention? {
        guard i >= 4, s.tokens[i].isWord(.call), s.isWord(i - 1, .courtesy), s.tokens[i - 2].lower == "a",
            let guest = named.last(where: { $0.last == i - 3 })
        else { return nil }
        var k = guest.first - 1
        while k >= 0, let title = s.mention(endingAt: k), title.isTitle { k = title.first - 1 }
        return k >= 0 && payingVerbs.contains(s.tokens[k].lower) ? guest : nil
    }
}
