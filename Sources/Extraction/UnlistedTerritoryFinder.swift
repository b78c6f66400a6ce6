/// A territory no list names, found in one sentence by a pattern of dispute.
struct UnlistedTerritory: Sendable {
    /// The tokens of the name the pattern points at.
    var span: ClosedRange<Int>
    /// Its names in this sentence, the side using each where the text says ("known as Y in A").
    var names: [TerritoryName]
    /// Found by words of any quarrel ("the X dispute", "a row over X"): a territory only where
    /// the text around speaks of territory too.
    var needsContext: Bool
    /// Named only as "the island, known as X": a territory where a sentence just before speaks
    /// of a disputed island (this noun) without naming it.
    var antecedent: String? = nil
    /// Named only by what each side calls it ("Manila calls it X, and Beijing calls it Y"): the
    /// names of the territory named before, where there is one.
    var refersBack = false
    /// Named only by a side's name for "the island" ("the island, which Serbs call Y"): the noun,
    /// by which the place named a sentence or two before is found.
    var referredNoun: String? = nil
}

/// Finds the territories a sentence presents as disputed by the patterns of dispute alone:
/// "claims to X", "sovereignty over X", "the disputed X", "A-held X", "X, which both A and B
/// claim", "X, a disputed island", "X is contested territory", "the X border dispute",
/// "known as Y in A and Z in B". Each pattern looks a few tokens around a cue word, so the
/// sentence is read in time linear in its length.
struct UnlistedTerritoryFinder {
    let gazetteer: Gazetteer
    var cues: TerritoryCues { gazetteer.territoryCues }

    /// Tokens a clause may run after "which" before its verb of claiming: "which both A and B claim".
    static let relativeClauseReach = 8
    /// Words between a dispute adjective and its noun: "disputed Ukrainian island", "contested gas field".
    static let adjectiveReach = 3
    /// Words between a noun of quarrel and "over": "a dispute with the Republic of Vanuatu over X".
    static let quarrelReach = 7
    /// Names a dispute noun may introduce as a list; more is a list of something else.
    static let listLength = 4
    /// Territories one sentence may name by patterns; a sentence naming more is a list of
    /// something else, and the cap keeps the reading of each one's claims linear.
    static let maxPerSentence = 8

    func find(with reader: TerritoryNameReader) -> [UnlistedTerritory] {
        let s = reader.sentence
        let words = reader.words
        var found: [UnlistedTerritory] = []
        var foundAt: [Int: Int] = [:]  // a name's first token -> its place in `found`
        func add(_ span: ClosedRange<Int>?, needsContext: Bool, saidToBePlace: Bool = false) {
            guard let span, found.count < Self.maxPerSentence, reader.canNameTerritory(span, saidToBePlace: saidToBePlace), !reader.namesAThingAfter(span),
                !disputeDenied(after: span, reader)
            else { return }
            // A name two patterns find stands if either pattern would stand alone.
            if let k = foundAt[span.lowerBound], found[k].span == span {
                found[k].needsContext = found[k].needsContext && needsContext
                return
            }
            foundAt[span.lowerBound] = found.count
            var names = [TerritoryName(name: reader.text(span))]
            if let end = reader.placeNounAfter(span) { names.append(TerritoryName(name: reader.text(span.lowerBound...end))) }
            found.append(UnlistedTerritory(span: span, names: names, needsContext: needsContext))
        }
        for i in words.indices where s.tokens[i].classes.contains(.territoryStart) || Token.isMark(s.tokens, i, UInt8(ascii: ",")) {
            // "the economic sovereignty of the Union": sovereignty over no land.
            if let length = cues.leadIn.match(words, at: i), !(i >= 1 && cues.notOfLand.contains(words, i - 1)) {
                // "occupied Kherson": a city occupied in a war is a place where fighting happened.
                let occupying = Self.occupying.contains(words[i + length - 1])
                if let span = reader.forward(from: i + length) {
                    for name in [span] + listedAfter(span, reader) where !(occupying && (reader.isKnownPlace(name) || !occupierNamed(before: i, reader))) {
                        add(name, needsContext: false)
                    }
                }
            } else if let length = cues.quarrel.match(words, at: i), let span = reader.forward(from: i + length) {
                // "The village at the centre of the quarrel is X": a noun of territory before the
                // quarrel's words says what X is, as "X, a village" would.
                let saidToBeLand = i >= 1 && !s.tokens[i - 1].isCapitalized && cues.placeNoun.match(words, endingAt: i - 1) != nil
                for name in [span] + listedAfter(span, reader) { add(name, needsContext: !saidToBeLand) }
            }
            if words.isWord(i, .over), cues.quarrel.match(words, endingAt: i) == nil, quarrelBefore(i, s) {
                add(reader.forward(from: i + 1), needsContext: true)
            }
            if let length = cues.transfer.match(words, at: i) {
                // "to hand X to A": a bare "hand" hands things as often as land, so the name must say it is land.
                let bare = length == 1 && (Self.bareHanding.contains(words[i]) || Self.bareGiving.contains(words[i]))
                let handed = handedOver(after: i + length, words, reader)
                if !bare
                    || handed.last.map({
                        reader.endsInPlaceNoun($0) || reader.placeNounAfter($0) != nil || reader.placeNounInApposition(after: $0)
                    }) == true
                {
                    for span in handed { add(span, needsContext: false) }
                }
                // "Iran's seizure of X Island": a state's taking of a place its name calls land.
                if i >= 1, isPossessiveState(reader.mention(at: i - 1)), let span = reader.forward(from: i + length),
                    reader.endsInPlaceNoun(span), !reader.isKnownPlace(span)
                {
                    add(span, needsContext: false)
                }
            }
            if cues.claimedBy.match(words, at: i) != nil {
                add(nameBeforeCopula(afterHolder(i, words, reader), words, reader), needsContext: false)
            }
            // "X is Sudanese territory": a state's demonym said of the name.
            if words.isWord(i, .territory), let span = nameCalledStateTerritory(i, words, reader) {
                add(span, needsContext: true)
            }
            // "X has been occupied by A since 1967": taken by a state, unless X is a known city.
            if cues.taking.contains(words, i), i + 2 < words.count, words.isWord(i + 1, .by), reader.mention(at: i + 2)?.countryCode != nil,
                let span = nameBeforeCopula(i, words, reader), !reader.isKnownPlace(span)
            {
                add(span, needsContext: false)
            }
            // "the islets of X were ceded by A in 1974": land a state gave away, disputed where the
            // text around speaks of territory (a cession alone is history).
            if Token.mayBeginWith(s.tokens, i, UInt8(ascii: "c")), words.isWord(i, .ceded), i + 2 < words.count, words.isWord(i + 1, .by),
                reader.mention(at: i + 2).map(isState) == true, let span = nameBeforeCopula(i, words, reader), !reader.isKnownPlace(span)
            {
                add(span, needsContext: true)
            }
            let inseparable = i >= 1 && Self.saysInseparablePart(at: i, reader)
            // "X has been at the centre of a bitter territorial dispute": the quarrel said of the
            // name, whatever words describe it; words of territory among them say it is over land.
            // (Its first test, "the" before the word, made here too: asked at every word, the
            // call itself cost more than the test.)
            if i >= 2, words.isWord(i - 1, .the), let quarrel = quarrelSaidOf(at: i, reader) {
                add(reader.backward(endingAt: quarrel.copula - 1), needsContext: !quarrel.overLand)
            }
            if i >= 1, cues.trailing.match(words, at: i) != nil || Self.liesOnAStatesSide(at: i, reader) || inseparable {
                // "X, administered from the district of Y for seventy years, is an inseparable
                // part of A": the name before the aside set off by commas.
                let span = nameBefore(i, reader) ?? (inseparable ? nameBeforeAside(i, reader) : nil)
                let needsContext = !(span.map { stateSaysItsOwn($0, belongs: i, reader) || stateSaysItsSide($0, at: i, reader) } ?? false)
                add(span, needsContext: needsContext)
                // "the islands of Velo, Malo and Rasa belong to A": each name of the list.
                if let span { for name in listedBefore(span, reader) { add(name, needsContext: needsContext) } }
            }
            // "X remains in dispute", "X are still in dispute with A".
            if i >= 2, words.isWord(i, .dispute), words.isWord(i - 1, .in) {
                add(predicate(i, words, reader, phraseStart: i - 1), needsContext: false)
            }
            if cues.adjective.contains(words, i) {
                add(apposition(i, words, reader), needsContext: false)
                add(predicate(i, words, reader), needsContext: false)
                for span in namedAfterNoun(i, words, reader) { add(span, needsContext: false) }
                // "X, an island claimed by A and B", "X, an area disputed between A and B".
                // "X, a rocky outcrop also claimed by B".
                // "X, an island in the Mekrou river claimed by A and B": past where it lies.
                let beforeAdjective = i >= 2 && words.isWord(i - 1, .also) ? i - 2 : i - 1
                let nounEnd = Self.locatingPhraseStart(endingAt: beforeAdjective, words, s).map { $0 - 1 } ?? beforeAdjective
                if nounEnd >= 0, i + 1 < words.count, words.isWord(i + 1, .by) || words.isWord(i + 1, .between),
                    !s.tokens[nounEnd].isCapitalized, let noun = cues.placeNoun.match(words, endingAt: nounEnd)
                {
                    add(nameBeforeDescription(endingBefore: nounEnd + 1 - noun, words, reader, linkRequired: true), needsContext: false)
                }
            }
            if i == 1, words.isWord(0, .the), cues.placeNoun.contains(words, 1), let named = namedByTie(after: 2, words, reader) {
                if reader.canNameTerritory(named), foundAt[named.lowerBound] == nil {
                    found.append(UnlistedTerritory(span: named, names: [TerritoryName(name: reader.text(named))], needsContext: false, antecedent: words[1]))
                }
            }
            if Token.isMark(s.tokens, i, UInt8(ascii: ",")) {
                let claimed = relativeClause(i, words, reader)
                add(claimed, needsContext: false)
                // "two islets, Velo and Malo, which A holds and B claims": the clause speaks of each.
                if let claimed { for name in listedBefore(claimed, reader) { add(name, needsContext: false) } }
                // "The island, Teslo to Serbs and Tessel to Croatians, ...": each side's name for the
                // place referred to, or named a sentence before.
                if i >= 2, found.count < Self.maxPerSentence, cues.placeNoun.contains(words, i - 1), !s.tokens[i - 1].isCapitalized,
                    TerritoryExtractor.determiners.contains(words[i - 2]), var sides = sideNames(after: i, s, words, reader)
                {
                    sides.referredNoun = words[i - 1]
                    found.append(sides)
                }
                // "a nearby hill, called X or Y in A": the name a tie phrase gives a noun of
                // territory after its comma (a place, whatever the name looks like), with the other
                // name "or" adds; in a sentence of claims only ("The island, known as X, is under
                // water" names a place and no dispute).
                if let named = nounNamedAfterComma(i, words, reader), words.indices.contains(where: { cues.claim.contains(words, $0) }) {
                    add(named, needsContext: false, saidToBePlace: true)
                    if let k = foundAt[named.lowerBound], named.upperBound + 2 < words.count, words[named.upperBound + 1] == "or",
                        let other = reader.forward(from: named.upperBound + 2), other.lowerBound == named.upperBound + 2,
                        reader.canNameTerritory(other, saidToBePlace: true)
                    {
                        found[k].names.append(TerritoryName(name: reader.text(other)))
                    }
                }
                if found.count < Self.maxPerSentence, let called = nounCalledByName(comma: i, words, reader), foundAt[called.span.lowerBound] == nil {
                    foundAt[called.span.lowerBound] = found.count
                    found.append(called)
                }
            }
            if cues.considering.contains(words, i), let span = consideredItsOwn(at: i, reader) { add(span, needsContext: false) }
            if words.isWord(i, .under), let span = heldUnderControl(i, words, reader) { add(span, needsContext: false) }
            if let to = claimAfterTime(i, words, reader) { add(reader.forward(from: to + 1), needsContext: false) }
            if isHyphenatedHolder(reader, i), let span = reader.forward(from: i + 1) {
                // "Russian-controlled Varno Bank": held things are banks and firms as often as land;
                // a name that says it is land, or words of territory around, make it one. States
                // administer and occupy land alone ("Indian-administered Varnoch"), and what they
                // do so is a place even where the name reads like a person's.
                let onlyLand = Self.landHolding.contains(hyphenSuffix(reader, i))
                let saysLand = onlyLand || reader.endsInPlaceNoun(span) || reader.placeNounAfter(span) != nil || claimedToo(reader)
                add(span, needsContext: !saysLand, saidToBePlace: onlyLand)
            }
            if words.isWord(i, .known) || words.isWord(i, .called), found.count < Self.maxPerSentence, let sides = sideNames(after: i, s, words, reader) {
                found.append(sides)
            }
        }
        for span in claimedAndHeld(reader) { add(span, needsContext: false) }
        for span in jointlyClaimed(reader) { add(span, needsContext: false) }
        // "Pakistan maintains that Sarkot is part of Pakistan", "X is Syrian land": said of a
        // place where a state claims it, or another state is named (geography alone is not news).
        for (end, state) in belongingPredicates(reader) {
            guard let span = reader.backward(endingAt: end), !reader.isKnownPlace(span) else { continue }
            // A listed territory said to be part of a state is disputed by the list's other side.
            let listed = {
                if case .territory = reader.mention(at: span.lowerBound)?.kind { return true }
                return false
            }()
            guard listed || reader.sentence.mentions.contains(where: { $0.first != state.first && isState($0) }) else { continue }
            // A state saying a place is part of itself claims it; other words of it need words of territory around.
            let saysItself = reader.sentence.mentions.contains { $0.last < span.lowerBound && $0.countryCode == state.countryCode }
            add(span, needsContext: !saysItself || state.first < 2 || !reader.words.isWord(state.first - 2, .part))
        }
        if let (sides, firstSide) = namesEachStateCalls(reader) {
            // "the Tesso islands, which China calls Tesha and Vietnam calls Dao Tesso": one place,
            // its names on each side added to the name the clause is said of.
            let named = nameBeforeWhich(firstSide, reader) ?? sides.span
            if let k = foundAt[named.lowerBound], found[k].span == named {
                for n in sides.names where !found[k].names.contains(where: { $0.name == n.name }) { found[k].names.append(n) }
            } else if found.count < Self.maxPerSentence {
                found.append(sides)
            }
        }
        return found
    }

