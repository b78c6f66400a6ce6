/// Finds territories the article presents as disputed: listed territories named beside words of
/// dispute, and territories no list knows, caught by the patterns of dispute
/// (`UnlistedTerritoryFinder`); their names with the side using each, claimants and holder.
/// The cue words are data: Gazetteers/territory-cues.tsv.
struct TerritoryExtractor: Sendable {
    let gazetteer: Gazetteer
    var cues: TerritoryCues { gazetteer.territoryCues }

    /// Words before a noun of territory that make it refer back: "the island", "these islets".
    static let determiners: WordSet = ["the", "these", "those", "that", "this"]

    /// The last words of lead-ins whose object is the place claimed: "claim to", "sovereignty
    /// over", "ownership of", "claims on" (not "occupied a building").
    static let claimedObjectLinks: WordSet = ["to", "over", "of", "on"]
    /// Nouns of land in general, by which a later sentence may name any unnamed place claimed:
    /// "a stretch of rainforest ... The area, often called X".
    static let generalLandNouns: WordSet = ["area", "region", "territory", "land", "tract", "zone"]

    /// Present-day successors for historical states, for who holds what now.
    static let successors: [String: String] = ["SUN": "RUS", "YUG": "SRB"]
    /// The last day each historical state of `successors` existed: in an article published
    /// before it, the state is a side in its own right (the guidelines map a historical state to
    /// its own code). The Soviet Union ended on 26 December 1991; the Federal Republic of
    /// Yugoslavia became Serbia and Montenegro on 4 February 2003.
    static let lastDays: [String: Day] = ["SUN": Day(year: 1991, month: 12, day: 26)!, "YUG": Day(year: 2003, month: 2, day: 4)!]

    /// The day the article was published, when known: it says whether a historical state was
    /// still a state.
    var publication: Day? = nil

    /// The code a side is reported under: a historical state's successor, unless the article
    /// was published while that state still existed.
    func side(_ code: String) -> String {
        if let day = publication, let last = Self.lastDays[code], day <= last { return code }
        return Self.successors[code] ?? code
    }

    /// Whether a code names a state that can claim land in this article: a present state, or a
    /// historical one while it existed.
    func isState(_ code: String) -> Bool {
        if let day = publication, let last = Self.lastDays[code], day <= last { return true }
        return gazetteer.country(code)?.kind == "state"
    }

    /// How far from its sentences to look for the states of an unlisted territory that its own
    /// sentences do not name: the sentence before and after, then two either side.
    static let claimantReach = [1, 2]
    /// How many sentences back "the island, known as X" may find the disputed island it names.
    static let antecedentReach = 2
    /// Names kept for one territory: more than any territory has, few enough that checking a new
    /// name against them costs a constant.
    static let maxNames = 16

    struct Building {
        var key: String
        var entry: Gazetteer.TerritoryEntry?
        var names: [TerritoryName] = []
        /// `key` of each of `names`, in the same order.
        var nameKeys: [String] = []
        var claims: [String: (ClaimKind, Evidence)] = [:]
        var disputed = false
        var evidence: [Evidence] = []
        var firstSentence: Int
    }