    /// "Eritrea says Tessem belongs to it": a state, then the name, then "belongs to it" (or to
    /// the state again) at `i`. A state saying a place is its own claims it, words of territory
    /// around or not.
    /// "sovereignty over X itself is not in question", "claims to X are undisputed": the words
    /// right after the name (past "itself" and a noun of territory) deny what the pattern before it
    /// would say.
    private func disputeDenied(after span: ClosedRange<Int>, _ reader: TerritoryNameReader) -> Bool {
        var j = (reader.placeNounAfter(span) ?? span.upperBound) + 1
        if j < reader.words.count, reader.words[j] == "itself" || reader.words[j] == "themselves" { j += 1 }
        return j < reader.words.count && cues.denial.match(reader.words, at: j) != nil
    }

    private func stateSaysItsOwn(_ span: ClosedRange<Int>, belongs i: Int, _ reader: TerritoryNameReader) -> Bool {
        let words = reader.words
        guard i + 2 < words.count, words.isWord(i, .belongs) || words.isWord(i, .belong), words.isWord(i + 1, .to),
            let sayer = reader.sentence.mentions.last(where: { $0.last < span.lowerBound && isState($0) })
        else { return false }
        if words.isWord(i + 2, .it) || words.isWord(i + 2, .them) { return true }
        return reader.mention(at: i + 2)?.countryCode == sayer.countryCode
    }

    /// "Kenya says X lies on the Kenyan side of the border": the state named before the name
    /// says it lies on its own side, a claim with no other words of territory needed.
    private func stateSaysItsSide(_ span: ClosedRange<Int>, at i: Int, _ reader: TerritoryNameReader) -> Bool {
        guard let word = Self.statesWordOfLying(at: i, reader),
            let sayer = reader.sentence.mentions.last(where: { $0.last < span.lowerBound && isState($0) })
        else {
            return false
        }
        if reader.words.isWord(word, .its) || reader.words.isWord(word, .their) { return true }
        return reader.mention(at: word)?.countryCode == sayer.countryCode
    }

    /// Words between a state and such a verb: "Venezuela still considers".
    static let consideringAdverbs: WordSet = ["still", "also", "has", "long", "always", "now"]
    /// Nouns after a state's demonym that say a place is its own, water too: "Tanzanian water".
    static let ownNouns: WordSet = ["land", "soil", "territory", "water", "waters"]
    /// Words of right between "its" and the land a state considers its own: "its sovereign
    /// territory", "their ancestral land".
    static let ownLandAdjectives: WordSet = ["sovereign", "national", "ancestral", "historic", "historical", "rightful", "integral", "inalienable"]

    /// Whether the words at `k`, after a place considered, say it is the state's own: "its own",
    /// "their own", "Tanzanian water", "Venezuelan territory"; where `considered` (right after a
    /// verb of considering, or the place it is said of), "its territory", "their land" too ("which
    /// Eritrea considers its territory"; not "shelled from its territory").
    func saysOwn(at k: Int, _ reader: TerritoryNameReader, considered: Bool = true) -> Bool {
        let words = reader.words
        guard k + 1 < words.count else { return false }
        // "Morocco regards it as occupied land": held by another, the state's own by its word.
        if considered, words[k] == "occupied", Self.landNouns.contains(words[k + 1]) { return true }
        if words.isWord(k, .its) || words.isWord(k, .their) {
            if words.isWord(k + 1, .own) { return true }
            // "its sovereign territory", "their ancestral land": a word of right before the noun.
            let n = k + 2 < words.count && Self.ownLandAdjectives.contains(words[k + 1]) ? k + 2 : k + 1
            // "its territory." or "its territory, and", not "its territory's edge" nor "its land border".
            return considered && Self.landNouns.contains(words[n])
                && (n + 1 >= words.count || reader.sentence.tokens[n + 1].kind == .punctuation || Self.clauseJoins.contains(words[n + 1]))
        }
        // "which Tallinn regards as Estonian", "that Sarajevo sees as Bosnian": after a verb of
        // considering and "as", the state's demonym alone, ending its phrase.
        if considered, words.isWord(k, .as), let m = reader.mention(at: k + 1), m.first == k + 1, isState(m),
            case .country(_, .demonym, false) = m.kind
        {
            let next = m.last + 1
            return next >= words.count || reader.sentence.tokens[next].kind == .punctuation || Self.clauseJoins.contains(words[next])
                || Self.ownNouns.contains(words[next])
        }
        guard let m = reader.mention(at: k), m.first == k, isState(m), case .country(_, .demonym, false) = m.kind, m.last + 1 < words.count else {
            return false
        }
        return Self.ownNouns.contains(words[m.last + 1])
    }

    /// "Venezuela considers Isla Baja its own", "Tanzania regards the Kessa shoals Tanzanian
    /// water": a state holding a named place to be its own, by the verb at `v`.
    private func consideredItsOwn(at v: Int, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        let words = reader.words
        // "Venezuela considers", "Venezuela still considers".
        var s = v - 1
        if s >= 1, Self.consideringAdverbs.contains(words[s]) { s -= 1 }
        guard s >= 0, let m = reader.mention(at: s), m.last == s, isState(m), v + 1 < words.count, let span = reader.forward(from: v + 1),
            !reader.isKnownPlace(span)
        else { return nil }
        // "regards X as occupied land", as "considers X occupied territory".
        var k = (reader.placeNounAfter(span) ?? span.upperBound) + 1
        if k + 1 < words.count, words.isWord(k, .as), words[k + 1] == "occupied" { k += 1 }
        return saysOwn(at: k, reader) ? span : nil
    }

    /// Words that may follow "its territory" where the phrase ends: "considers its territory and
    /// will defend it".
    static let clauseJoins: WordSet = ["and", "but", "while", "since", "under", "in", "despite", "although"]

    /// Nouns after a state's demonym that make the phrase a claim to land: "X is Syrian land".
    static let landNouns: WordSet = ["land", "soil", "territory"]
    /// Words of a part of a state: "an integral part of China".
    static let partModifiers: WordSet = ["a", "an", "integral", "inalienable", "inseparable", "indivisible", "rightful", "eternal", "historic"]
    /// Words before "part of": an article, an adjective and an opening quote ("were \"an eternal part").
    static let partModifierReach = 3

    private func isState(_ m: Mention) -> Bool { m.countryCode.map { gazetteer.country($0)?.kind == "state" } ?? false }

    /// "X is part of Pakistan", "X is an integral part of China", "X is Syrian land", "X is
    /// Salvadoran": predicates that say a place is a state's. Each with the last token before its
    /// copula (where the place's name, or "the island", ends) and the state's mention.
    func belongingPredicates(_ reader: TerritoryNameReader) -> [(subjectEnd: Int, state: Mention)] {
        let words = reader.words
        let tokens = reader.sentence.tokens
        var out: [(Int, Mention)] = []
        // Words are compared, and the state looked up, only where the copula and the form fit:
        // this runs at every sentence of dispute.
        for m in reader.sentence.mentions {
            guard case .country(_, let form, let possessive) = m.kind else { continue }
            let after = m.last + 1
            var k = m.first - 1
            if form == .demonym, !possessive, m.first >= 3, after < words.count, words.isWord(m.first - 1, .of), words.isWord(m.first - 2, .part),
                Self.landNouns.contains(words[after])
            {
                // "an eternal part of Iranian soil", "an inseparable part of Chinese territory".
                k = m.first - 3
                while k >= 0, m.first - 3 - k < Self.partModifierReach, Self.partModifiers.contains(words[k]) || reader.isQuoteMark(k) { k -= 1 }
            } else if form == .demonym, !possessive {
                // "is Salvadoran": the clause ends after the demonym; "is Syrian land": a noun of land.
                guard k >= 1, cues.copula.match(words, endingAt: k) != nil else { continue }
                let closes = after >= words.count || tokens[after].kind == .punctuation || Self.clauseGoesOn.contains(words[after])
                guard closes || Self.landNouns.contains(words[after]) else { continue }
            } else if form == .name, m.first >= 3, words.isWord(m.first - 1, .of), words.isWord(m.first - 2, .part) {
                // "part of China's territory", not "part of Kenya's delegation".
                guard !possessive || (after < words.count && Self.landNouns.contains(words[after])) else { continue }
                k = m.first - 3
                while k >= 0, m.first - 3 - k < Self.partModifierReach, Self.partModifiers.contains(words[k]) || reader.isQuoteMark(k) { k -= 1 }
            } else {
                continue
            }
            guard k >= 1, let length = cues.copula.match(words, endingAt: k), isState(m) else { continue }
            out.append((k - length, m))
        }
        return out
    }