    /// The states an article mentions, and how often, for the claimants of a listed territory and
    /// of one whose sentences name fewer than two.
    func extract(_ sentences: [AnalyzedSentence], stateCounts: [String: Int], people: [PersonRecord] = []) -> [TerritoryFact] {
        var found: [Building] = []
        var byName: [String: Int] = [:]  // a name's key -> the building that has it
        var current: Int?  // the territory that anaphors refer to
        // The territories the last sentence naming any named, which a plural pronoun refers to.
        var previousTargets: (position: Int, targets: [Int])?
        // Most sentences name no territory and no pattern of dispute: they are skipped at the cost
        // of a bit test per token, and the tokens of people are gathered for the others alone.
        let mayNameTerritory = sentences.map { s in
            s.mentions.contains {
                if case .territory = $0.kind { return true }
                return false
            } || s.tokens.contains(where: { $0.classes.contains(.territoryTrigger) })
        }
        var personTokens: [Int: Set<Int>] = [:]
        for p in people {
            for m in p.mentions where m.sentence >= 0 && m.sentence < sentences.count && mayNameTerritory[m.sentence] {
                personTokens[m.sentence, default: []].formUnion(m.first...m.last)
            }
        }
        // The tokens of people in any sentence, gathered when a sentence refers back to a place
        // named bare a sentence before (rarely).
        var everyPersonToken: [Int: Set<Int>]?
        func personTokensOf(_ sentence: Int) -> Set<Int> {
            if everyPersonToken == nil {
                var all: [Int: Set<Int>] = [:]
                for p in people { for m in p.mentions { all[m.sentence, default: []].formUnion(m.first...m.last) } }
                everyPersonToken = all
            }
            return everyPersonToken?[sentence] ?? []
        }
        let finder = UnlistedTerritoryFinder(gazetteer: gazetteer)
        var contextCache: [Int: Bool] = [:]
        func speaksOfTerritory(_ i: Int) -> Bool {
            if let known = contextCache[i] { return known }
            let answer = (max(0, i - 1)...min(sentences.count - 1, i + 1)).contains { k in
                sentences[k].tokens.contains { cues.context.contains($0, in: cues) }
            }
            contextCache[i] = answer
            return answer
        }

        /// "A disputed island lies off the coast.": an unnamed disputed place in the sentences just before.
        func speaksOfDisputed(_ noun: String, before i: Int) -> Bool {
            (max(0, i - Self.antecedentReach)..<i).contains { k in
                let w = CueWords(sentences[k].tokens, cues)
                return w.indices.contains { j in
                    if cues.adjective.contains(w, j)
                        && (j + 1..<min(w.count, j + 1 + UnlistedTerritoryFinder.adjectiveReach)).contains(where: { w[$0] == noun })
                    {
                        return true
                    }
                    // "its claim to a stretch of rainforest ... The area, often called X": an unnamed
                    // place claimed, which a noun of land in general ("the area") or its own noun names.
                    guard let length = cues.leadIn.match(w, at: j), j + length + 1 < w.count, Self.indefinites.contains(w[j + length]),
                        Self.claimedObjectLinks.contains(w[j + length - 1])
                    else { return false }
                    return Self.generalLandNouns.contains(noun)
                        || (j + length + 1..<min(w.count, j + length + 1 + UnlistedTerritoryFinder.adjectiveReach)).contains { w[$0] == noun }
                }
            }
        }

        var byEntry: [Int: Int] = [:]  // a listed territory's id -> its building
        func building(for entry: Gazetteer.TerritoryEntry?, names: [String], sentence: Int) -> Int {
            if let entry {
                if let i = byEntry[entry.id] { return i }
                found.append(Building(key: "#\(entry.id)", entry: entry, firstSentence: sentence))
                byEntry[entry.id] = found.count - 1
                return found.count - 1
            }
            for n in names { if let i = byName[Self.key(n)] { return i } }
            found.append(Building(key: Self.key(names[0]), entry: nil, firstSentence: sentence))
            return found.count - 1
        }
        func addName(_ i: Int, _ name: String, usedBy: String?) {
            let clean = Self.stripArticle(name)
            let known = found[i].names.firstIndex { $0.name == clean }
            guard found[i].names.count < Self.maxNames || known != nil else { return }
            // The key once per name: it folds and splits the name, and was the cost of this function.
            // A name the territory has already (most calls: a territory is named again and again)
            // takes the key kept beside it, which is this name's.
            let cleanKey = known.map { found[i].nameKeys[$0] } ?? Self.key(clean)
            // A listed territory's names too: "Isla del Conejo", found by a pattern, is the listed
            // "Isla Conejo" named before.
            if byName[cleanKey] == nil { byName[cleanKey] = i }
            if let k = found[i].names.indices.first(where: { found[i].nameKeys[$0] == cleanKey && found[i].names[$0].name.count == clean.count }) {
                if found[i].names[k].usedBy == nil { found[i].names[k].usedBy = usedBy }
            } else if !found[i].names.contains(where: { $0.name == clean }) {
                let side = usedBy ?? found[i].entry?.names.first { Self.key($0.name) == cleanKey }?.usedBy
                found[i].names.append(TerritoryName(name: clean, usedBy: side))
                found[i].nameKeys.append(cleanKey)
            }
        }

        for (position, s) in sentences.enumerated() {
            if !mayNameTerritory[position] { continue }
            let evidence = Evidence(sentence: s.index, start: s.start, end: s.end)
            let words = CueWords(s.tokens, cues)
            let people = personTokens[s.index] ?? []
            var targets: [Int] = []
            var startOf: [Int: Int] = [:]  // territory -> its first token in this sentence
            var listedTokens: Set<Int> = []
            // "The low-tide elevation, which lies a short distance from Pedra Branca, is claimed by
            // both": the places of the clause say where the place referred to lies.
            let located = locatingClause(words, s)
            let reader = TerritoryNameReader(sentence: s, words: words, cues: cues, gazetteer: gazetteer, personTokens: people)
            for m in s.mentions {
                if case .territory(let id) = m.kind {
                    if let located, located.contains(m.first) { continue }
                    // The group's words still stand among the places held ("has held the two
                    // Tunb islands, A and B, since").
                    if Self.namesItsMembersAfter(m, in: s, words, cues) {
                        listedTokens.formUnion(m.first...m.last)
                        continue
                    }
                    let name = s.text(m.first, m.last)
                    let i = building(for: gazetteer.territories[id], names: [name], sentence: s.index)
                    addName(i, name, usedBy: nil)
                    // "the Depsang valley" for the listed "Depsang": the name as the body writes it too.
                    if let end = reader.placeNounAfter(m.first...m.last) { addName(i, s.text(m.first, end), usedBy: nil) }
                    targets.append(i)
                    listedTokens.formUnion(m.first...m.last)
                    if startOf[i] == nil { startOf[i] = m.first }
                }
            }
            // A pattern of dispute is itself the cue that the sentence presents its territory as disputed.
            var patternFound = false
            for u in finder.find(with: reader) {
                if let located, located.contains(u.span.lowerBound) { continue }
                // A quarrel over a listed territory needs no words of territory around it: the list
                // says it is one ("fought over Nagorno Karabakh").
                // Nor does a name that says it is land ("the Toledo Cays dispute", "the Saltoro
                // heights have long been a bone of contention").
                // Nor one described as land right after ("a dispute over Corvo Bank, a sandbank in the Gulf").
                if u.needsContext && listedTokens.isDisjoint(with: u.span) && !reader.endsInPlaceNoun(u.span) && reader.placeNounAfter(u.span) == nil
                    && !reader.placeNounInApposition(after: u.span) && !speaksOfTerritory(s.index)
                {
                    continue
                }
                if let noun = u.antecedent, !speaksOfDisputed(noun, before: s.index) { continue }
                // "travel to the occupied West Bank": where someone goes, not a dispute presented.
                if u.span.lowerBound >= 1, Self.tripToOccupied(words, u.span.lowerBound - 1, listed: listedTokens) { continue }
                patternFound = true
                // A pattern over a listed territory is that territory's cue: "two unresolved border
                // segments – X and Y" presents listed X as disputed as surely as an unlisted one.
                guard listedTokens.isDisjoint(with: u.span) else { continue }
                // "Croatian police patrolled Tessel Island. The island, which Serbs call Teslo, ...":
                // the side's name is one more name of the island named before.
                let earlier = u.referredNoun.flatMap { earlierName(carrying: $0, before: position, in: sentences) }
                let b =
                    (u.refersBack ? current : nil)
                    ?? building(for: nil, names: (earlier?.1 ?? []) + u.names.map(\.name), sentence: earlier.map { sentences[$0.0].index } ?? s.index)
                for n in earlier?.1 ?? [] { addName(b, n, usedBy: nil) }
                for n in u.names { addName(b, n.name, usedBy: n.usedBy) }
                targets.append(b)
                if startOf[b] == nil || startOf[b]! > u.span.lowerBound { startOf[b] = u.span.lowerBound }
            }
            // "Isla A, also known as Isla B": a new name for a territory already found.
            for (a, b) in finder.tiedNames(with: reader) {
                if let i = byName[Self.key(a)] ?? byName[Self.key(b)] {
                    addName(i, a, usedBy: nil)
                    addName(i, b, usedBy: nil)
                }
            }
            // "the island", "the border area", "the disputed islets": a determiner, at most one
            // lowercase word, and a noun of territory refer back to the territory named last (so
            // does one that opens the sentence before a clause of where it lies: `locatingClause`).
            let anaphoric =
                targets.isEmpty && current != nil
                && (located != nil
                    || words.enumerated().contains { i, w in
                        guard cues.placeNoun.contains(words, i), i >= 1 else { return false }
                        if Self.determiners.contains(words[i - 1]) { return true }
                        return i >= 2 && Self.determiners.contains(words[i - 2]) && s.tokens[i - 1].kind == .word && !s.tokens[i - 1].isCapitalized
                    })
            // "Abu Musa, Greater Tunb and Lesser Tunb. The three islands ...": as many as the
            // sentence before named, all of them, whatever else this one names.
            let previous = previousTargets.flatMap { $0.position == position - 1 ? $0.targets : nil } ?? []
            let countedBack = !previous.isEmpty && Self.countedPlaceNoun(words, cues) == previous.count
            let refersBack = (targets.isEmpty || countedBack) && current != nil && (anaphoric || countedBack || callsItByName(s, reader))
            if refersBack, let c = current {
                if countedBack {
                    targets += previous.filter { !targets.contains($0) }
                } else {
                    targets.append(c)
                }
            }
            // "China built an airstrip on Fera Reef. The Philippines says the reef belongs to it.":
            // a sentence that disputes "the reef" makes a territory of the name ending in "Reef" a
            // sentence or two before, which no pattern of its own sentence had found.
            // The territory a sentence before named, with that sentence's names and claims.
            func buildingFromEarlier(_ earlier: AnalyzedSentence, forms: [String], start: Int) {
                let b = building(for: nil, names: forms, sentence: earlier.index)
                for name in forms { addName(b, name, usedBy: nil) }
                let earlierEvidence = Evidence(sentence: earlier.index, start: earlier.start, end: earlier.end)
                found[b].evidence.append(earlierEvidence)
                var names: [(String, String?)] = []
                readNamesAndClaims(earlier, into: &found[b], evidence: earlierEvidence, addName: { names.append(($0, $1)) })
                for (n, side) in names { addName(b, n, usedBy: side) }
                targets.append(b)
                startOf[b] = start
                patternFound = true
            }
            // "Boats of both anchored off A and B. Both countries say these belong to them.": a
            // pronoun claimed right after a sentence naming places refers to them all (to the
            // last, for "it"), whether a list or a pattern found them or only their nouns of land
            // say they are places.
            if targets.isEmpty, position >= 1, Self.hasPronounOfPlaces(words),
                let k = claimedPronoun(words, { isClaimWord(words, $0) }, from: 0, to: words.count), namesStateOrBoth(s, words)
            {
                let plural = Self.pluralPronouns.contains(words[k])
                let previous = previousTargets.flatMap { $0.position == position - 1 ? $0.targets : nil } ?? []
                if !plural, let last = previous.last {
                    targets = [last]
                    patternFound = true
                } else if plural {
                    // Those the list knows, and those only their nouns of land make places.
                    let referents = pronounReferents(before: position, in: sentences).filter { byName[Self.key($0.1[0])] == nil }
                    if previous.count + referents.count >= 2 {
                        targets = previous
                        patternFound = patternFound || !previous.isEmpty
                        for (k, forms) in referents { buildingFromEarlier(sentences[k], forms: forms, start: 0) }
                    }
                }
            }
            if targets.isEmpty, current == nil,
                let (k, forms) = earlierNameDisputed(s, reader, before: position, in: sentences, personTokens: personTokensOf)
            {
                buildingFromEarlier(sentences[k], forms: forms, start: 0)
            }
            // "... a strip of farmland that both countries say lies on their side of the line. The
            // Palmar strip is held by Panama.": the name a sentence opens with, carrying the noun of
            // an unnamed disputed place in the sentence just before.
            if targets.isEmpty, current == nil, let (span, forms) = namedAfterUnnamedDisputed(s, reader, position: position, in: sentences) {
                buildingFromEarlier(sentences[position - 1], forms: forms, start: span.lowerBound)
            }
            guard !targets.isEmpty else { continue }
            current = targets.last
            previousTargets = (position, targets.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } })
            // "The island is administered by Uganda", "South Sudan's army controls the strip": who
            // holds the territory named before.
            let heldBy = words.indices.contains {
                (cues.holdBy.match(words, at: $0) != nil && !guardedAsAModifier(words, s, $0)) || (refersBack && cues.hold.contains(words, $0))
            }
            let hasCue =
                patternFound || heldBy
                || words.indices.contains { cues.cue.contains(words, $0) && !Self.noLonger(words, $0) && !Self.tripToOccupied(words, $0, listed: listedTokens) }
                || Self.heldSince(words, cues, skipping: listedTokens, stateNamed: s.mentions.contains { $0.countryCode != nil })
                || shownAsAState(s, reader)
                || disagreesOnTheLine(words, s)
                // "Kenya says the island lies on its side of the colonial boundary".
                || words.indices.contains { k in
                    UnlistedTerritoryFinder.liesOnAStatesSide(at: k, reader) && s.mentions.contains { $0.last < k && $0.countryCode != nil }
                }
                || s.tokens.contains { t in
                    // A flag first: few words have a hyphen.
                    guard t.hasHyphen else { return false }
                    let parts = t.lower.split(separator: "-")
                    return parts.count == 2 && (cues.hold.contains(String(parts[1])) || cues.claim.contains(String(parts[1])))
                }
            guard hasCue else { continue }
            // Several territories in one sentence: each is read from the words before the first of
            // them ("India and China both claim ...") and from its own stretch up to the next one
            // ("X, which China controls, and Y, which India administers").
            let starts = Set(targets).compactMap { startOf[$0] }.sorted()
            for t in Set(targets) {
                found[t].disputed = true
                found[t].evidence.append(evidence)
                var view = s
                if starts.count > 1, let own = startOf[t] {
                    let next = starts.first { $0 > own } ?? s.tokens.count
                    view = s.keeping([0..<starts[0], own..<next])
                }
                var names: [(String, String?)] = []
                readNamesAndClaims(view, into: &found[t], evidence: evidence, addName: { names.append(($0, $1)) })
                for (name, side) in names { addName(t, name, usedBy: side) }
            }
        }

        var out: [TerritoryFact] = []
        for b in found where b.disputed {
            var claims = b.claims
            if let entry = b.entry {
                for c in entry.claimants where stateCounts[c] != nil && claims[c] == nil {
                    claims[c] = (.claims, b.evidence[0])
                }
                if let holder = entry.holder, claims[holder] != nil, !claims.values.contains(where: { $0.0 == .holds }) {
                    claims[holder] = (.holds, claims[holder]!.1)
                }
            } else if claims.count < 2 {
                fillClaimants(&claims, of: b, sentences: sentences, stateCounts: stateCounts)
            }
            guard claims.count >= 2 else { continue }
            let list = claims.sorted { $0.key < $1.key }.map { Claim(country: $0.key, kind: $0.value.0, evidence: $0.value.1) }
            out.append(TerritoryFact(names: b.names, claims: list, evidence: b.evidence))
        }
        return out
    }

    /// Number words before a plural noun of territory: "the three islands".
    static let placeCounts: [String: Int] = ["two": 2, "three": 3, "four": 4, "five": 5]

    /// How many places "the three islands", "these two islets" count: a determiner, a number word
    /// and a plural noun of territory; nil where the sentence holds none.
    static func countedPlaceNoun(_ words: CueWords, _ cues: TerritoryCues) -> Int? {
        for i in words.indices where i >= 2 && cues.placeNoun.contains(words, i) && words[i].hasSuffix("s") {
            if let n = placeCounts[words[i - 1]], determiners.contains(words[i - 2]) { return n }
        }
        return nil
    }

    /// "the two Tunb islands, Greater Tunb and Lesser Tunb,": a listed name for a group of
    /// territories, ending in a plural noun of land, with the group's members in apposition right
    /// after it. The members are the territories; the group's name only gathers them. (Not "A, B
    /// and C", a list whose first name is a territory of its own.)
    static func namesItsMembersAfter(_ m: Mention, in s: AnalyzedSentence, _ words: CueWords, _ cues: TerritoryCues) -> Bool {
        func territory(at k: Int) -> Mention? {
            guard let n = s.mention(at: k), n.first == k, case .territory = n.kind else { return nil }
            return n
        }
        let noun = words[m.last]
        guard cues.placeNoun.contains(words, m.last), noun.hasSuffix("s"), !noun.hasSuffix("ss") else { return false }
        guard m.last + 2 < s.tokens.count, Token.isMark(s.tokens, m.last + 1, UInt8(ascii: ",")), let first = territory(at: m.last + 2),
            first.last + 2 < s.tokens.count, s.tokens[first.last + 1].isWord(.and)
        else { return false }
        return territory(at: first.last + 2) != nil
    }

    /// Words that may stand between a verb of holding and "since": the place held ("have held the
    /// glacier since 1984", "has held it since"), or several listed places joined as a list ("has
    /// held A and the two islets, B and C, since 1971").
    static let heldObjects: Set<String> = [
        "it", "them", "the", "glacier", "island", "islands", "islets", "area", "land", "heights", "headland", "territory",
        "and", ",", "both", "two", "three",
    ]

    /// "the glacier whose heights Indian troops have held since 1984", "which Eritrean troops have
    /// held since the clashes": a state's forces holding a place since a date or an event. Beside a
    /// listed territory, in a sentence that names a state, that says one side holds what another
    /// claims. Not "have held talks since 2019": only the place (its name, "it", "the island") may
    /// stand between the verb and "since".
    static func heldSince(_ words: CueWords, _ cues: TerritoryCues, skipping listed: Set<Int>, stateNamed: Bool) -> Bool {
        guard stateNamed, !listed.isEmpty else { return false }
        for k in words.indices where cues.hold.contains(words, k) {
            var j = k + 1
            while j < words.count, listed.contains(j) || heldObjects.contains(words[j]) { j += 1 }
            if j < words.count, j + 1 < words.count, words[j] == "since" { return true }
        }
        return false
    }

    /// "the two loughs on the border whose waters A and B have never agreed how to divide",
    /// "where surveyors still disagree on the line": two sides failing to agree, in a sentence that
    /// itself speaks of borders, waters or territory, present the places it names as disputed (not
    /// "met at X and disagreed over tariffs").
    func disagreesOnTheLine(_ words: CueWords, _ s: AnalyzedSentence) -> Bool {
        words.indices.contains { cues.disagreement.match(words, at: $0) != nil } && s.tokens.contains { cues.context.contains($0, in: cues) }
    }

    /// Verbs of lying somewhere that open a clause of where: "which lies off", "that sits near".
    static let lyingVerbs: WordSet = ["lies", "lie", "sits", "sit", "stands", "stand", "located", "situated"]

    /// "The low-tide elevation, which lies a short distance from Pedra Branca at the entrance to
    /// the Singapore Strait, is claimed by both countries": a sentence that opens with a noun of
    /// territory referring back, then a clause of where it lies set off by commas. The clause's
    /// tokens: the places it names say where, and are not what the sentence claims (not "The
    /// island, which Spain calls X, ...", a clause of naming).
    func locatingClause(_ words: CueWords, _ s: AnalyzedSentence) -> ClosedRange<Int>? {
        guard words.count > 6, Self.determiners.contains(words[0]) else { return nil }
        var n = 1
        if cues.placeNoun.match(words, at: 1) == nil {
            guard s.tokens[1].kind == .word, !s.tokens[1].isCapitalized else { return nil }
            n = 2
        }
        guard !s.tokens[n].isCapitalized, let length = cues.placeNoun.match(words, at: n) else { return nil }
        let comma = n + length
        guard comma + 3 < words.count, Token.isMark(s.tokens, comma, UInt8(ascii: ",")), words.isWord(comma + 1, .which) || words.isWord(comma + 1, .that)
        else { return nil }
        var v = comma + 2
        if words[v] == "is" || words[v] == "are" { v += 1 }
        guard Self.lyingVerbs.contains(words[v]), let close = (v + 1..<words.count).first(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) })
        else { return nil }
        return (comma + 1)...close
    }

    /// Particles between a verb of travel and "to": "travel on to", "fly back to".
    static let directionParticles: Set<String> = ["on", "back", "over", "out", "onward", "onwards", "down", "up"]

    /// Whether `word` is a form of a verb of travel (trip-verbs.txt): "travel", "travelled", "visits".
    static func isTripVerb(_ word: String) -> Bool {
        if WordLists.tripVerbs.contains(word) { return true }
        for suffix in ["s", "ed", "d", "led", "ing", "ling"] where word.hasSuffix(suffix) {
            if WordLists.tripVerbs.contains(String(word.dropLast(suffix.count))) { return true }
        }
        return false
    }

    /// "would also travel to the occupied West Bank", "visited occupied East Jerusalem": "occupied"
    /// before a listed territory that is where someone goes is a place where something happens,
    /// not a cue that the article presents the territory as disputed.
    static func tripToOccupied(_ words: CueWords, _ k: Int, listed: Set<Int>) -> Bool {
        guard words[k] == "occupied", listed.contains(k + 1) else { return false }
        var j = k - 1
        if j >= 0, words[j] == "the" { j -= 1 }
        guard j >= 0 else { return false }
        // "visited occupied X": a visit as the verb's object ("leave the occupied X" is withdrawal).
        if words[j].hasPrefix("visit") { return true }
        guard words[j] == "to" || words[j] == "into", j >= 1 else { return false }
        // "travel to", "travel on to": the verb right before "to", or before a particle of direction.
        return isTripVerb(words[j - 1]) || (j >= 2 && directionParticles.contains(words[j - 1]) && isTripVerb(words[j - 2]))
    }

    /// "which Nigeria handed over and no longer claims": a word of dispute said to hold no more.
    static func noLonger(_ words: CueWords, _ k: Int) -> Bool {
        k >= 2 && words.isWord(k - 1, .longer) && words.isWord(k - 2, .no)
    }

    /// Words for island that open names in other languages (and "Lake", which opens English
    /// ones), and the English noun a later sentence refers back with.
    static let islandWords: [String: String] = [
        "isla": "island", "islas": "islands", "ilha": "island", "ilhas": "islands", "pulau": "island", "ile": "island", "île": "island",
        "iles": "islands", "îles": "islands", "jazirat": "island", "lake": "lake",
    ]

    /// Nouns of territory a later sentence may refer back with to a place named by another of
    /// them: "Kardal Rock ... the outcrop", "Tulan Islet ... the island", "Kok-Tash meadow ... the
    /// pasture". Each maps to the first of its kin.
    static let nounKin: [String: String] = [
        "islet": "island", "isle": "island", "atoll": "island", "reef": "island", "rock": "island", "outcrop": "island", "cay": "island",
        "shoal": "island", "sandbank": "island", "sandbar": "island", "ledge": "island", "islets": "islands", "isles": "islands", "reefs": "islands",
        "rocks": "islands", "outcrops": "islands", "cays": "islands", "shoals": "islands", "sandbanks": "islands", "sandbars": "islands", "ledges": "islands",
        "meadow": "pasture", "pastureland": "pasture", "meadows": "pastures", "pasturelands": "pastures",
    ]

    static func kin(_ noun: String) -> String { nounKin[noun] ?? noun }

    /// The words of `nounKin`, as a set with masks: most words are none of them, and are turned
    /// away on two bit tests where the dictionary hashed each.
    static let nounKinWords = WordSet(nounKin.keys)

    /// `kin(word) == noun`, without a lookup in `nounKin` for a word that is not one of its words
    /// (nearly every word of a sentence).
    @inline(__always) static func isKin(_ word: String, of noun: String) -> Bool {
        nounKinWords.contains(word) ? nounKin[word] == noun : word == noun
    }

    /// Tokens after "the reef" within which a word of claiming says it is disputed: "the reef
    /// belongs to it", "the island is also claimed by both".
    static let anaphorClaimReach = 4
    /// Tokens after "the island" within which a phrase of owning says it is disputed: "the island
    /// has always been part of its territory".
    static let anaphorOwningReach = 6
    /// Tokens after "the reef" within which "claims it" refers back to it: "the reef lies within
    /// its waters, while China claims it as its own".
    static let anaphorClaimItReach = 12
    /// Verbs right after "the islet" that make it the subject of a clause claimed, not the thing
    /// claimed: "claimed the islet was safe".
    static let clauseVerbs: WordSet = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must", "remains", "lies",
    ]
    /// Tokens before "the islet" within which a verb of claiming or quarrel has it as object:
    /// "both claim the islet", "has long claimed the coastal strip", "disputes A's control of the island".
    static let anaphorObjectReach = 5

    /// "the reef belongs to it", "the triangle is Egyptian", "both claim the islet": the sentence
    /// disputes a place it refers to by an article, at most one lowercase word and a noun of
    /// territory; the name carrying that noun or one of its kin ("Fera Reef", "Kok-Tash meadow",
    /// or opening with the place's own word for island: "Isla ...", "Pulau ...") in one of the
    /// sentences just before, which no list or pattern knows, with the position of its sentence
    /// and the name's forms.
    func earlierNameDisputed(
        _ s: AnalyzedSentence, _ reader: TerritoryNameReader, before position: Int, in sentences: [AnalyzedSentence],
        personTokens: (Int) -> Set<Int> = { _ in [] }
    ) -> (Int, [String])? {
        let words = reader.words
        func claimWord(_ k: Int) -> Bool { isClaimWord(words, k) }
        func disputes(_ i: Int, determiner: Int) -> Bool {
            var k = i + 1
            while k < min(words.count, i + 1 + Self.anaphorOwningReach), s.tokens[k].kind != .punctuation {
                if k < i + 1 + Self.anaphorClaimReach {
                    if claimWord(k) { return true }
                    // "the district is disputed", not "the district saw a disputed election".
                    if cues.adjective.contains(words, k), cues.copula.match(words, endingAt: k - 1) != nil { return true }
                }
                // "the island has always been part of its territory", "the island lies on the
                // Kenyan side of the border".
                if cues.trailing.match(words, at: k) != nil, !words.isWord(k, .dispute), !words.isWord(k, .disputes) { return true }
                // (Said by a state named before it: a guide saying where an island lies claims nothing.)
                if UnlistedTerritoryFinder.liesOnAStatesSide(at: k, reader), s.mentions.contains(where: { $0.last < determiner && $0.countryCode != nil }) {
                    return true
                }
                k += 1
            }
            // "Turkey and Greece both claim the islet", "Eritrea disputes Yemen's control of the island",
            // "argued over the sandbar" (bits first; "over" by its byte).
            k = determiner - 1
            while k >= 0, determiner - k <= Self.anaphorObjectReach, s.tokens[k].kind != .punctuation {
                if claimWord(k) || cues.quarrel.contains(words, k)
                    || (Token.mayBeginWith(s.tokens, k, UInt8(ascii: "o")) && words.isWord(k, .over) && cues.quarrel.match(words, endingAt: k) != nil)
                {
                    // Not "Turkey claimed the islet was safe": a claim about the place, not to it.
                    return i + 1 >= words.count || !Self.clauseVerbs.contains(words[i + 1])
                }
                k -= 1
            }
            // "Tanzania considers the lake Tanzanian water".
            if determiner >= 1, cues.considering.contains(words, determiner - 1),
                UnlistedTerritoryFinder(gazetteer: gazetteer).saysOwn(at: i + 1, reader)
            {
                return true
            }
            // "the reef lies within its waters, while China claims it as its own".
            if (i + 1..<min(words.count - 1, i + 1 + Self.anaphorClaimItReach)).contains(where: {
                claimWord($0) && (words.isWord($0 + 1, .it) || words.isWord($0 + 1, .them))
            }) {
                return true
            }
            // "the triangle is Egyptian": read only where a copula follows the noun.
            return cues.copula.match(words, at: i + 1) != nil
                && UnlistedTerritoryFinder(gazetteer: gazetteer).belongingPredicates(reader).contains { $0.subjectEnd == i }
        }
        /// The article before the noun at `i`, past one lowercase word ("the coastal strip").
        func determiner(before i: Int) -> Int? {
            if Self.determiners.contains(words[i - 1]) { return i - 1 }
            guard i >= 2, Self.determiners.contains(words[i - 2]), s.tokens[i - 1].kind == .word, !s.tokens[i - 1].isCapitalized else { return nil }
            return i - 2
        }
        // A state's word, or "both": "the island belongs to a private company" is no dispute.
        // "both" by word number (`isWord`), not by a string compared at every word.
        func stateOrBoth() -> Bool { namesStateOrBoth(s, words) }
        // Bits first: this is tried at every sentence of dispute that names no territory.
        guard
            let i = words.indices.first(where: { i in
                guard i >= 1, cues.placeNoun.contains(words, i) || (Token.mayBeginWith(s.tokens, i, UInt8(ascii: "l")) && words.isWord(i, .lake)),
                    !s.tokens[i].isCapitalized, let d = determiner(before: i)
                else {
                    return false
                }
                // "worked the reef for generations and that it belongs to Tuvalu".
                return disputes(i, determiner: d) || pronounClaimed(words, claimWord, from: i + 1, to: i + 1 + Self.anaphorClaimItReach)
            })
        else {
            // "The island of Kessa lies in the river. Both governments claim it.": no noun here,
            // the place the sentence before names.
            guard position >= 1, stateOrBoth(), pronounClaimed(words, claimWord, from: 0, to: words.count) else { return nil }
            return pronounReferent(before: position, in: sentences)
        }
        guard stateOrBoth() else { return nil }
        if let named = earlierName(carrying: words[i], before: position, in: sentences) { return named }
        guard Self.bareNameNouns.contains(Self.kin(words[i])) else { return nil }
        return bareNameBefore(position, in: sentences, personTokens: personTokens)
    }

    /// "Both governments claim it", "China claims them", "lays claim to it", "it belongs to
    /// Tuvalu", "these belong to them": a claim whose object (or, for "belongs" and "lies", subject) is a pronoun, between tokens
    /// `from` and `to`. Not "claims it was attacked": a claim about a fact.
    func pronounClaimed(_ words: CueWords, _ claimWord: (Int) -> Bool, from: Int, to: Int) -> Bool {
        claimedPronoun(words, claimWord, from: from, to: to) != nil
    }

    /// Pronouns of more than one place: "Both claim them", "these belong to them", "they lie on
    /// their side of the border".
    static let pluralPronouns: WordSet = ["them", "these", "those", "they"]

    /// The token of the pronoun `pronounClaimed` finds.
    func claimedPronoun(_ words: CueWords, _ claimWord: (Int) -> Bool, from: Int, to: Int) -> Int? {
        // Word numbers first, and "these"/"those" compared only for a word that may begin with
        // "t": asked of every word of every sentence a territory may be named in.
        func isThese(_ k: Int) -> Bool { Token.mayBeginWith(words.tokens, k, UInt8(ascii: "t")) && (words[k] == "these" || words[k] == "those") }
        func isPronoun(_ k: Int) -> Bool {
            k >= 0 && k < words.count && (words.isWord(k, .it) || words.isWord(k, .them) || words.isWord(k, .they) || isThese(k))
        }
        // "they" and "these" are the places only as the subject of belonging or lying: "they
        // claim" names the claimants.
        func isObjectPronoun(_ k: Int) -> Bool {
            k >= 0 && k < words.count && (words.isWord(k, .it) || words.isWord(k, .them) || isThese(k))
        }
        let start = max(from, 1)
        let end = min(to, words.count)
        guard start < end else { return nil }
        // "Both countries say it lies on their side of the river's main channel".
        // ("on its"/"on their" by word number first: this is asked at every word.)
        for k in start..<end
        where k + 2 < words.count && words.isWord(k + 1, .on) && (words.isWord(k + 2, .its) || words.isWord(k + 2, .their)) && isPronoun(k - 1)
            && Self.liesOnItsSide(words, k)
        {
            return k - 1
        }
        for k in start..<end where claimWord(k) {
            if words.isWord(k, .belongs) || words.isWord(k, .belong) {
                if isPronoun(k - 1), k + 1 < words.count, words[k + 1] == "to" { return k - 1 }
                continue
            }
            // "lays claim to it".
            let object = k + 1 < words.count && words[k + 1] == "to" ? k + 2 : k + 1
            guard isObjectPronoun(object) else { continue }
            if object + 1 >= words.count || words.tokens[object + 1].kind == .punctuation || Self.afterClaimedPronoun.contains(words[object + 1]) {
                return object
            }
        }
        return nil
    }

    /// "lies on their side of the channel", "lie on its own side of the line": a place said to lie
    /// on a state's side of any line, from the word at `k` ("blame lies on its side" has no "of").
    static func liesOnItsSide(_ words: CueWords, _ k: Int) -> Bool {
        guard k + 4 < words.count, words[k] == "lies" || words[k] == "lie", words.isWord(k + 1, .on), words.isWord(k + 2, .its) || words.isWord(k + 2, .their)
        else { return false }
        let side = words.isWord(k + 3, .own) ? k + 4 : k + 3
        return side + 1 < words.count && words[side] == "side" && words.isWord(side + 1, .of)
    }

    /// Words that may follow "claims it" where "it" is the thing claimed: "claim it, and",
    /// "claims it as its own", "claims it too" (not "claims it was", "claimed it won").
    static let afterClaimedPronoun: WordSet = ["as", "and", "but", "while", "too", "also", "outright", "in", "for", "whole", "entirely"]

    /// Whether the sentence holds a pronoun a claim could refer to places by ("it", "them",
    /// "they", "these", "those"): word numbers first, then two words only for a word that may
    /// begin with "t". Asked before the claim is read, of most sentences that may name a territory.
    static func hasPronounOfPlaces(_ words: CueWords) -> Bool {
        words.indices.contains { k in
            words.isWord(k, .it) || words.isWord(k, .them) || words.isWord(k, .they)
                || (Token.mayBeginWith(words.tokens, k, UInt8(ascii: "t")) && words.tokens[k].lower.utf8.count == 5
                    && (words[k] == "these" || words[k] == "those"))
        }
    }

    /// A word of claiming, not "calls" (a name given).
    func isClaimWord(_ words: CueWords, _ k: Int) -> Bool {
        cues.claim.contains(words, k) && !words.isWord(k, .calls) && !words.isWord(k, .call)
    }

    /// A state's word, or "both": "it belongs to a private company" is no dispute.
    func namesStateOrBoth(_ s: AnalyzedSentence, _ words: CueWords) -> Bool {
        s.mentions.contains(where: { $0.countryCode.map { gazetteer.country($0)?.kind == "state" } ?? false })
            || words.indices.contains { words.isWord($0, .both) }
    }

    /// The places "these" or "them" in a claim refer to: every name carrying a noun of a
    /// specific kind of land in the sentence just before ("Morro Reef and Punta Sal Rock"), with
    /// the position of that sentence and each name's forms.
    func pronounReferents(before position: Int, in sentences: [AnalyzedSentence]) -> [(Int, [String])] {
        let earlier = sentences[position - 1]
        let words = CueWords(earlier.tokens, cues)
        let reader = TerritoryNameReader(sentence: earlier, words: words, cues: cues, gazetteer: gazetteer, personTokens: [])
        var out: [(Int, [String])] = []
        var lastEnd = -1
        for j in words.indices where j >= 1 && earlier.tokens[j].isCapitalized {
            let noun = Self.islandWords[words[j]] ?? words[j]
            guard Self.bareNameNouns.contains(Self.kin(noun)), var span = reader.backward(endingAt: j) else { continue }
            // "A Reef and B Rock": the second name begins after the first and its "and".
            if span.lowerBound <= lastEnd {
                var first = lastEnd + 1
                while first < j, words.isWord(first, .and) || Token.isMark(earlier.tokens, first, UInt8(ascii: ",")) { first += 1 }
                span = first...j
            }
            lastEnd = j
            guard span.lowerBound < j, reader.mention(at: span.lowerBound)?.isName ?? true, reader.canNameTerritory(span) else { continue }
            let name = reader.text(span)
            if !out.contains(where: { $0.1.contains(name) }) { out.append((position - 1, [name])) }
        }
        return out
    }

    /// The place "it" in a claim refers to: the last noun of a specific kind of land in the
    /// sentence just before ("The island of Kessa", "The sandy island ..."), whose name is the
    /// one carrying that noun in that sentence or in the sentences before it.
    func pronounReferent(before position: Int, in sentences: [AnalyzedSentence]) -> (Int, [String])? {
        let earlier = sentences[position - 1]
        let words = CueWords(earlier.tokens, cues)
        for j in words.indices.reversed() {
            let noun = Self.islandWords[words[j]] ?? words[j]
            guard Self.bareNameNouns.contains(Self.kin(noun)) else { continue }
            if let named = earlierName(carrying: noun, before: position, in: sentences) { return named }
        }
        return nil
    }

    /// Sentences back that a chain of references by the noun ("The reef ... Tuvalu says the reef
    /// belongs to it") may carry a name: each sentence that refers by the noun reaches
    /// `antecedentReach` further, to this many in all.
    static let chainReach = 5

    /// Verbs of guarding in hold-by phrases ("guarded by", "garrisoned by"): said of the place only
    /// as its predicate ("the islet is guarded by", ", guarded by"), not of a thing there ("met at a
    /// hotel guarded by soldiers").
    static let guarding: WordSet = ["guarded", "garrisoned"]
    static let guardedAfter: WordSet = ["is", "was", "are", "were", "been", "be", "remains", "remain"]

    func guardedAsAModifier(_ words: CueWords, _ s: AnalyzedSentence, _ k: Int) -> Bool {
        guard Self.guarding.contains(words[k]) else { return false }
        return k == 0 || !(Self.guardedAfter.contains(words[k - 1]) || Token.isMark(s.tokens, k - 1, UInt8(ascii: ",")))
    }

    /// Words that may follow "as Argentine" where the phrase ends: "showed X as Argentine and ...".
    static let afterShownAs: WordSet = ["and", "but", "while", "territory", "land", "soil", "water", "waters"]

    /// "The map showed the whole of X as Argentine", "depicted X as Chinese territory": a listed
    /// territory said to be a state's by "as" and the state's demonym, where the phrase ends there
    /// (not "visited X as Russian president").
    func shownAsAState(_ s: AnalyzedSentence, _ reader: TerritoryNameReader) -> Bool {
        let words = reader.words
        return s.mentions.contains { m in
            guard case .territory = m.kind, m.last + 2 < words.count, words.isWord(m.last + 1, .as), let d = reader.mention(at: m.last + 2),
                d.first == m.last + 2, case .country(_, .demonym, false) = d.kind, d.countryCode.map({ gazetteer.country($0)?.kind == "state" }) == true
            else { return false }
            return d.last + 1 >= words.count || s.tokens[d.last + 1].kind == .punctuation || Self.afterShownAs.contains(words[d.last + 1])
        }
    }

    /// Articles of a place not named yet: "a strip of farmland that both claim".
    static let indefinites: WordSet = ["a", "an", "one"]
    /// Lowercase words between such a noun and its clause: "a strip of rice and banana farmland that".
    static let unnamedOfReach = 5

    /// "Kenya and Uganda set up a commission on a strip of farmland that both countries say lies on
    /// their side of the line. The Saburo strip is held by Uganda.": sentence `s` opens with a name
    /// carrying a noun of a specific kind of land ("The Saburo strip") where the sentence just
    /// before speaks of an unnamed place of that noun as disputed ("a disputed strip", "a strip
    /// ... that both claim"). The name's tokens and forms.
    func namedAfterUnnamedDisputed(_ s: AnalyzedSentence, _ reader: TerritoryNameReader, position: Int, in sentences: [AnalyzedSentence]) -> (
        ClosedRange<Int>, [String]
    )? {
        guard position >= 1 else { return nil }
        let words = reader.words
        // The name opens the sentence, after at most an article: "The Saburo strip", "Saburo Strip".
        let first = words.count > 1 && words.isWord(0, .the) ? 1 : 0
        guard first < words.count, s.tokens[first].isCapitalized,
            let j = (first + 1..<min(words.count, first + 6)).first(where: { Self.bareNameKin.contains(words[$0]) }),
            let span = reader.backward(endingAt: j), span.lowerBound == first, span.lowerBound < j, reader.mention(at: span.lowerBound)?.isName ?? true,
            reader.canNameTerritory(span), !reader.isKnownPlace(span)
        else { return nil }
        let noun = Self.kin(words[j])
        let earlier = sentences[position - 1]
        let w = CueWords(earlier.tokens, cues)
        func unnamedDisputed(_ q: Int) -> Bool {
            guard q >= 1, Self.isKin(w[q], of: noun), !earlier.tokens[q].isCapitalized else { return false }
            // "a disputed strip", "a contested border strip".
            if (max(0, q - UnlistedTerritoryFinder.adjectiveReach)..<q).contains(where: { cues.adjective.contains(w, $0) }) {
                return (max(0, q - UnlistedTerritoryFinder.adjectiveReach - 1)..<q).contains { Self.indefinites.contains(w[$0]) }
            }
            guard Self.indefinites.contains(w[q - 1]) else { return false }
            // "a strip of farmland that both countries say lies on their side": past an "of" phrase
            // of lowercase words to the clause, whose words claim the place.
            var k = q + 1
            if k < w.count, w[k] == "of" {
                k += 1
                while k < min(w.count, q + 2 + Self.unnamedOfReach), earlier.tokens[k].kind == .word, !earlier.tokens[k].isCapitalized,
                    w[k] != "that", w[k] != "which"
                {
                    k += 1
                }
            }
            guard k < w.count, w[k] == "that" || w[k] == "which" else { return false }
            let end = min(w.count, k + 1 + UnlistedTerritoryFinder.relativeClauseReach)
            return (k + 1..<end).contains { cues.claim.contains(w, $0) || cues.trailing.match(w, at: $0) != nil }
        }
        guard w.indices.contains(where: unnamedDisputed) else { return nil }
        if span.upperBound < j { return (span, [reader.text(span), reader.text(span.lowerBound...j)]) }
        return (span, [reader.text(span)])
    }

    /// Nouns of a kind of land specific enough to refer back to a place named without them ("Dorvan
    /// ... the enclave"); "the area", "the region" or "the town" may be anything the sentence
    /// before names.
    static let bareNameNouns: WordSet = [
        "enclave", "exclave", "island", "islands", "strip", "corridor", "salient", "pasture", "pastures", "valley", "glacier", "plateau",
        "peninsula", "oasis", "triangle", "headland", "spit", "heights",
    ]

    /// Every word whose kin is one of `bareNameNouns` (`bareNameNouns.contains(kin(word))`), as a
    /// set with masks: the first words of every sentence are tested, and a lookup in `nounKin`
    /// hashed each of them before the set was asked.
    static let bareNameKin = WordSet(bareNameNouns.words.union(nounKin.keys).filter { bareNameNouns.contains(kin($0)) })

    /// Words of place before a name the next sentence may refer to as "the enclave": "Residents of
    /// Dorvan", "landed on Minvera Rift", "fighting near Dorvan" (not "at", of venues: "talks at
    /// Lancaster House").
    static let placePrepositions: WordSet = ["in", "on", "near", "of", "into", "over", "around", "across"]

    /// "Residents of Dorvan fled. Both Armenia and Azerbaijan claim the enclave.": where no name
    /// carries the noun, the one name after a word of place in the sentence just before that
    /// can be a territory's (no state, city, person, title or day, nor a name carrying a noun of
    /// territory); none where it has two.
    func bareNameBefore(_ position: Int, in sentences: [AnalyzedSentence], personTokens: (Int) -> Set<Int>) -> (Int, [String])? {
        guard position >= 1 else { return nil }
        let earlier = sentences[position - 1]
        // A place where leaders met or arrived is a place where something happened.
        guard !earlier.tokens.contains(where: { !$0.classes.isDisjoint(with: [.meetingTrigger, .arrival]) }) else { return nil }
        let words = CueWords(earlier.tokens, cues)
        let reader = TerritoryNameReader(sentence: earlier, words: words, cues: cues, gazetteer: gazetteer, personTokens: personTokens(earlier.index))
        var found: ClosedRange<Int>?
        for j in words.indices where j >= 1 && earlier.tokens[j].isCapitalized && Self.placePrepositions.contains(words[j - 1]) {
            if let m = reader.mention(at: j), !m.isName { continue }
            guard !earlier.tokens[j].classes.contains(.dateWord), let span = reader.forward(from: j), span.lowerBound == j, reader.canNameTerritory(span),
                reader.personTokens.isDisjoint(with: span),
                // A name carrying another noun ("Kul-Besh meadow") is not what "the island" refers to.
                !reader.endsInPlaceNoun(span), reader.placeNounAfter(span) == nil
            else { continue }
            if found != nil { return nil }
            found = span
        }
        return found.map { (position - 1, [reader.text($0)]) }
    }

    /// The name carrying noun `noun` or one of its kin ("Fera Reef", "Kok-Tash meadow", "Isla
    /// Verde" for "island") in one of the sentences just before `position`, which the name reader
    /// takes for a territory's, with the position of its sentence and the name's forms.
    func earlierName(carrying word: String, before position: Int, in sentences: [AnalyzedSentence]) -> (Int, [String])? {
        let noun = Self.kin(word)
        var floor = max(0, position - Self.antecedentReach)
        var k = position
        while k > floor {
            k -= 1
            let earlier = sentences[k]
            let earlierWords = CueWords(earlier.tokens, cues)
            // "The reef sits between them.": a sentence that refers by the noun carries the name
            // on, so the name may stand further back.
            if earlierWords.indices.contains(where: { j in
                j >= 1 && !earlier.tokens[j].isCapitalized && Self.isKin(earlierWords[j], of: noun) && Self.determiners.contains(earlierWords[j - 1])
            }) {
                floor = max(0, position - Self.chainReach, min(floor, k - Self.antecedentReach))
            }
            let earlierReader = TerritoryNameReader(sentence: earlier, words: earlierWords, cues: cues, gazetteer: gazetteer, personTokens: [])
            for j in earlierWords.indices where j >= 1 && Self.isKin(earlierWords[j], of: noun) {
                // "the island of Sarengrad Ada": the name after the noun.
                if !earlier.tokens[j].isCapitalized, j + 1 < earlierWords.count, earlierWords[j + 1] == "of", let span = earlierReader.forward(from: j),
                    span.lowerBound > j + 1, earlierReader.mention(at: span.lowerBound)?.isName ?? true, earlierReader.canNameTerritory(span)
                {
                    return (k, [earlierReader.text(span)])
                }
                // "Bagra, a village of herders near the border, ...": the name the noun describes
                // in apposition.
                if !earlier.tokens[j].isCapitalized, let span = earlierReader.describedName(endingBefore: j + 1), earlierReader.canNameTerritory(span),
                    earlierReader.mention(at: span.lowerBound)?.isName ?? true
                {
                    return (k, [earlierReader.text(span)])
                }
                guard let span = earlierReader.backward(endingAt: j), span.lowerBound < j, earlierReader.mention(at: span.lowerBound)?.isName ?? true,
                    earlierReader.canNameTerritory(span)
                else { continue }
                // "Kok-Tash meadow": the name, and the name with its lowercase noun.
                if span.upperBound < j { return (k, [earlierReader.text(span), earlierReader.text(span.lowerBound...j)]) }
                return (k, [earlierReader.text(span)])
            }
            // "Isla Verde", "Pulau Kessa": the noun opens the name in the language of the place.
            for j in earlierWords.indices where earlier.tokens[j].isCapitalized && Self.islandWords[earlierWords[j]].map(Self.kin) == noun {
                guard let span = earlierReader.forward(from: j), span.lowerBound == j, span.count >= 2, earlierReader.mention(at: j)?.isName ?? true,
                    earlierReader.canNameTerritory(span)
                else { continue }
                return (k, [earlierReader.text(span)])
            }
        }
        return nil
    }

    /// "China calls them the Dianyu Islands", "Japan refers to it as Tokana": a state's own name
    /// for the place named before.
    func callsItByName(_ s: AnalyzedSentence, _ reader: TerritoryNameReader) -> Bool {
        let words = reader.words
        return s.mentions.contains { m in
            guard let object = reader.namingObjectStart(at: m.last + 1), object < words.count, words.isWord(object, .it) || words.isWord(object, .them),
                let code = m.countryCode, gazetteer.country(code)?.kind == "state"
            else { return false }
            return reader.nameGiven(byVerbAt: m.last + 1) != nil
        }
    }

    /// A territory no list knows whose sentences do not say who claims it: the parties are the
    /// states its sentences name, else those of the sentences around, else the states the article
    /// is most about — the first two it finds, most mentioned first. An article about a dispute
    /// names its parties somewhere, if not beside the territory.
    func fillClaimants(_ claims: inout [String: (ClaimKind, Evidence)], of b: Building, sentences: [AnalyzedSentence], stateCounts: [String: Int]) {
        let own = Set(b.evidence.map(\.sentence))
        var rings: [Set<Int>] = [own]
        for reach in Self.claimantReach {
            rings.append(Set(own.flatMap { max(0, $0 - reach)...min(sentences.count - 1, $0 + reach) }))
        }
        for ring in rings where claims.count < 2 {
            var states: Set<String> = []
            for k in ring.sorted() {
                for m in sentences[k].mentions {
                    guard let code = m.countryCode, isState(code) else { continue }
                    states.insert(side(code))
                }
            }
            let ranked = states.subtracting(claims.keys).sorted { (stateCounts[$0] ?? 0, $1) > (stateCounts[$1] ?? 0, $0) }
            for code in ranked.prefix(2 - claims.count) { claims[code] = (.claims, b.evidence[0]) }
        }
        // The article as a whole, from the counts already made rather than another pass.
        if claims.count < 2 {
            let ranked = stateCounts.keys.map { side($0) }.filter { claims[$0] == nil && isState($0) }
                .sorted { (stateCounts[$0] ?? 0, $1) > (stateCounts[$1] ?? 0, $0) }
            for code in ranked.prefix(2 - claims.count) { claims[code] = (.claims, b.evidence[0]) }
        }
    }

    /// The sides, names and holders a sentence of dispute gives for its territory.
    func readNamesAndClaims(_ s: AnalyzedSentence, into b: inout Building, evidence: Evidence, addName: (String, String?) -> Void) {
        let words = CueWords(s.tokens, cues)
        let reader = TerritoryNameReader(sentence: s, words: words, cues: cues, gazetteer: gazetteer, personTokens: [])
        func holdsOrClaims(_ code: String, _ kind: ClaimKind) {
            let c = side(code)
            if kind == .holds || b.claims[c] == nil { b.claims[c] = (kind, evidence) }
        }
        for m in s.mentions {
            guard let code = m.countryCode else { continue }
            guard gazetteer.country(code)?.kind != "body" else { continue }
            // Hyphenated: "Japanese-administered", "Russian-held", "Japanese-claimed".
            let token = s.tokens[m.first]
            if m.first == m.last, token.hasHyphen, token.lower.contains("-") {
                let suffix = String(token.lower.split(separator: "-").last ?? "")
                if cues.hold.contains(suffix) { holdsOrClaims(code, .holds) } else if cues.claim.contains(suffix) { holdsOrClaims(code, .claims) }
                continue
            }
            // "China claims ...", "Caracas's claim on ...", "Russian sovereignty over ...",
            // "Guyana, which has governed the area ...".
            let after = (m.last + 1)..<ownWordsEnd(after: m, in: s, words)
            if after.contains(where: { cues.claim.contains(words, $0) }) { holdsOrClaims(code, .claims) }
            if after.contains(where: { saysHolding(at: $0, s, words) }) && !after.contains(where: { words.isWord($0, .by) }) {
                holdsOrClaims(code, .holds)
            }
            // "captured by Soviet troops", "under the control of Honduras", "under Honduras's control".
            if m.first >= 1, cues.holdBy.match(words, endingAt: m.first - 1) != nil {
                holdsOrClaims(code, .holds)
            }
            if m.first >= 1, words.isWord(m.first - 1, .under), m.last + 1 < words.count, cues.control.contains(words, m.last + 1) {
                holdsOrClaims(code, .holds)
            }
            // "known as the Kuril to Russia", "called Senkaku in Japan": the name before "in/to COUNTRY".
            // "Tarqa to the Chinese": the article before a people's name.
            let lead = m.first >= 3 && words.isWord(m.first - 1, .the) ? m.first - 1 : m.first
            if lead >= 2, words.isWord(lead - 1, .to) || words.isWord(lead - 1, .in) || words.isWord(lead - 1, .by) {
                var j = lead - 2
                var nameEnd = j
                while j >= 0, s.tokens[j].isCapitalized || words.isWord(j, .the) { j -= 1 }
                let nameStart = j + 1
                while nameEnd >= nameStart, words.isWord(nameEnd, .the) { nameEnd -= 1 }
                // "Tessel (Teslo to Serbs)", "Vukar, Vukarac to Serbs, ...": a side's name set apart.
                let setApart =
                    nameStart >= 1 && (Token.isMark(s.tokens, nameStart - 1, UInt8(ascii: "(")) || Token.isMark(s.tokens, nameStart - 1, UInt8(ascii: ",")))
                    && m.last + 1 < words.count
                    && (Token.isMark(s.tokens, m.last + 1, UInt8(ascii: ")")) || Token.isMark(s.tokens, m.last + 1, UInt8(ascii: ","))
                        || words.isWord(m.last + 1, .and))
                // "Arab states and Russia in Morocco": a state before "in" is no name of the place.
                let namesAState = s.mention(at: nameStart).map { $0.first == nameStart && $0.last == nameEnd && $0.countryCode != nil } ?? false
                if nameEnd >= nameStart, !namesAState,
                    setApart
                        || (max(0, nameStart - 4)..<nameStart).contains(where: {
                            (words.isWord($0, .as) || words.isWord($0, .called) || words.isWord($0, .calls) || words.isWord($0, .call) || words.isWord($0, .and)
                                || words.isWord($0, .named))
                        })
                {
                    addName(s.text(nameStart, nameEnd), code)
                    holdsOrClaims(code, .claims)
                }
            }
            // "known to Serbs as Teslo", "known in Serbia as Teslo": the name after the state, which
            // names the place without claiming it ("known in Britain as ...").
            if m.first >= 2, words.isWord(m.first - 1, .to) || words.isWord(m.first - 1, .in) || words.isWord(m.first - 1, .by),
                words.isWord(m.first - 2, .known) || words.isWord(m.first - 2, .called),
                m.last + 2 < words.count, words.isWord(m.last + 1, .as), let span = reader.forward(from: m.last + 2),
                reader.canNameTerritory(span, saidToBePlace: true)
            {
                addName(reader.text(span), code)
            }
            // "China calls the islands Diaoyu", "which it calls Diaoyu" (it = the country before).
            if let calls = after.first(where: { words.isWord($0, .calls) || words.isWord($0, .call) }) {
                var j = calls + 1
                while j < words.count, !s.tokens[j].isCapitalized, j < calls + 4 { j += 1 }
                if j < words.count, let n = reader.mention(at: j), n.first == j,
                    n.isName
                        || {
                            if case .territory = n.kind { return true }
                            return false
                        }()
                {
                    addName(s.text(n.first, n.last), code)
                } else if calls == m.last + 1, let span = reader.nameCalled(after: calls) {
                    // A name no list or tagger knows: "which Japan calls the Northern Korvos".
                    addName(reader.text(span), code)
                }
            }
        }
        // "which it calls Diaoyu": the state is the subject of the clause before.
        if let calls = words.firstIndex(of: "calls"), calls >= 1, words.isWord(calls - 1, .it),
            let subject = s.mentions.last(where: { $0.last < calls && $0.countryCode != nil }), let code = subject.countryCode
        {
            var j = calls + 1
            while j < words.count, !s.tokens[j].isCapitalized, j < calls + 4 { j += 1 }
            if j < words.count, let n = reader.mention(at: j), n.first == j {
                addName(s.text(n.first, n.last), code)
                holdsOrClaims(code, .claims)
            }
        }
        // "which both India and Pakistan claim", "a dispute between Japan and China", "claimed by
        // Chile and Argentina": the states joined right after.
        for i in words.indices {
            var k: Int
            if words.isWord(i, .both) || words.isWord(i, .between) {
                k = i + 1
            } else if let length = cues.claimedBy.match(words, at: i) {
                k = i + length
            } else {
                continue
            }
            var joined: [String] = []
            while k < words.count {
                if words.isWord(k, .the) || words.isWord(k, .both) {
                    k += 1
                    continue
                }
                guard let m = reader.mention(at: k), m.first == k, let code = m.countryCode, gazetteer.country(code)?.kind == "state" else { break }
                joined.append(code)
                k = m.last + 1
                if k < words.count, words.isWord(k, .and) || words[k] == "," { k += 1 } else { break }
            }
            if joined.count >= 2 { for code in joined { holdsOrClaims(code, .claims) } }
        }
        // "X is part of Pakistan", "the island is Salvadoran": the state said to own it claims it.
        for (_, state) in UnlistedTerritoryFinder(gazetteer: gazetteer).belongingPredicates(reader) {
            if let code = state.countryCode { holdsOrClaims(code, .claims) }
        }
        // "competing claims", "rival claims": every state in the sentence.
        if words.contains(where: { $0 == "competing" || $0 == "rival" }) {
            for m in s.mentions { if let code = m.countryCode, gazetteer.country(code)?.kind == "state" { holdsOrClaims(code, .claims) } }
        }
    }

    /// Whether the word at `k`, said of a state before it, says the state holds the territory:
    /// "Chile administers", "which Britain has held since 1833". Not "control" (a noun as often),
    /// not "held" but after "has" and before no object ("held talks" is a meeting).
    func saysHolding(at k: Int, _ s: AnalyzedSentence, _ words: CueWords) -> Bool {
        guard cues.hold.contains(words, k), !words.isWord(k, .control) else { return false }
        // "Morocco regards the rock as occupied land": the state's word for another's holding.
        if words[k] == "occupied", k + 1 < words.count, UnlistedTerritoryFinder.landNouns.contains(words[k + 1]) { return false }
        // "Ireland says the border runs down the middle": a line runs, not the state.
        if k >= 1, Self.lines.contains(words[k - 1]) { return false }
        guard words.isWord(k, .held) else { return true }
        guard k >= 1, words.isWord(k - 1, .has) || words.isWord(k - 1, .have) || words.isWord(k - 1, .had) else { return false }
        return k + 1 >= words.count || s.tokens[k + 1].kind == .punctuation || Self.afterHeld.contains(words[k + 1])
    }

    /// Lines and ways that run, or are held, of themselves: "the border runs down the middle".
    static let lines: WordSet = ["border", "boundary", "frontier", "line", "river", "road", "railway", "pipeline"]

    /// Words after "has held" that leave it without an object: "has held since 1833", "has held it".
    static let afterHeld: WordSet = ["since", "for", "it", "them", "onto", "on"]

    /// Words after a state that say what it does to the territory: "claims", "administers".
    static let ownWordsReach = 5

    /// Where the words of claiming or holding said of state `m` end: a few words on, or at the
    /// next state named, whose own they are ("Algeria condemned Morocco's occupation"), unless
    /// the two are joined as one subject ("Chile and Peru claim").
    func ownWordsEnd(after m: Mention, in s: AnalyzedSentence, _ words: CueWords) -> Int {
        let end = min(words.count, m.last + 1 + Self.ownWordsReach)
        guard let next = s.mentions.first(where: { $0.first > m.last && $0.first < end && $0.countryCode != nil }) else { return end }
        let between = (m.last + 1)..<next.first
        return between.allSatisfy({ ["and", ",", "both", "the", "or"].contains(words[$0]) }) ? end : next.first
    }

    /// Small words inside a place's name that news keep or drop: "Isla (del) Conejo".
    static let nameParticles: WordSet = ["de", "del", "la", "las", "los", "el", "da", "do", "dos", "das", "du", "des", "di"]

    static func stripArticle(_ name: String) -> String {
        name.hasPrefix("the ") || name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
    }

    static func key(_ name: String) -> String {
        let folded = PersonResolver.fold(stripArticle(name))
        // An ASCII name splits on bytes: splitting into Characters cost more than the rest of the key.
        var words =
            folded.utf8.allSatisfy({ $0 < 0x80 })
            ? folded.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            : folded.split(separator: " ").map(String.init)
        if words.count > 1, ["islands", "island", "isles", "islets", "region", "heights"].contains(words.last!) { words.removeLast() }
        // "Isla del Conejo" and "Isla Conejo" are one place: small words inside a name are left out.
        // (Particles are short: longer words are passed over without hashing, and most names keep
        // their array.)
        if words.count > 2, words.dropFirst().contains(where: { $0.utf8.count <= 3 && Self.nameParticles.contains($0) }) {
            words = [words[0]] + words.dropFirst().filter { !Self.nameParticles.contains($0) }
        }
        return words.joined(separator: " ")
    }
}