    /// Words after which a clause goes on to another: "X is Indian, while China ...".
    static let clauseGoesOn: WordSet = ["and", "while", "whereas", "but", "not"]

    /// "Chile administers X, but Bolivia claims it", "Bolivia claims X, which Chile has
    /// controlled since 1904": one state claims or holds the name right after it, and another
    /// state claims or holds something a few words later in the same sentence.
    private func claimedAndHeld(_ reader: TerritoryNameReader) -> [ClosedRange<Int>] {
        let s = reader.sentence
        let words = reader.words
        func isState(_ m: Mention) -> Bool { m.countryCode.map { gazetteer.country($0)?.kind == "state" } ?? false }
        func isVerb(_ k: Int) -> Bool { k < words.count && cues.isClaimOrHoldVerb(words, k) }
        // "Uganda has administered X since 2004": the verb after an auxiliary.
        func verbEnd(after m: Mention) -> Int? {
            if isVerb(m.last + 1) { return m.last + 1 }
            guard m.last + 2 < words.count, isVerb(m.last + 2), Self.auxiliaries.contains(words[m.last + 1]) else { return nil }
            return m.last + 2
        }
        var out: [ClosedRange<Int>] = []
        for m in s.mentions where m.countryCode != nil {
            guard let verb = verbEnd(after: m), isState(m), let span = reader.forward(from: verb + 1), !reader.isKnownPlace(span) else { continue }
            let end = min(words.count, span.upperBound + 1 + Self.secondSideReach)
            let other = s.mentions.first { o in
                o.first > span.upperBound && o.first < end && isState(o) && o.countryCode != m.countryCode
                    && (o.last + 1...o.last + 3).contains { isVerb($0) }
            }
            if other != nil { out.append(span) }
        }
        return out
    }

    /// "Both Cameroon and Nigeria claim the Ekondo Sandbar", "Chad and Sudan claim Wadi Tinsa":
    /// two states joined as the subject of "claim", and a name as its object that ends the
    /// clause ("Ghana and Togo claim the talks failed" claims no place).
    private func jointlyClaimed(_ reader: TerritoryNameReader) -> [ClosedRange<Int>] {
        let words = reader.words
        let tokens = reader.sentence.tokens
        var out: [ClosedRange<Int>] = []
        for m in reader.sentence.mentions {
            // A second state must follow ("A and B claim"), which the words right after tell before
            // the gazetteer is asked what this mention is (a lookup by code at every mention).
            let joiner = m.last + 1
            guard joiner + 1 < words.count, words.isWord(joiner, .and) || Token.isMark(tokens, joiner, UInt8(ascii: ",")), isState(m) else { continue }
            // The first state of the subject only.
            if m.first >= 1, words.isWord(m.first - 1, .and) || Token.isMark(tokens, m.first - 1, UInt8(ascii: ",")) { continue }
            var k = m.last + 1
            var states = 1
            while k + 1 < words.count, words.isWord(k, .and) || Token.isMark(tokens, k, UInt8(ascii: ",")), let next = reader.mention(at: k + 1),
                next.first == k + 1, isState(next)
            {
                states += 1
                k = next.last + 1
            }
            if k < words.count, words.isWord(k, .both) || words.isWord(k, .each) { k += 1 }
            guard states >= 2, k + 1 < words.count, words.isWord(k, .claim), let span = reader.forward(from: k + 1) else { continue }
            let after = (reader.placeNounAfter(span) ?? span.upperBound) + 1
            guard after >= words.count || tokens[after].kind == .punctuation || Self.clauseGoesOn.contains(words[after]) || words.isWord(after, .as) else {
                continue
            }
            out.append(span)
            out += listedAfter(span, reader)
        }
        return out
    }

    /// "Velo and Malo, which A holds": the names joined by "and" before the one at `span`, each a
    /// territory of its own (up to `listLength` in all, each capitalised and no known place).
    private func listedBefore(_ span: ClosedRange<Int>, _ reader: TerritoryNameReader) -> [ClosedRange<Int>] {
        let words = reader.words
        var out: [ClosedRange<Int>] = []
        var k = span.lowerBound - 1
        // A comma joins names only in a list that "and" closes: "Velo, Malo and Rasa".
        guard k >= 1, words.isWord(k, .and) else { return [] }
        while out.count + 1 < Self.listLength, k >= 1, words.isWord(k, .and) || Token.isMark(reader.sentence.tokens, k, UInt8(ascii: ",")),
            reader.sentence.tokens[k - 1].isCapitalized, let previous = reader.backward(endingAt: k - 1), previous.upperBound == k - 1,
            !reader.isKnownPlace(previous), reader.mention(at: previous.lowerBound)?.countryCode == nil
        {
            out.append(previous)
            k = previous.lowerBound - 1
            if k >= 0, !(words.isWord(k, .and) || Token.isMark(reader.sentence.tokens, k, UInt8(ascii: ","))) { break }
        }
        return out
    }

    /// Lowercase words that may open an item of a list before its name: "and the island of X".
    static let listItemLeadIn = 4

    /// "claims to Remba and Ussi", "the islands of Little Marun and Big Marun", "Korvo and Tessel
    /// islands", "over the Kessa Shoals and the island of Dovi", "claim Remba, Ussi and the
    /// Tessel islets": the names joined by "and" (or by commas, where an "and" closes the list)
    /// to the one at `span`, each a territory of its own. Names after commas that no "and"
    /// closes are something else ("over Remba, Ussi officials said").
    private func listedAfter(_ span: ClosedRange<Int>, _ reader: TerritoryNameReader) -> [ClosedRange<Int>] {
        let words = reader.words
        let tokens = reader.sentence.tokens
        var out: [ClosedRange<Int>] = []
        var afterCommas: [ClosedRange<Int>] = []
        var k = span.upperBound + 1
        while out.count + afterCommas.count + 1 < Self.listLength, k + 1 < words.count {
            let joinsByAnd = words.isWord(k, .and)
            guard joinsByAnd || Token.isMark(tokens, k, UInt8(ascii: ",")), let next = reader.forward(from: k + 1),
                next.lowerBound - (k + 1) <= Self.listItemLeadIn,
                (k + 1..<next.lowerBound).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized })
            else { break }
            if joinsByAnd {
                out += afterCommas + [next]
                afterCommas = []
            } else {
                afterCommas.append(next)
            }
            k = next.upperBound + 1
        }
        return out
    }

    /// Tokens of a time between "claim" and "to": "on Wednesday", "on 12 May", "last week".
    static let claimTimeReach = 4

    /// "renewed its claim on Wednesday to X": a claim whose "to" comes after a time; the token of
    /// "to" (or "over"), where the words between are words of a date or numbers.
    private func claimAfterTime(_ i: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> Int? {
        guard words.isWord(i, .claim) || words.isWord(i, .claims) else { return nil }
        let tokens = reader.sentence.tokens
        var k = i + 1
        var dated = false
        while k < min(words.count, i + 1 + Self.claimTimeReach) {
            if tokens[k].classes.contains(.dateWord) {
                dated = true
            } else if !(words.isWord(k, .on) || words.isWord(k, .week) || words.isWord(k, .month) || tokens[k].kind == .number) {
                break
            }
            k += 1
        }
        guard dated, k < words.count, words.isWord(k, .to) || words.isWord(k, .over) else { return nil }
        return k
    }

    /// Words between a name and "under A control": "X, now under Chinese control".
    static let controlAdverbs: WordSet = ["now", "still", "long", "effectively", "largely"]
    /// Words by which a state asks a place back: "must be returned to Bolivia".
    static let askingBack: WordSet = ["return", "returned", "returning"]
    /// Words of claiming that need no object to be a claim to land: "belongs to it".
    static let claimingAlone: WordSet = ["belongs", "belong", "sovereignty", "rightful"]
    /// Words that may follow "claims it" when "it" is the place: "claims it as its own".
    static let afterClaimedIt: WordSet = ["as", "too", "also", "for", "back", "still"]

    /// "X has been under Indian control since 1962, but China claims it", "X, now under Chinese
    /// control, belongs to Malaysia", "X, under Chilean control since 1879, must be returned":
    /// the name before "under A control" at `i`, where another state claims it or asks it back.
    /// Held by one state and claimed by another is a dispute over land.
    private func heldUnderControl(_ i: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        guard i >= 2, let length = underControl(at: i, words, reader) else { return nil }
        let mentions = reader.sentence.mentions
        guard let holder = mentions.first(where: { $0.first > i && $0.last < i + length && $0.countryCode != nil }), isState(holder),
            mentions.contains(where: { isState($0) && $0.countryCode != holder.countryCode }), claimsThePlace(reader)
        else { return nil }
        var k = i - 1
        while k >= 0, Self.controlAdverbs.contains(words[k]) { k -= 1 }
        if k >= 0, let copula = cues.copula.match(words, endingAt: k) {
            k -= copula
        } else if k >= 0, Token.isMark(reader.sentence.tokens, k, UInt8(ascii: ",")) {
            k -= 1
        } else {
            return nil
        }
        guard let span = reader.backward(endingAt: k), !reader.isKnownPlace(span) else { return nil }
        return span
    }

    /// Whether the sentence claims a place, not a fact: "claims it", "claims it as part of Tibet",
    /// "belongs to it", "must be returned" (not "claims it owes taxes").
    private func claimsThePlace(_ reader: TerritoryNameReader) -> Bool {
        let words = reader.words
        let tokens = reader.sentence.tokens
        return words.indices.contains { k in
            if Self.askingBack.contains(words[k]) || Self.claimingAlone.contains(words[k]) { return true }
            // "though B contests this": the holding itself disputed.
            if Self.contestingVerbs.contains(words[k]), k + 1 < words.count, Self.heldThingReferences.contains(words[k + 1]) { return true }
            guard cues.claim.contains(words, k), k + 1 < words.count, words.isWord(k + 1, .it) || words.isWord(k + 1, .them) else { return false }
            return k + 2 >= words.count || tokens[k + 2].kind == .punctuation || Self.afterClaimedIt.contains(words[k + 2])
        }
    }

    /// Words by which a clause of quarrel refers back to the holding or the place held: "B
    /// contests this", "B disputes it".
    static let heldThingReferences: WordSet = ["this", "that", "it", "them"]

    /// Auxiliaries before a verb of claiming or holding: "has administered", "had controlled".
    static let auxiliaries: WordSet = ["has", "have", "had"]

    /// Words between a name and the second state of "A administers X, but B claims it".
    static let secondSideReach = 8

    /// Participles by which a state takes land, before "by" and the state: "X, occupied by A".
    static let landTaking: WordSet = ["occupied", "annexed"]

    /// Words of handing without "over" or "back": "agreed to hand X and Y islands to A".
    static let bareHanding: WordSet = ["hand", "handed", "handing"]
    /// Verbs of giving that hand over land as often as aid, a prize or an envoy: "will give X, a
    /// fishing village near the frontier, to A", "the commission awarded X to A". Like a bare
    /// "hand", only a name said to be land; so they need not open a sentence to the finder (the
    /// noun of land does). Not "given" or "gives": as common as words get.
    static let bareGiving: WordSet = ["give", "gave", "award", "awarded"]

    /// The last words of lead-ins of occupation, after which a known city is not a territory.
    static let occupying: WordSet = ["occupied", "occupies", "occupying"]

    /// The words of holding that, joined to a state ("Indian-administered", "Russian-occupied"),
    /// only land takes: banks and firms are held and controlled, not administered or occupied.
    static let landHolding: WordSet = ["occupied", "occupying", "administered", "annexed"]

    /// "the return of X to A", "seized X from A": the name handed over, where "to" or "from"
    /// (after "back") and a state follow it. A known city is left out: "the return of Hong Kong to
    /// China" is history, not a dispute. A short list is handed over together: "seized Greater
    /// Miran and Lesser Miran from A".
    private func handedOver(after k: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> [ClosedRange<Int>] {
        var spans: [ClosedRange<Int>] = []
        var next = k
        while spans.count < Self.listLength, let span = reader.forward(from: next), !reader.isKnownPlace(span) {
            spans.append(span)
            next = span.upperBound + 1
            guard next < words.count, words.isWord(next, .and) || words[next] == "," else { break }
            next += 1
        }
        // "the Nobel Medal and Diploma": one thing that is no territory makes the list none.
        guard let last = spans.last, spans.allSatisfy({ reader.canNameTerritory($0) }) else { return [] }
        // "retook the Kelvar district from A": the noun of territory belongs to the name.
        var j = (reader.placeNounAfter(last) ?? last.upperBound) + 1
        // "will give X, a fishing village near the frontier, to A": past the description set off by commas.
        if reader.placeNounInApposition(after: last), let close = closingComma(after: j, reader) { j = close + 1 }
        if j < words.count, words.isWord(j, .back) { j += 1 }
        guard j + 1 < words.count, words.isWord(j, .to) || words.isWord(j, .from) else { return [] }
        var m = j + 1
        if words.isWord(m, .the) { m += 1 }
        guard let state = reader.mention(at: m), state.first == m, let code = state.countryCode,
            gazetteer.country(code)?.kind == "state", case .country(_, .name, _) = state.kind
        else { return [] }
        return spans
    }

    /// The comma that closes an aside opened by the comma at `open`: words only between, within
    /// `descriptionAsideReach`.
    private func closingComma(after open: Int, _ reader: TerritoryNameReader) -> Int? {
        let tokens = reader.sentence.tokens
        var k = open + 1
        while k < tokens.count, k - open <= Self.descriptionAsideReach, tokens[k].kind == .word || tokens[k].kind == .number { k += 1 }
        return k < tokens.count && Token.isMark(tokens, k, UInt8(ascii: ",")) ? k : nil
    }

    /// Words of the verb before "a bone of contention", "a flashpoint": "has long been", "remains",
    /// "has become".
    static let verbBeforeDescription: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "been", "remains", "remain", "remained", "became", "become", "long", "still", "also", "now",
    ]
    /// The most words of such a verb: "has long been".
    static let verbBeforeDescriptionLength = 3

    /// "the Siachen dispute", "the Siachen glacier dispute": the name right before a trailing cue;
    /// "X has long been a bone of contention", "X remains a flashpoint": before its copula.
    private func nameBefore(_ i: Int, _ reader: TerritoryNameReader, pastAdverb: Bool = true) -> ClosedRange<Int>? {
        let words = reader.words
        let tokens = reader.sentence.tokens
        let before = reader.backward(endingAt: i - 1)
        if let span = before, reader.mention(at: span.lowerBound)?.countryCode == nil { return span }
        // "the islands of X and Y off the coast of A belong to B": the names before where they lie.
        if i >= 3, let start = Self.locatingPhraseStart(endingAt: i - 1, words, reader.sentence), start >= 1,
            words[start] == "off" || words[start] == "near", let span = reader.backward(endingAt: start - 1)
        {
            return span
        }
        if let before { return before }
        // "X legally belongs to A", "X historically belonged to A": past one adverb, once.
        if pastAdverb, i >= 2, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized, Self.isAdverb(words[i - 1]) {
            return nameBefore(i - 1, reader, pastAdverb: false)
        }

        if i >= 3, words.isWord(i - 1, .a) {
            var k = i - 2
            while k >= 1, i - 2 - k < Self.verbBeforeDescriptionLength, Self.verbBeforeDescription.contains(words[k]) { k -= 1 }
            // "X, known to the other side as Y, has been a bone of contention": past the aside.
            if k < i - 2 { return reader.backward(endingAt: k) ?? nameBeforeAside(k + 1, reader) }
        }
        // A noun of territory between: "Siachen glacier dispute".
        guard i >= 2, !reader.sentence.tokens[i - 1].isCapitalized, cues.placeNoun.contains(reader.words, i - 1) else { return nil }
        if let span = reader.backward(endingAt: i - 2) { return span }
        return placeReferredBack(byNounAt: i - 1, reader)
    }

    /// An adverb of manner or time before a verb ("legally", "historically", "rightly"): a
    /// lowercase word of more than four letters ending in "ly".
    static func isAdverb(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ly")
    }

    /// How many tokens before "the land" the place it refers to may be named in the sentence:
    /// "set up a camp at X village in the border district, claiming the land was theirs".
    static let referredPlaceReach = 20

    /// "at X village ..., claiming that the land was theirs": "the" and a noun of territory at
    /// `noun` refer to the place named first in the sentence before it whose name says it is land.
    private func placeReferredBack(byNounAt noun: Int, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        let tokens = reader.sentence.tokens
        guard noun >= 2, TerritoryExtractor.determiners.contains(reader.words[noun - 1]) else { return nil }
        // The first such name: "at X village in Y district" names where X lies after X.
        var k = max(0, noun - Self.referredPlaceReach)
        while k <= noun - 2 {
            if tokens[k].isCapitalized, let span = reader.forward(from: k), span.upperBound < noun - 1,
                reader.endsInPlaceNoun(span) || reader.placeNounAfter(span) != nil
            {
                return span
            }
            k += 1
        }
        return nil
    }

    /// Prepositions of where a place lies: "an island in the river", "a reef off the coast".
    static let locatingPrepositions: Set<String> = ["in", "on", "off", "near", "along"]
    /// Words of a phrase of where, after its preposition: "in the Mekrou river", "off the
    /// northern coast of Borneo".
    static let locatingPhraseReach = 6

    /// The preposition opening a phrase of where that ends at `end` ("in the Mekrou river"):
    /// words only, no punctuation, within `locatingPhraseReach`.
    static func locatingPhraseStart(endingAt end: Int, _ words: CueWords, _ s: AnalyzedSentence) -> Int? {
        var k = end
        while k >= 1, end - k < locatingPhraseReach, s.tokens[k].kind == .word {
            if locatingPrepositions.contains(words[k]), k < end { return k }
            k -= 1
        }
        return nil
    }

    /// "X, a disputed island", "X -- the disputed Ukrainian island", "X is a 96-km-long disputed
    /// territory", "X has been contested territory": a dispute adjective and a noun of territory
    /// said of the name before them, in apposition or after a copula.
    private func apposition(_ i: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        let tokens = reader.sentence.tokens
        let reach = min(words.count, i + 1 + Self.adjectiveReach)
        guard (i + 1..<reach).contains(where: { cues.placeNoun.match(words, at: $0) != nil && !tokens[$0].isCapitalized }) else { return nil }
        return nameBeforeDescription(endingBefore: i, words, reader, linkRequired: true)
    }

    /// "X remains disputed.", "X is contested by A and B": the adjective alone said of a name.
    /// "X remains in dispute with A": "in dispute" said of a name as the adjective alone is
    /// (`phraseStart` the token of "in").
    private func predicate(_ i: Int, _ words: CueWords, _ reader: TerritoryNameReader, phraseStart: Int? = nil) -> ClosedRange<Int>? {
        let tokens = reader.sentence.tokens
        let start = phraseStart ?? i
        let closes =
            i + 1 >= words.count || tokens[i + 1].kind == .punctuation
            || (words.isWord(i + 1, .by) || words.isWord(i + 1, .between) || words.isWord(i + 1, .since) || words.isWord(i + 1, .for))
            || (phraseStart != nil && words.isWord(i + 1, .with))
        guard closes, start >= 1, let length = cues.copula.match(words, endingAt: start - 1) else { return nil }
        var end = pastTiedAside(start - 1 - length, words, reader)
        // "X, a silted island in the river on the border, remains in dispute".
        if let comma = descriptionAsideStart(endingAt: end, words, reader) { end = comma - 1 }
        return reader.backward(endingAt: end)
    }

    /// Tokens an aside describing a place may hold between its commas: ", a low sandy island of
    /// some thirty hectares in the river near the border,".
    static let descriptionAsideReach = 16

    /// The comma that opens ", a silted island in the river," when the comma closing it is token
    /// `end`: an article after it, then words only (no verb of its own is tested: the clause's
    /// copula follows the closing comma).
    private func descriptionAsideStart(endingAt end: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> Int? {
        let tokens = reader.sentence.tokens
        guard end >= 3, Token.isMark(tokens, end, UInt8(ascii: ",")) else { return nil }
        var c = end - 1
        while c >= 1, end - c <= Self.descriptionAsideReach, tokens[c].kind == .word || tokens[c].kind == .number { c -= 1 }
        guard c >= 1, c < end - 2, Token.isMark(tokens, c, UInt8(ascii: ",")),
            words.isWord(c + 1, .a) || words.isWord(c + 1, .an) || words.isWord(c + 1, .the)
        else { return nil }
        return c
    }

    /// The name a description of a place is said of: back from the description over a few
    /// modifiers ("96-km-long"), an article, a copula ("is", "has been") and dashes or a comma.
    private func nameBeforeDescription(endingBefore i: Int, _ words: CueWords, _ reader: TerritoryNameReader, linkRequired: Bool) -> ClosedRange<Int>? {
        let tokens = reader.sentence.tokens
        var k = i - 1
        var modifiers = 0
        while k >= 0, modifiers < 2, tokens[k].kind != .punctuation, !tokens[k].isCapitalized,
            !(words.isWord(k, .a) || words.isWord(k, .an) || words.isWord(k, .the)), cues.copula.match(words, endingAt: k) == nil
        {
            k -= 1
            modifiers += 1
        }
        if k >= 0, words.isWord(k, .a) || words.isWord(k, .an) || words.isWord(k, .the) { k -= 1 }
        var linked = false
        if let length = cues.copula.match(words, endingAt: k) {
            k -= length
            linked = true
        }
        var marks = 0
        while k >= 0, marks < 2, tokens[k].kind == .punctuation, [",", "-", "\u{2014}", "\u{2013}", "("].contains(tokens[k].text) {
            k -= 1
            marks += 1
            linked = true
        }
        guard linked || !linkRequired else { return nil }
        // "X, about 100 km west of Y, is disputed territory": the name before an aside of where.
        if marks == 1, Token.isMark(tokens, k + 1, UInt8(ascii: ",")), let comma = whereAsideStart(endingAt: k, words, reader) { k = comma - 1 }
        return reader.backward(endingAt: k)
    }

    /// "a nearby hill, called X": a determiner, a few lowercase words and a noun of territory
    /// before the comma at `comma`, and the name a tie phrase gives right after it.
    private func nounNamedAfterComma(_ comma: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        // The tie phrase first: a bit of its first word, where most commas stop.
        guard comma >= 2, cues.nameTie.match(words, at: comma + 1) != nil, determinedPlaceNoun(endingBefore: comma, words, reader, indefinite: true)
        else { return nil }
        return namedByTie(after: comma, words, reader)
    }

    /// Whether a lowercase noun of territory ends right before `comma` after a determiner and a
    /// few lowercase words: "the islands", "the disputed islands" (and, with `indefinite`, "a
    /// nearby hill").
    private func determinedPlaceNoun(endingBefore comma: Int, _ words: CueWords, _ reader: TerritoryNameReader, indefinite: Bool) -> Bool {
        let tokens = reader.sentence.tokens
        guard comma >= 2, !tokens[comma - 1].isCapitalized, let noun = cues.placeNoun.match(words, endingAt: comma - 1) else { return false }
        func isDeterminer(_ w: String) -> Bool { TerritoryExtractor.determiners.contains(w) || (indefinite && (w == "a" || w == "an")) }
        var d = comma - 1 - noun
        while d >= 0, comma - 1 - noun - d < Self.adjectiveReach, tokens[d].kind == .word, !tokens[d].isCapitalized, !isDeterminer(words[d]) {
            d -= 1
        }
        return d >= 0 && isDeterminer(words[d])
    }

    /// "The island, known as X, ...": the name a tie phrase gives right after a noun of territory.
    private func namedByTie(after k: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        var j = k
        if j < words.count, words[j] == "," { j += 1 }
        guard let tie = cues.nameTie.match(words, at: j), let span = reader.forward(from: j + tie) else { return nil }
        // "known as X in A": a name of one side; the side is read with the claims.
        return span
    }

    /// "a dispute with Vanuatu over X", "talks between A and B over X": a noun of quarrel a few
    /// words before "over", in the same clause.
    private func quarrelBefore(_ over: Int, _ s: AnalyzedSentence) -> Bool {
        var k = over - 1
        while k >= 0, over - k <= Self.quarrelReach, s.tokens[k].kind != .punctuation {
            if cues.quarrelHead.contains(s.tokens[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// "X is claimed by A", "X is also claimed by B", "X, also claimed by B".
    private func nameBeforeCopula(_ i: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        var k = i - 1
        if k >= 0, words.isWord(k, .also) { k -= 1 }
        guard k >= 0, let length = cues.copula.match(words, endingAt: k) else { return nil }
        // "The island, Velo Cay, is also claimed by A": the name in apposition before the copula.
        var end = pastTiedAside(k - length, words, reader)
        if end >= 1, Token.isMark(reader.sentence.tokens, end, UInt8(ascii: ",")) { end -= 1 }
        // "X (Y to Serbs) is claimed by A and B": the name before a side's name set apart.
        end = pastParenthesis(end, reader)
        // "X, administered by A, is also claimed by B": the name before the holder's phrase.
        if let comma = holderPhraseStart(endingAt: end, words, reader) { end = comma - 1 }
        // "X, on the Irish border, is claimed by A and B": the name before an aside of where.
        if let comma = whereAsideStart(endingAt: end, words, reader) { end = comma - 1 }
        // "X, a reef in the strait, is claimed by A and B": or of what it is.
        if let comma = descriptionAsideStart(endingAt: end + 1, words, reader) { end = comma - 1 }
        guard let span = reader.backward(endingAt: end) else { return nil }
        // "Kessa Island in Lake Zorn, is claimed", "Varnaskeri in Faroese, is claimed": the name a
        // word of where follows is where the place lies or the language of its name; the place
        // claimed is the name before that word.
        if span.lowerBound >= 2, Self.locating.contains(words[span.lowerBound - 1]), let head = reader.backward(endingAt: span.lowerBound - 2) {
            return head
        }
        return appositionHead(before: span, reader) ?? span
    }

    /// Lowercase words of a description between its article and its word of where: "a sector", "a
    /// small fishing village"; and between that word and the bigger place: "south-eastern".
    static let descriptionReach = 4
    static let placeModifierReach = 2

    /// "Chumar, a sector in south-eastern Ladakh, is held by A": the name before a comma and a
    /// description of it (an article, lowercase words, a word of where) that ends in the name
    /// `span` of the bigger place where it lies; that bigger place is no subject of the clause.
    private func appositionHead(before span: ClosedRange<Int>, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        let tokens = reader.sentence.tokens
        let words = reader.words
        func lowercaseWord(_ k: Int) -> Bool { tokens[k].kind == .word && !tokens[k].isCapitalized }
        var k = span.lowerBound - 1
        while k >= 1, span.lowerBound - 1 - k < Self.placeModifierReach, lowercaseWord(k), !Self.locating.contains(words[k]) { k -= 1 }
        guard k >= 3, Self.locating.contains(words[k]) else { return nil }
        var a = k - 1
        while a >= 1, k - 1 - a < Self.descriptionReach, lowercaseWord(a), !words.isWord(a, .a), !words.isWord(a, .an), !words.isWord(a, .the) { a -= 1 }
        guard a >= 2, a < k - 1, words.isWord(a, .a) || words.isWord(a, .an) || words.isWord(a, .the), Token.isMark(tokens, a - 1, UInt8(ascii: ",")) else {
            return nil
        }
        return reader.backward(endingAt: a - 2)
    }

    /// Tokens of an aside of where between commas: ", on the Irish border,", ", which lies off the
    /// coast of Y,".
    static let whereAsideReach = 10

    /// The comma that opens ", on the Irish border," or ", which lies near Y," ending at token
    /// `end`, if one does: an aside of where the place lies, between its name and its copula.
    private func whereAsideStart(endingAt end: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> Int? {
        let tokens = reader.sentence.tokens
        var c = end
        while c >= 1, end - c < Self.whereAsideReach, tokens[c].kind != .punctuation { c -= 1 }
        guard c >= 1, c < end, Token.isMark(tokens, c, UInt8(ascii: ",")) else { return nil }
        if Self.locating.contains(words[c + 1]) || words[c + 1] == "along" { return c }
        // ", west of the Y islands,", ", about 100 km north-east of Y,": a bearing from another place.
        if let bearing = (c + 1...end).first(where: { Self.bearings.contains(words[$0]) }), bearing < end, words.isWord(bearing + 1, .of),
            (c + 1..<bearing).allSatisfy({ tokens[$0].kind == .number || Self.distanceWordsList.contains(words[$0]) })
        {
            return c
        }
        // ", which lies off the coast,", ", which sits near Y,".
        guard c + 2 <= end, words.isWord(c + 1, .which) || words.isWord(c + 1, .that) else { return nil }
        return TerritoryExtractor.lyingVerbs.contains(words[c + 2]) ? c : nil
    }

    /// Tokens of the time after a holder's state: "since 2020", "since the 1990s", "since the 1967 war".
    static let sinceReach = 4

    /// Tokens of a holder's phrase between commas: ", Russian-held since 1945,".
    static let holderPhraseReach = 5

    /// The comma that opens ", administered by A," ending at token `end` (the state), or ",
    /// Russian-held since 1945," or ", under Israeli control since 1967," ending there, if one does.
    private func holderPhraseStart(endingAt end: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> Int? {
        let tokens = reader.sentence.tokens
        if let comma = stride(from: end, through: max(1, end - Self.holderPhraseReach), by: -1).first(where: { Token.isMark(tokens, $0, UInt8(ascii: ",")) }),
            comma < end, isHyphenatedHolder(reader, comma + 1) || underControl(at: comma + 1, words, reader) != nil
        {
            // ", Russian-held since 1945,", ", under Israeli control since 1967,".
            return comma
        }
        // ", held by Azerbaijan since 2020,": the time of the holding after the state.
        var end = end
        if let since = stride(from: end, through: max(0, end - Self.sinceReach), by: -1).first(where: { words.isWord($0, .since) }) { end = since - 1 }
        guard end >= 3, let state = reader.mention(at: end), state.last == end, state.countryCode != nil else { return nil }
        for comma in stride(from: state.first - 2, through: max(1, state.first - 5), by: -1)
        where Token.isMark(reader.sentence.tokens, comma, UInt8(ascii: ",")) {
            if let length = cues.holdBy.match(words, at: comma + 1), comma + 1 + length == state.first { return comma }
        }
        return nil
    }

    /// "the disputed island of X", "a disputed area known as X", "two unresolved border segments –
    /// X and Y": names that a dispute adjective and its noun introduce.
    private func namedAfterNoun(_ i: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> [ClosedRange<Int>] {
        let tokens = reader.sentence.tokens
        let reach = min(words.count, i + 1 + Self.adjectiveReach)
        guard let p = (i + 1..<reach).first(where: { cues.placeNoun.match(words, at: $0) != nil && !tokens[$0].isCapitalized }),
            let length = cues.placeNoun.match(words, at: p)
        else { return [] }
        // The longest noun phrase: "border segments" rather than "border".
        var q = p + length
        while q < words.count, !tokens[q].isCapitalized, let more = cues.placeNoun.match(words, at: q) { q += more }
        guard q < words.count else { return [] }
        if words.isWord(q, .of) { return reader.forward(from: q + 1).map { [$0] } ?? [] }
        if let tie = cues.nameTie.match(words, at: q) { return reader.forward(from: q + tie).map { [$0] } ?? [] }
        guard tokens[q].kind == .punctuation, [":", "-", "\u{2014}", "\u{2013}"].contains(tokens[q].text) else { return [] }
        // A list: "X and Y", "X, Y and Z".
        var spans: [ClosedRange<Int>] = []
        var k = q + 1
        while k < words.count, Token.isMark(tokens, k, UInt8(ascii: "-")) { k += 1 }
        while let span = reader.forward(from: k), spans.count < Self.listLength {
            spans.append(span)
            k = span.upperBound + 1
            guard k < words.count, words.isWord(k, .and) || words[k] == "," else { break }
            k += 1
            if k < words.count, words.isWord(k, .and) { k += 1 }
        }
        return spans
    }

    /// "X, which both A and B claim", "X, claimed by A and B": a clause of claiming after the name.
    /// "X, over which A and B fought", "X, a town both claim": the clause may open with "over
    /// which" and a verb of quarrel, or follow a noun in apposition without a relative word.
    private func relativeClause(_ comma: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        var start = comma + 1
        // "X, the wooded river island that Serbs call Y", "X, a fishing island in Lake Tarno that
        // Kenya calls Y": an article, a few words, a noun of territory and where it lies.
        if let opens = clauseAfterDescribedNoun(start, words, reader) { start = opens }
        // "X, territory India claims as its own": a noun of territory without an article.
        if start + 1 < words.count, !reader.sentence.tokens[start].isCapitalized, cues.placeNoun.contains(words, start) { start += 1 }
        // "X, a town (that) both claim": the article and a lowercase noun before the clause.
        if start + 1 < words.count, words.isWord(start, .a) || words.isWord(start, .an), reader.sentence.tokens[start + 1].kind == .word,
            !reader.sentence.tokens[start + 1].isCapitalized, cues.relative.match(words, at: start + 1) == nil
        {
            start += 2
            // "X, a strip of land both claim": the noun's "of" phrase before the clause.
            if start + 1 < words.count, words.isWord(start, .of), reader.sentence.tokens[start + 1].kind == .word,
                !reader.sentence.tokens[start + 1].isCapitalized
            {
                start += 2
            }
        }
        let opensClause = cues.relative.match(words, at: start) ?? underControl(at: start, words, reader)
        // Without a relative word the clause must go straight to the claimants: "a town both claim".
        guard opensClause != nil || (start > comma + 1 && start < words.count && (words.isWord(start, .both) || reader.mention(at: start)?.countryCode != nil))
        else {
            return nil
        }
        let length = opensClause ?? 0
        let opened = start + length
        let overWhich = length == 2 && words.isWord(start, .over)
        // "X, occupied by Israel since 1982": a state occupies or annexes land, needing no word of
        // claiming (not a city taken in a war, nor a building occupied by students).
        if length == 2, Self.landTaking.contains(words[start]), words.isWord(start + 1, .by), let state = reader.mention(at: opened), state.first == opened,
            isState(state), case .country(_, let form, _) = state.kind, form != .demonym
        {
            guard let span = reader.backward(endingAt: comma - 1), !reader.isKnownPlace(span) else { return nil }
            return span
        }
        if cues.claimedBy.match(words, at: start) == nil {
            var end = min(words.count, opened + Self.relativeClauseReach)
            var k = opened
            var claims = false
            var stateNamed = false
            var bothNamed = false
            var extended = false
            while k < end, reader.sentence.tokens[k].kind != .punctuation {
                // "X, which both countries contest": a state's or both sides' quarrel verb.
                if cues.claim.contains(words, k) || cues.adjective.contains(words, k) || cues.trailing.match(words, at: k) != nil
                    || ((stateNamed || bothNamed) && Self.contestingVerbs.contains(words[k]))
                    || (overWhich && cues.quarrelHead.contains(words, k))
                    || (stateNamed && (Self.saysOwning(words, k) || saysOwn(at: k, reader, considered: k >= 1 && cues.considering.contains(words, k - 1))))
                    // "whose waters A and B have never agreed how to divide": the states' quarrel over the line.
                    || (stateNamed && cues.disagreement.match(words, at: k) != nil && disagreesOnLand(k, from: opened, words))
                {
                    claims = true
                    break
                }
                // "X, which Russia seized": taking land is a claim when a state takes it, not a militia.
                if cues.taking.contains(words, k), stateNamed {
                    claims = true
                    break
                }
                if let code = reader.mention(at: k)?.countryCode, gazetteer.country(code)?.kind == "state" { stateNamed = true }
                if words.isWord(k, .both) { bothNamed = true }
                // "that Spain has held since the seventeenth century and Morocco regards as occupied
                // land": a second state's clause joined by "and" runs on as far again.
                if stateNamed, !extended, words.isWord(k, .and), k + 1 < words.count, reader.mention(at: k + 1).map(isState) == true {
                    end = min(words.count, k + 1 + Self.relativeClauseReach)
                    extended = true
                }
                k += 1
            }
            guard claims else { return nil }
        }
        let end = pastParenthesis(comma - 1, reader)
        if let head = headBeforeRiver(endingAt: end, words, reader) { return head }
        // "X, a sandbank in the Gulf of Y, which both claim": the place described, not the bigger one.
        guard let span = reader.backward(endingAt: end) else { return nil }
        return appositionHead(before: span, reader) ?? span
    }

    /// Verbs of quarrel a clause says of a place when states or "both" are its subject: "which
    /// both countries contest" (alone, "contest" is as often an election's or a ruling's).
    static let contestingVerbs: WordSet = ["contest", "contests", "dispute", "disputes"]

    /// Words that make a disagreement one over land: how to divide it, where its line runs.
    static let divisionWords: WordSet = ["divide", "divided", "dividing", "line", "lines", "owns", "own", "ownership"]
    /// Tokens after a word of disagreement within which such a word says what it is over.
    static let disagreementReach = 6

    /// "whose waters A and B have never agreed how to divide", "that A and B disagree on the line":
    /// a disagreement, at `k`, over where a line runs or whose the place is (a word of territory
    /// in the clause before it, or a word of division right after), not over a venue or a choice.
    private func disagreesOnLand(_ k: Int, from opened: Int, _ words: CueWords) -> Bool {
        let tokens = words.tokens
        let after = (k + 1)..<min(words.count, k + 1 + Self.disagreementReach)
        return (opened..<k).contains { cues.context.contains(tokens[$0], in: cues) }
            || after.contains { cues.context.contains(tokens[$0], in: cues) || Self.divisionWords.contains(words[$0]) }
    }

    /// Words of where before a river a place lies on: "Kessa Island in the Niger River".
    static let onRiver: WordSet = ["in", "on", "along", "near"]
    /// Capitalised words of a river's name: "the Mekrou river", "the Niger River".
    static let riverNameReach = 3

    /// "Kessa Island in the Niger River, which both claim", "the Sorvan water intake on the Isfara
    /// river, which both say lies on their side": a river is where the place lies, not what the
    /// clause claims; the name before the word of where is. Not a known city ("Malanville on the
    /// Niger River").
    private func headBeforeRiver(endingAt end: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        let tokens = reader.sentence.tokens
        guard end >= 3, words[end] == "river" else { return nil }
        var k = end - 1
        while k >= 1, end - 1 - k < Self.riverNameReach, tokens[k].isCapitalized { k -= 1 }
        guard k < end - 1 else { return nil }
        if k >= 1, words.isWord(k, .the) { k -= 1 }
        guard k >= 1, Self.onRiver.contains(words[k]) else { return nil }
        // "Korvat, the water point on the Isfara river, which both claim": the name the
        // description after its comma is said of.
        guard let head = reader.backward(endingAt: k - 1) ?? reader.describedName(endingBefore: k), !reader.isKnownPlace(head) else { return nil }
        return head
    }

    /// Tokens a parenthesis after a name may hold: "Tessel (Teslo to Serbs)".
    static let parenthesisReach = 8

    /// The token before "(Y to Serbs)" that ends at `end`: the name the parenthesis is said of; else `end`.
    private func pastParenthesis(_ end: Int, _ reader: TerritoryNameReader) -> Int {
        let tokens = reader.sentence.tokens
        guard end >= 2, Token.isMark(tokens, end, UInt8(ascii: ")")) else { return end }
        var k = end - 1
        while k >= 1, end - k <= Self.parenthesisReach, !Token.isMark(tokens, k, UInt8(ascii: "(")) { k -= 1 }
        return Token.isMark(tokens, k, UInt8(ascii: "(")) ? k - 1 : end
    }

    /// Words after a noun of territory that say where it lies, before the name of a bigger place:
    /// "an island in Lake Tarno".
    static let locating: WordSet = ["in", "on", "off", "near", "at"]
    /// Words that say where a place lies beside another: "a ridge above the town", "an islet
    /// opposite the port".
    static let aroundWords: WordSet = ["above", "below", "beside", "opposite", "across", "behind", "outside", "inside", "between", "beyond"]
    /// Adverbs that say where a place lies from the one just told: "a smaller island nearby",
    /// "an islet further upstream".
    static let placeAdverbs: WordSet = ["nearby", "offshore", "upstream", "downstream", "inland"]
    /// Bearings that, with "of", say where a place lies from another: "south of the group".
    static let bearings: WordSet = [
        "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
        "southwest",
    ]
    /// Words a phrase of where may run to between a noun of territory and its relative clause:
    /// "a rock a few hundred metres from the beach near Al Hoceima that ...".
    static let whereReach = 12

    /// How many words after a relative word the state of its clause may come: "which both", "that
    /// the Serbs", "which neighbouring Serbia".
    static let claimantReach = 3

    /// Where a relative clause opens after "the wooded river island", "a fishing island in Lake
    /// Tarno" (an article at `start`, a few words, a lowercase noun of territory and, after a word
    /// of where, a capitalised name); nil where no such phrase comes before a relative word.
    private func clauseAfterDescribedNoun(_ start: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> Int? {
        let tokens = reader.sentence.tokens
        // A byte first: this is asked at every comma.
        guard start + 2 < words.count, Token.mayBeginWith(tokens, start, UInt8(ascii: "a")) || Token.mayBeginWith(tokens, start, UInt8(ascii: "t")),
            words.isWord(start, .a) || words.isWord(start, .an) || words.isWord(start, .the)
        else { return nil }
        var p = start + 1
        while p < min(words.count, start + 1 + TerritoryNameReader.describingWords), tokens[p].kind == .word,
            tokens[p].isCapitalized || cues.placeNoun.match(words, at: p) == nil
        {
            p += 1
        }
        guard p < words.count, !tokens[p].isCapitalized, var length = cues.placeNoun.match(words, at: p) else { return nil }
        // "a river island", "a border village": nouns of land compounded, the last the head.
        while p + length < words.count, !tokens[p + length].isCapitalized, let next = cues.placeNoun.match(words, at: p + length) {
            p += length
            length = next
        }
        var k = p + length
        if k + 1 < words.count, Self.locating.contains(words[k]), tokens[k + 1].isCapitalized {
            k += 1
            while k < words.count, k - p < TerritoryNameReader.maxNameWords, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
        }
        // "a rock a few hundred metres from the beach near Al Hoceima that Spain has held": a longer
        // phrase of where, with no punctuation, before the relative word.
        // "a river island over which both governments assert sovereignty": "which" after "over".
        func opensClause(_ k: Int) -> Bool {
            words.isWord(k, .which) || words.isWord(k, .that) || (k + 1 < words.count && words.isWord(k, .over) && words.isWord(k + 1, .which))
        }
        if k < words.count, !opensClause(k) {
            var j = k
            var saysWhere = false
            while j < min(words.count, k + Self.whereReach), tokens[j].kind == .word, !(words.isWord(j, .which) || words.isWord(j, .that)) {
                // "south of the Sorel group", "to the north": a bearing; "a ridge above the town";
                // "a smaller island nearby".
                if Self.locating.contains(words[j]) || words.isWord(j, .from) || Self.bearings.contains(words[j]) || Self.aroundWords.contains(words[j])
                    || Self.placeAdverbs.contains(words[j])
                {
                    saysWhere = true
                }
                j += 1
            }
            if saysWhere { k = j }
        }
        guard k < words.count, opensClause(k) else { return nil }
        // A state's clause: "that Serbs call Y", "which both A and B claim" (not "that he calls home"),
        // within `claimantReach` words of the relative word ("over which" is two).
        let opened = words.isWord(k, .over) ? k + 2 : k + 1
        let said = (opened..<min(words.count, opened + Self.claimantReach)).contains {
            words.isWord($0, .both) || reader.mention(at: $0).map(isState) == true
        }
        return said ? k : nil
    }

    /// The token before ", known as Y in A," that ends at the comma `end`: the name the aside
    /// is said of ("Vukar, known as Vukarac in Serbia, has been disputed"); else `end`.
    private func pastTiedAside(_ end: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> Int {
        let tokens = reader.sentence.tokens
        guard end >= 3, Token.isMark(tokens, end, UInt8(ascii: ",")) else { return end }
        var k = end - 1
        while k >= 1, end - k <= TerritoryNameReader.maxNameWords + 4, !Token.isMark(tokens, k, UInt8(ascii: ",")) { k -= 1 }
        guard Token.isMark(tokens, k, UInt8(ascii: ",")), k + 2 < end else { return end }
        // "known as Y", "also called Y", "known to Serbs as Y", "known in Serbia as Y".
        let tied =
            cues.nameTie.match(words, at: k + 1) != nil
            || (words.isWord(k + 1, .known) && (words.isWord(k + 2, .to) || words.isWord(k + 2, .in) || words.isWord(k + 2, .by)))
        return tied ? k - 1 : end
    }

    /// "which A and B both say they own", "which A says it owns": owning said by the states
    /// themselves. ("own" alone is no claim: "its own", "their own".)
    static func saysOwning(_ words: CueWords, _ k: Int) -> Bool {
        guard k >= 1, words.isWord(k, .own) || words.isWord(k, .owns) else { return false }
        return words.isWord(k - 1, .they) || words.isWord(k - 1, .it)
    }

    /// "Iran's": a state's name with a possessive.
    private func isPossessiveState(_ m: Mention?) -> Bool {
        guard let m, case .country(let code, _, true) = m.kind else { return false }
        return gazetteer.country(code)?.kind == "state"
    }

    /// "under Iranian control", "under the control of Iran": the length of the phrase of a
    /// state's holding that opens "X, under A's control since 1971 but claimed by B".
    private func underControl(at k: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> Int? {
        guard k + 2 < words.count, words.isWord(k, .under) else { return nil }
        if let length = cues.holdBy.match(words, at: k), let m = reader.mention(at: k + length), m.first == k + length, m.countryCode != nil {
            return m.last + 1 - k
        }
        guard let m = reader.mention(at: k + 1), m.first == k + 1, m.countryCode != nil, m.last + 1 < words.count,
            cues.control.contains(words, m.last + 1)
        else { return nil }
        return m.last + 2 - k
    }

    /// "X is administered by A but claimed by B": the token the copula of X comes right before,
    /// past the holder's phrase; else the "claimed by" at `i` itself.
    private func afterHolder(_ i: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> Int {
        guard i >= 4, words.isWord(i - 1, .but) || words.isWord(i - 1, .and) || words.isWord(i - 1, .yet), let state = reader.mention(at: i - 2),
            state.last == i - 2,
            state.countryCode != nil, let length = cues.holdBy.match(words, endingAt: state.first - 1)
        else { return i }
        return state.first - length
    }

    /// "X is Sudanese territory", "X is Chinese territory": the name before the copula, where a
    /// state's demonym or name comes right before `territory` at `i`.
    private func nameCalledStateTerritory(_ i: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        guard i >= 3, let state = reader.mention(at: i - 1), state.last == i - 1, state.countryCode != nil else { return nil }
        if let length = cues.copula.match(words, endingAt: state.first - 1) {
            return reader.backward(endingAt: state.first - 1 - length)
        }
        // "called X Russian territory", "considers X Kazakh territory": a verb of naming before the name.
        guard let span = reader.backward(endingAt: state.first - 1), span.lowerBound >= 1, Self.namingVerbs.contains(words[span.lowerBound - 1]) else {
            return nil
        }
        return span
    }

    /// Verbs of lying somewhere before "on the Kenyan side of the border".
    static let lyingOn: WordSet = ["lies", "lie", "is", "are"]
    /// What a state's side is of: "the border", "the frontier", "the line".
    static let sideOf: WordSet = ["border", "frontier", "line", "boundary"]

    /// "lies on the Kenyan side of the border", "is on the Ugandan side of the line": a state's
    /// demonym or name in place of the "its" of the listed trailing phrases; "its" or "their"
    /// too, before a line the lists do not name ("on its side of the colonial boundary").
    static func liesOnAStatesSide(at i: Int, _ reader: TerritoryNameReader) -> Bool {
        statesWordOfLying(at: i, reader) != nil
    }

    /// Where the state's word stands in what `liesOnAStatesSide` reads: "its", "their", or the
    /// first word of the state's name or demonym.
    static func statesWordOfLying(at i: Int, _ reader: TerritoryNameReader) -> Int? {
        let words = reader.words
        guard Self.lyingOn.contains(words[i]), i + 3 < words.count else { return nil }
        if let within = withinAState(after: i, reader) { return within }
        return onAStatesSide(at: i, reader) ? i + 2 + (words.isWord(i + 2, .the) ? 1 : 0) : nil
    }

    /// "lies about half a kilometre inside Kenyan waters", "lies within its territory", "is
    /// inside Chad": after a verb of lying, a distance at most, "inside" or "within", and a state
    /// (its name, or its demonym or "its" before a noun of land or water). Where the state's word stands.
    static func withinAState(after i: Int, _ reader: TerritoryNameReader) -> Int? {
        let words = reader.words
        var k = i + 1
        while k < words.count, k - i <= Self.distanceWords, words.tokens[k].kind == .number || Self.distanceWordsList.contains(words[k]) { k += 1 }
        guard k + 1 < words.count, words[k] == "inside" || words[k] == "within" else { return nil }
        let at = k + 1
        if words.isWord(at, .its) || words.isWord(at, .their) {
            return at + 1 < words.count && Self.ownNouns.contains(words[at + 1]) ? at : nil
        }
        guard let state = reader.mention(at: at), state.first == at, state.countryCode != nil else { return nil }
        if case .country(_, .demonym, _) = state.kind {
            return state.last + 1 < words.count && Self.ownNouns.contains(words[state.last + 1]) ? at : nil
        }
        return at
    }

    /// How many words of distance may stand between the verb and "inside": "about half a
    /// kilometre", "some 300 metres".
    static let distanceWords = 5
    /// Words of such a distance besides its number (also before a bearing: ", about 100 km west of
    /// Y,").
    static let distanceWordsList: WordSet = [
        "about", "some", "roughly", "nearly", "almost", "around", "approximately", "just", "only", "well", "half", "a", "one", "two", "three",
        "few", "several", "km", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres", "meter", "meters", "mile", "miles",
        "nautical", "nm",
    ]

    /// "lies on the Kenyan side of the border", "on its side of the colonial boundary".
    static func onAStatesSide(at i: Int, _ reader: TerritoryNameReader) -> Bool {
        let words = reader.words
        guard words.isWord(i + 1, .on), i + 3 < words.count else { return false }
        let k: Int
        if words.isWord(i + 2, .its) || words.isWord(i + 2, .their) {
            // "lies on its side of the colonial boundary": the sayer's own side.
            k = i + 3
        } else {
            guard words.isWord(i + 2, .the), let state = reader.mention(at: i + 3), state.first == i + 3, state.countryCode != nil else { return false }
            k = state.last + 1
        }
        guard k + 3 < words.count, words[k] == "side", words.isWord(k + 1, .of), words.isWord(k + 2, .the) else { return false }
        // "the border", "the colonial boundary", "the old ceasefire line".
        return (k + 3..<min(words.count, k + 4 + Self.sideAdjectives)).contains { Self.sideOf.contains(words[$0]) }
    }

    /// How many words may describe the line between "side of the" and its noun: "the colonial
    /// boundary", "the old ceasefire line".
    static let sideAdjectives = 2

    /// How many words an aside between a name and its verb may run to: "administered from the
    /// Kara-Suu district for seventy years".
    static let asideReach = 12

    /// The name before an aside set off by commas that ends right before the verb at `i`.
    private func nameBeforeAside(_ i: Int, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        let tokens = reader.sentence.tokens
        guard i >= 3, Token.isMark(tokens, i - 1, UInt8(ascii: ",")),
            let open = stride(from: i - 2, through: max(1, i - 2 - Self.asideReach), by: -1).first(where: { Token.isMark(tokens, $0, UInt8(ascii: ",")) })
        else { return nil }
        return reader.backward(endingAt: open - 1)
    }

    /// Words of the claim that land can never be parted from a state: "an inseparable part of".
    /// Said of a city or a province, they are rhetoric of a claim too, so a name they follow is
    /// read as a territory only where the text around speaks of territory.
    static let unpartingWords: WordSet = ["integral", "inseparable", "inalienable", "indivisible"]

    /// "X is an inseparable part of the Kyrgyz Republic", "X is an integral part of its
    /// territory": a verb of being at `i`, then "a"/"an", a word of `unpartingWords`, "part of",
    /// and a state ("the" before its name allowed), "its" or "their".
    static func saysInseparablePart(at i: Int, _ reader: TerritoryNameReader) -> Bool {
        let words = reader.words
        guard lyingOn.contains(words[i]) || words[i] == "remains", i + 5 < words.count,
            words.isWord(i + 1, .a) || words.isWord(i + 1, .an), unpartingWords.contains(words[i + 2]),
            words.isWord(i + 3, .part), words.isWord(i + 4, .of)
        else { return false }
        let k = words.isWord(i + 5, .the) && i + 6 < words.count ? i + 6 : i + 5
        if words.isWord(k, .its) || words.isWord(k, .their) { return true }
        guard let state = reader.mention(at: k), state.first == k else { return false }
        return state.countryCode != nil
    }

    /// Nouns that make a quarrel what a name is about: "the subject of", "at the centre of".
    static let focusNouns: WordSet = ["subject", "centre", "center", "heart", "focus", "core", "object"]
    /// Tokens that may describe a quarrel between its article and its noun: "a decades-old
    /// territorial dispute", "a bitter, long-running sovereignty row" (a hyphen or a comma is a token).
    static let quarrelModifierReach = 6

    /// "X is the subject of a long-running dispute", "X has been at the heart of a sovereignty
    /// row": a noun of focus at `i` after "the" (and "at"), a copula before them, and after them
    /// "of", an article, a few lowercase words and a noun of quarrel. The copula's first token,
    /// where the name ends before it, and whether a word of territory stands among those words.
    func quarrelSaidOf(at i: Int, _ reader: TerritoryNameReader) -> (copula: Int, overLand: Bool)? {
        let words = reader.words
        let tokens = reader.sentence.tokens
        // Word numbers first: this is asked at every word that may open a pattern.
        guard i >= 2, i + 3 < words.count, words.isWord(i - 1, .the), words.isWord(i + 1, .of), Self.focusNouns.contains(words[i]),
            words.isWord(i + 2, .a) || words.isWord(i + 2, .an) || words.isWord(i + 2, .the)
        else { return nil }
        let beforeThe = words.isWord(i - 2, .at) ? i - 3 : i - 2
        guard beforeThe >= 1, let copula = cues.copula.match(words, endingAt: beforeThe) else { return nil }
        var overLand = false
        var j = i + 3
        while j < words.count, j - (i + 3) <= Self.quarrelModifierReach {
            if tokens[j].kind == .word, !tokens[j].isCapitalized, cues.quarrelHead.contains(words[j]) { return (beforeThe + 1 - copula, overLand) }
            guard tokens[j].kind == .word || Token.isMark(tokens, j, UInt8(ascii: ",")) || Token.isMark(tokens, j, UInt8(ascii: "-")) else { return nil }
            if cues.context.contains(tokens[j], in: cues) { overLand = true }
            j += 1
        }
        return nil
    }

    /// Verbs that say what a place is: "called X Russian territory", "declared X Tajik territory".
    static let namingVerbs: WordSet = ["called", "calls", "call", "declared", "declares", "considers", "considered", "consider", "deems", "deemed"]

    /// Whether a state is named before an "occupied" at `i` that is a verb ("Israel occupied X",
    /// "Israeli troops occupied X"); after a preposition or an article it describes X ("from
    /// occupied X") and needs none. Protesters occupy squares and students buildings.
    private func occupierNamed(before i: Int, _ reader: TerritoryNameReader) -> Bool {
        guard i >= 1, !cues.boundary.contains(reader.words, i - 1) else { return true }
        return reader.sentence.mentions.contains { $0.last < i && $0.countryCode != nil }
    }

    /// Whether the sentence speaks of a claim as well: "Cambodia says Thai-held Preah Tessa belongs
    /// to it". Held by one state and claimed by another is a dispute over land; a bank is held
    /// and controlled, not claimed. (Not "calls": a state calls for things as often as it names.)
    private func claimedToo(_ reader: TerritoryNameReader) -> Bool {
        reader.words.indices.contains { cues.claim.contains(reader.words, $0) && !reader.words.isWord($0, .calls) && !reader.words.isWord($0, .call) }
    }

    /// The word after the last hyphen of token `i`: "held" in "Russian-held".
    private func hyphenSuffix(_ reader: TerritoryNameReader, _ i: Int) -> String {
        let lower = reader.sentence.tokens[i].lower
        guard let dash = lower.lastIndex(of: "-") else { return "" }
        return String(lower[lower.index(after: dash)...])
    }

    /// "China calls the area Xeru, while India calls it the Seru Valley", "the shoal, which China
    /// calls Varno Dao and the Philippines calls Bajo Varno", "Japan refers to the islands as
    /// Tokana": two states, each calling one place by its own name, say it is theirs twice over.
    private func namesEachStateCalls(_ reader: TerritoryNameReader) -> (UnlistedTerritory, firstSide: Int)? {
        let words = reader.words
        var sides: [(ClosedRange<Int>, String)] = []
        var firstSide = 0
        var refersBack = false
        for m in reader.sentence.mentions where m.last + 2 < words.count {
            guard let object = reader.namingObjectStart(at: m.last + 1), object < words.count, let code = m.countryCode,
                gazetteer.country(code)?.kind == "state", let span = reader.nameGiven(byVerbAt: m.last + 1)
            else { continue }
            if sides.isEmpty {
                firstSide = m.first
                // "Manila calls it X", "Tokyo refers to them as X": the place is the one named before.
                refersBack = words.isWord(object, .it) || words.isWord(object, .them)
            }
            sides.append((span, code))
        }
        guard Set(sides.map(\.1)).count >= 2, let first = sides.first else { return nil }
        let names = sides.map { TerritoryName(name: reader.text($0.0), usedBy: $0.1) }
        return (UnlistedTerritory(span: first.0, names: names, needsContext: false, refersBack: refersBack), firstSide)
    }

    /// "the islands, which Russia calls the Southern Tessas": a noun of territory after an
    /// article, and the name one state calls it by, which the clause after the comma gives.
    private func nounCalledByName(comma: Int, _ words: CueWords, _ reader: TerritoryNameReader) -> UnlistedTerritory? {
        guard determinedPlaceNoun(endingBefore: comma, words, reader, indefinite: false) else { return nil }
        var k = comma + 1
        guard k < words.count, words.isWord(k, .which) || words.isWord(k, .that) else { return nil }
        k += 1
        if k < words.count, words.isWord(k, .the) { k += 1 }
        guard let m = reader.mention(at: k), m.first == k, let code = m.countryCode, gazetteer.country(code)?.kind == "state",
            m.last + 1 < words.count, words.isWord(m.last + 1, .calls) || words.isWord(m.last + 1, .call), let span = reader.nameCalled(after: m.last + 1)
        else { return nil }
        return UnlistedTerritory(
            span: span, names: [TerritoryName(name: reader.text(span), usedBy: code)], needsContext: false, referredNoun: words[comma - 1])
    }

    /// The name before ", which" that opens a clause at the state at token `state`: "X" in "X,
    /// which China calls ...".
    private func nameBeforeWhich(_ state: Int, _ reader: TerritoryNameReader) -> ClosedRange<Int>? {
        var k = state - 1
        if k >= 0, reader.words.isWord(k, .the) { k -= 1 }
        guard k >= 2, reader.words.isWord(k, .which) || reader.words.isWord(k, .that) else { return nil }
        let tokens = reader.sentence.tokens
        // "X, a sandbank in the Gulf of Y, which A calls Z": the place described, not the bigger one.
        if Token.isMark(tokens, k - 1, UInt8(ascii: ",")) {
            guard let span = reader.backward(endingAt: k - 2) else { return nil }
            return appositionHead(before: span, reader) ?? span
        }
        // "X, a rocky islet off the coast of the Y enclave that A calls Z": past the description.
        var c = k - 1
        while c >= 1, k - c <= Self.whereReach + TerritoryNameReader.describingWords + 2, !Token.isMark(tokens, c, UInt8(ascii: ",")) { c -= 1 }
        guard c >= 1, Token.isMark(tokens, c, UInt8(ascii: ",")), clauseAfterDescribedNoun(c + 1, reader.words, reader) == k else { return nil }
        return reader.backward(endingAt: c - 1)
    }

    /// "Moroccan-held X", "Japanese-administered X": a state joined to a word of holding or claiming.
    private func isHyphenatedHolder(_ reader: TerritoryNameReader, _ i: Int) -> Bool {
        let t = reader.sentence.tokens[i]
        guard t.kind == .word, t.hasHyphen, let dash = t.lower.lastIndex(of: "-") else { return false }
        let suffix = String(t.lower[t.lower.index(after: dash)...])
        return (cues.hold.contains(suffix) || cues.claim.contains(suffix)) && reader.mention(at: i)?.countryCode != nil
    }

    /// "known as Arash in Iran and Dorra in Kuwait", "known by Georgians as X and Azerbaijanis as
    /// Y", "known in A as X and in B as Y", "called X by A and Y by B": two states, each with its own name for one place, say it
    /// is theirs twice over.
    private func sideNames(after i: Int, _ s: AnalyzedSentence, _ words: CueWords, _ reader: TerritoryNameReader) -> UnlistedTerritory? {
        func state(at k: Int) -> Mention? {
            guard k < words.count, let m = reader.mention(at: k), m.first == k, let code = m.countryCode,
                gazetteer.country(code)?.kind == "state"
            else { return nil }
            return m
        }
        guard !followsThingNoun(i, reader) else { return nil }
        var k = i + 1
        if words.isWord(i, .known), k < words.count, words.isWord(k, .as) { k += 1 }
        var sides: [(ClosedRange<Int>, String)] = []
        while k < words.count, sides.count < 4 {
            // "(known) by Georgians as X", "(known) in the Philippines as X".
            if words.isWord(k, .by) || words.isWord(k, .in) { k += 1 }
            if k < words.count, words.isWord(k, .the) { k += 1 }
            if let m = state(at: k), m.last + 1 < words.count, words.isWord(m.last + 1, .as), let span = reader.forward(from: m.last + 2) {
                // "(by) Georgians as David Gareji"
                sides.append((span, m.countryCode!))
                k = span.upperBound + 1
            } else if let span = reader.forward(from: k), span.upperBound + 2 < words.count,
                words.isWord(span.upperBound + 1, .in) || words.isWord(span.upperBound + 1, .to) || words.isWord(span.upperBound + 1, .by),
                let m = state(at: span.upperBound + 2)
            {
                // "Arash in Iran"
                sides.append((span, m.countryCode!))
                k = m.last + 1
                // "Dorra in Kuwait and Saudi Arabia": more states using the same name.
                while k + 1 < words.count, words.isWord(k, .and), let more = state(at: k + 1) { k = more.last + 1 }
            } else {
                break
            }
            guard k < words.count, words.isWord(k, .and) || words[k] == "," || words.isWord(k, .while) else { break }
            k += 1
            if k < words.count, words.isWord(k, .as) { k += 1 }
        }
        guard Set(sides.map(\.1)).count >= 2, let first = sides.first, sides.allSatisfy({ reader.canNameTerritory($0.0, saidToBePlace: true) }) else {
            return nil
        }
        return UnlistedTerritory(span: first.0, names: sides.map { TerritoryName(name: reader.text($0.0), usedBy: $0.1) }, needsContext: false)
    }

    /// Whether "known" or "called" at `i` follows a noun phrase of a thing that is no territory:
    /// "the vessel, known in Japan as X and in China as Y" names a ship, "the reef, known ..." or
    /// "the hilltop chapel known ..." a place.
    private func followsThingNoun(_ i: Int, _ reader: TerritoryNameReader) -> Bool {
        let tokens = reader.sentence.tokens
        var k = i - 1
        if k >= 0, Token.isMark(tokens, k, UInt8(ascii: ",")) { k -= 1 }
        guard k >= 1, tokens[k].kind == .word, !tokens[k].isCapitalized, cues.notTerritory.contains(reader.words, k) else { return false }
        // "the vessel", "the old vessel", "a vessel".
        let article: Set<String> = ["the", "a", "an"]
        return article.contains(reader.words[k - 1])
            || (k >= 2 && tokens[k - 1].kind == .word && !tokens[k - 1].isCapitalized && article.contains(reader.words[k - 2]))
    }

    /// "X, also known as Y", "Y (also called X)": two names the text ties as one place's.
    func tiedNames(with reader: TerritoryNameReader) -> [(String, String)] {
        let s = reader.sentence
        let words = reader.words
        var out: [(String, String)] = []
        for i in words.indices where s.tokens[i].classes.contains(.territoryStart) {
            guard let length = cues.nameTie.match(words, at: i), let after = reader.forward(from: i + length) else { continue }
            var k = i - 1
            while k >= 0, s.tokens[k].kind == .punctuation, [",", "("].contains(s.tokens[k].text) { k -= 1 }
            guard let before = reader.backward(endingAt: k) else { continue }
            guard reader.canNameTerritory(after), reader.canNameTerritory(before) else { continue }
            out.append((reader.text(before), reader.text(after)))
        }
        return out
    }
}
