/// Reads the name of a territory no list knows out of a sentence: a run of capitalized words
/// (with the small words places keep inside their names, "Tele ki Tonga", "Isla de Aves"), read
/// forwards after a cue or backwards before one, and judged whether it can name a territory.
struct TerritoryNameReader {
    let sentence: AnalyzedSentence
    let words: CueWords
    let cues: TerritoryCues
    let gazetteer: Gazetteer
    /// Tokens of this sentence that name a person.
    let personTokens: Set<Int>

    /// The mention covering token `k`, if any (the first of the sentence's mentions that does).
    /// The mentions are searched at each call, their bounds read in place: a reader is made for
    /// every sentence that may name a territory, and an array of each token's mention, made and
    /// freed for each, cost more than the few lookups most sentences have.
    func mention(at k: Int) -> Mention? {
        let count = sentence.tokens.count
        guard k >= 0, k < count else { return nil }
        let mentions = sentence.mentions
        for i in mentions.indices where mentions[i].first <= k && k <= mentions[i].last && mentions[i].first >= 0 && mentions[i].last < count {
            return mentions[i]
        }
        return nil
    }

    /// A run of more words is a clause read as a name, not a place ("Prime Ministers Meet Today
    /// ..."), and is not taken at all; the longest place names run to about eight ("Tele ki Tonga
    /// and Tele ki Tokelau Reefs").
    static let maxNameWords = 8
    /// Lowercase words that may describe a place before its name: "the oil-rich so-called X".
    static let describingModifiers = 2
    /// Lowercase words after a name read as the thing it names: "the Zaporizhzhia nuclear plant".
    static let thingReach = 2
    /// Words that may describe a place before "of" and its name: "the small Kenyan island of X".
    static let describingWords = 4

    /// The name starting at `start` (after "the", after "island of" in "the island of X", and
    /// after "area called" in "a maritime area called X").
    func forward(from start: Int) -> ClosedRange<Int>? {
        var j = skippedShare(from: start)
        if j < words.count, words.isWord(j, .the) { j += 1 }
        // "the island of X", "the Kenyan island of X", "the small rocky islet of X", "the area around X".
        var d = j
        while d < min(words.count, j + Self.describingWords), !sentence.tokens[d].isCapitalized || mention(at: d)?.countryCode != nil {
            if let length = cues.placeNoun.match(words, at: d) ?? (words[d] == Self.seaNoun ? 1 : nil), !sentence.tokens[d].isCapitalized,
                d + length < words.count,
                let link = words.isWord(d + length, .of) || words.isWord(d + length, .around) ? 1 : cues.nameTie.match(words, at: d + length)
            {
                // "the island of X", "a maritime area called X", "an islet known as X".
                j = d + length + link
                if j < words.count, words.isWord(j, .the) { j += 1 }
                break
            }
            d += 1
        }
        // "the oil-rich Tamra area", "the so-called Tamra Strip": hyphenated words that describe it;
        // "the ancient Ta Lor temple": any lowercase words, where a noun of territory ends the name.
        var modifiers = 0
        while j < words.count, modifiers < Self.describingModifiers, sentence.tokens[j].kind == .word, !sentence.tokens[j].isCapitalized,
            mention(at: j) == nil, !cues.boundary.contains(words, j), !cues.connector.contains(words, j),
            words[j].contains("-") || nounOfTerritoryCloses(after: j + 1)
        {
            j += 1
            modifiers += 1
        }
        // "Kenya's Varnok Island": the state's possessive is not part of the name.
        if let m = mention(at: j), m.first == j, case .country(_, _, true) = m.kind, isNameWord(m.last + 1) { j = m.last + 1 }
        guard isNameWord(j) else { return nil }
        var last = j
        var k = j + 1
        while k < words.count {
            if isNameWord(k), !cues.boundary.contains(words, k), cues.trailing.match(words, at: k) == nil {
                last = k
                if words[k].hasSuffix("'s") { break }
                k += 1
            } else if cues.connector.contains(words, k), !sentence.tokens[k].isCapitalized, isNameWord(k + 1) {
                // "the Kessa Shoals and Dovi Island": a name closed by its noun of territory
                // ends at "and", which begins the next name.
                if words.isWord(k, .and), endsInPlaceNoun(j...last) { break }
                k += 1
            } else {
                break
            }
            if k - j >= Self.maxNameWords { return nil }
        }
        return trimmedAtAnd(j...last, keepingEnd: false)
    }

    /// The noun of the sea around a place, which introduces its name as a noun of territory does
    /// ("the disputed waters around X") but is no name of it.
    static let seaNoun = "waters"

    /// Words of a share that may come before the name a claim is to: "nearly all of", "parts of".
    static let shareWords: WordSet = ["all", "most", "much", "part", "parts", "some"]
    static let shareHedges: WordSet = ["nearly", "almost", "virtually"]

    /// The token after a share of the place ("claims to nearly all of the X"), else `start`.
    private func skippedShare(from start: Int) -> Int {
        // Most names start right away, capitalised or after "the": no set is consulted for them.
        guard start + 2 < words.count, sentence.tokens[start].kind == .word, !sentence.tokens[start].isCapitalized, !words.isWord(start, .the) else {
            return start
        }
        var k = start
        if Self.shareHedges.contains(words[k]) { k += 1 }
        guard k + 1 < words.count, Self.shareWords.contains(words[k]), words.isWord(k + 1, .of), !sentence.tokens[k].isCapitalized else { return start }
        return k + 2
    }

    /// The name ending at `end`, or right before a lowercase noun of territory ending there
    /// ("the Doklam plateau, which ...": the name is "Doklam", and "Doklam plateau" another).
    func backward(endingAt last: Int) -> ClosedRange<Int>? {
        var end = last
        if end >= 1, end < words.count, !sentence.tokens[end].isCapitalized, let noun = cues.placeNoun.match(words, endingAt: end) { end -= noun }
        guard isNameWord(end), !cues.boundary.contains(words, end) else { return nil }
        var first = end
        var k = end - 1
        while k >= 0 {
            if isNameWord(k), !cues.boundary.contains(words, k) {
                first = k
                k -= 1
            } else if cues.connector.contains(words, k), !sentence.tokens[k].isCapitalized, k >= 1, isNameWord(k - 1) {
                k -= 1
            } else {
                break
            }
            if end - k >= Self.maxNameWords { return nil }
        }
        return trimmedAtAnd(first...end, keepingEnd: true)
    }

    /// Words that may follow the name a state calls a place by: the clause ends or goes on to
    /// the next side ("which China calls Varno Dao and the Philippines calls ..."). Any other word
    /// makes the name the thing called, not its name ("calls the Tesso Islands its own").
    static let afterCalledName: WordSet = ["and", "while", "whereas", "but", "or", "in", "since", "for", "after"]

    /// The name a state gives a place after its "calls" at `calls`: "calls Y", "calls it Y",
    /// "calls them the Y Islands", "calls the disputed islands Y". Nil where the words called are
    /// no name ("calls for talks", "calls it aggression", "calls X its own").
    /// `link`: a word required between the place referred to and its name ("as" of "refers to
    /// them as Y").
    func nameCalled(after calls: Int, link: String? = nil) -> ClosedRange<Int>? {
        var k = calls + 1
        guard k < words.count else { return nil }
        if words.isWord(k, .it) || words.isWord(k, .them) {
            k += 1
        } else if TerritoryExtractor.determiners.contains(words[k]), k + 1 < words.count, !sentence.tokens[k + 1].isCapitalized {
            // "the (disputed) islands Y": the place referred to, then its name.
            var j = k + 1
            while j < min(words.count, k + 1 + UnlistedTerritoryFinder.adjectiveReach), !sentence.tokens[j].isCapitalized,
                cues.placeNoun.match(words, at: j) == nil
            {
                j += 1
            }
            guard j < words.count, !sentence.tokens[j].isCapitalized, let length = cues.placeNoun.match(words, at: j) else { return nil }
            k = j + length
        }
        if let link {
            guard k < words.count, words[k] == link else { return nil }
            k += 1
        }
        let opensName =
            k < words.count && (sentence.tokens[k].isCapitalized || (words.isWord(k, .the) && k + 1 < words.count && sentence.tokens[k + 1].isCapitalized))
        guard opensName, let span = forward(from: k), canNameTerritory(span, saidToBePlace: true) else { return nil }
        let next = span.upperBound + 1
        guard next >= words.count || sentence.tokens[next].kind == .punctuation || Self.afterCalledName.contains(words[next]) else { return nil }
        return span
    }

    /// Where the place referred to starts after a verb of naming at `k`: after "calls", or after
    /// "refers to" ("Japan refers to the islands as Tokana"); nil where `k` is no such verb.
    func namingObjectStart(at k: Int) -> Int? {
        // A byte first: this is asked after every state named.
        guard k < words.count, sentence.tokens[k].firstByte | 0x20 == UInt8(ascii: "c") || sentence.tokens[k].firstByte | 0x20 == UInt8(ascii: "r") else {
            return nil
        }
        if words.isWord(k, .calls) || words.isWord(k, .call) { return k + 1 }
        if words.isWord(k, .refers) || words.isWord(k, .refer), k + 1 < words.count, words.isWord(k + 1, .to) { return k + 2 }
        return nil
    }

    /// The name a state gives a place by the verb of naming at `k`: "calls it Y", "refers to
    /// them as Y".
    func nameGiven(byVerbAt k: Int) -> ClosedRange<Int>? {
        guard let object = namingObjectStart(at: k) else { return nil }
        return object == k + 1 ? nameCalled(after: k) : nameCalled(after: object - 1, link: "as")
    }

    /// Whether token `k` is a quotation mark.
    func isQuoteMark(_ k: Int) -> Bool {
        k >= 0 && k < words.count && sentence.tokens[k].kind == .punctuation && MentionTagger.quoteMarks.contains(sentence.tokens[k].text)
    }

    /// A lowercase noun of territory right after a name is part of one of its names: "Siachen glacier".
    func placeNounAfter(_ range: ClosedRange<Int>) -> Int? {
        let next = range.upperBound + 1
        guard next < words.count, !sentence.tokens[next].isCapitalized, let length = cues.placeNoun.match(words, at: next) else { return nil }
        return next + length - 1
    }

    /// Modal verbs, which a headline in title case capitalizes like the name before them.
    static let modalVerbs: WordSet = ["may", "might", "will", "would", "could", "can", "should", "must", "shall"]

    /// Words that may follow the noun of a description in apposition where the description ends:
    /// "X, a sandbank in the Gulf", "X, an islet that both claim", "X, a rock off the coast".
    static let appositionEnds: WordSet = ["in", "on", "off", "near", "at", "along", "between", "that", "which", "whose", "where", "claimed", "close"]

    /// "Corvo Bank, a sandbank in the Gulf of Paria": a description in apposition right after the
    /// name, an article, at most a few lowercase words and a noun of territory where the
    /// description ends, says the name is land as a noun in the name does ("Corvo Sandbank").
    /// Not "Orion, a block of shares", "Bakari, a village chief": the noun must end the phrase.
    func placeNounInApposition(after range: ClosedRange<Int>) -> Bool {
        let tokens = sentence.tokens
        let comma = range.upperBound + 1
        guard comma + 2 < words.count, Token.isMark(tokens, comma, UInt8(ascii: ",")), words.isWord(comma + 1, .a) || words.isWord(comma + 1, .an)
        else { return false }
        var p = comma + 2
        while p < min(words.count, comma + 2 + Self.describingWords), tokens[p].kind == .word, !tokens[p].isCapitalized {
            if let length = cues.placeNoun.match(words, at: p) {
                let next = p + length
                return next >= words.count || tokens[next].kind == .punctuation || Self.appositionEnds.contains(words[next])
            }
            p += 1
        }
        return false
    }

    /// Whether the words can name a territory: not a state as a whole, a person, a body or a
    /// thing ("dam", "election"), nor a word of dispute read as a name in a headline.
    /// A name the text says is a place's (`saidToBePlace`: "known by Georgians as X", "which
    /// Japan calls X", "Indian-administered X") is one even when it reads like a person's, and a
    /// word that is no name alone ("Northern") bars it only when it is the whole name.
    func canNameTerritory(_ range: ClosedRange<Int>, saidToBePlace: Bool = false) -> Bool {
        for k in range {
            guard let m = mention(at: k) else { continue }
            switch m.kind {
            case .country where m.first <= range.lowerBound && m.last >= range.upperBound: return false
            case .title: return false
            default: continue
            }
        }
        if !saidToBePlace, !personTokens.isDisjoint(with: range), !endsInPlaceNoun(range) { return false }
        if range.contains(where: { cues.notTerritory.contains(Self.stem(words[$0])) }) { return false }
        // A word of dispute or of territory read as a name in a headline ("Border", "Islands"),
        // though a noun of territory may open a longer name ("Gulf of Piran", "Isle of Man").
        let head = words[range.lowerBound]
        if cues.cue.contains(head) || cues.trailing.contains(head) { return false }
        // "A Border Dispute Can Still Be Solved": a headline's modal verb, capitalized as its every word.
        if range.count >= 2, Self.modalVerbs.contains(head), !endsInPlaceNoun(range) { return false }
        // ("Hill 491": a height numbered on the maps.)
        if cues.context.contains(head) || cues.placeNoun.contains(head),
            range.count == 1 || !(words.isWord(range.lowerBound + 1, .of) || sentence.tokens[range.lowerBound + 1].kind == .number)
        {
            return false
        }
        if let (entries, length, _) = gazetteer.trie.longestMatch(sentence.tokens, at: range.lowerBound),
            entries.contains(where: {
                if case .notName = $0 { return !saidToBePlace || length >= range.count }
                if case .title = $0 { return true }
                return false
            })
        {
            return false
        }
        return true
    }

    /// Whether a run of capitalized words starting at `k` ends in a noun of territory, written
    /// lowercase after it ("Ta Lor temple") or capitalized as its last word ("Tamra Strip").
    private func nounOfTerritoryCloses(after k: Int) -> Bool {
        var e = k
        while e < words.count, e - k < Self.maxNameWords, isNameWord(e) { e += 1 }
        guard e > k else { return false }
        if cues.placeNoun.contains(Self.stem(words[e - 1])), e - 1 > k { return true }
        return e < words.count && !sentence.tokens[e].isCapitalized && cues.placeNoun.match(words, at: e) != nil
    }

    /// A name that the lowercase words right after it make a thing, not a territory: "the disputed
    /// Zaporizhzhia nuclear plant", "the Tuzla dam". Words of territory ("the Kessa border") do not,
    /// nor does a thing that only says where the land lies ("the Kalapan river islands").
    func namesAThingAfter(_ range: ClosedRange<Int>) -> Bool {
        var k = range.upperBound + 1
        while k < words.count, k <= range.upperBound + Self.thingReach, sentence.tokens[k].kind == .word, !sentence.tokens[k].isCapitalized,
            !cues.boundary.contains(words, k)
        {
            if cues.notTerritory.contains(words, k), !cues.context.contains(words, k), !cues.placeNoun.contains(words, k), !landAfter(k) {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether a lowercase noun of territory comes right after token `k`: "river islands".
    private func landAfter(_ k: Int) -> Bool {
        k + 1 < words.count && !sentence.tokens[k + 1].isCapitalized && cues.placeNoun.match(words, at: k + 1) != nil
    }

    /// A city or other place the gazetteer knows, named by the whole range.
    func isKnownPlace(_ range: ClosedRange<Int>) -> Bool {
        guard let m = mention(at: range.lowerBound), m.first == range.lowerBound, m.last == range.upperBound else { return false }
        if case .place = m.kind { return true }
        return false
    }

    /// "Varnok and Selby Islands" ends in a noun of territory.
    func endsInPlaceNoun(_ range: ClosedRange<Int>) -> Bool {
        cues.placeNoun.contains(Self.stem(words[range.upperBound]))
    }

    func text(_ range: ClosedRange<Int>) -> String {
        var name = sentence.text(range.lowerBound, range.upperBound)
        if name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") { name.removeLast(2) }
        return name
    }

    /// A capitalized word, but not one joined to a lowercase word ("Kenyan-held", "Soviet-era"),
    /// which describes the name that follows rather than being part of it.
    private func isNameWord(_ k: Int) -> Bool {
        guard k >= 0, k < words.count else { return false }
        // "Hill 491", "Point 5353": a number after a word of a numbered height or post.
        if sentence.tokens[k].kind == .number {
            return k >= 1 && sentence.tokens[k - 1].isCapitalized && Self.numberedPlaceWords.contains(words[k - 1])
        }
        guard sentence.tokens[k].kind == .word else { return false }
        // "Fasht al-Mahar": a lowercase particle joined to a capitalised word is a word of the name.
        // "Banc d'Ekondo": an elided particle joined to a capitalised word is one too.
        guard sentence.tokens[k].isCapitalized else {
            return sentence.tokens[k].hasHyphen ? MentionTagger.isParticleName(sentence.tokens[k]) : Self.isElidedParticleName(sentence.tokens[k])
        }
        guard sentence.tokens[k].hasHyphen else { return true }
        let text = sentence.tokens[k].text
        guard let dash = text.lastIndex(of: "-"), let after = text[text.index(after: dash)...].first else { return true }
        return !after.isLowercase
    }

    /// The name before ", the water point" or ", a small village" whose description (an article
    /// and up to `UnlistedTerritoryFinder.descriptionReach` lowercase words, its noun the last)
    /// ends right before token `end`: "Korvat, the pumping station on the river", "Bagra, a
    /// village of herders".
    func describedName(endingBefore end: Int) -> ClosedRange<Int>? {
        let tokens = sentence.tokens
        func isArticle(_ k: Int) -> Bool { words.isWord(k, .a) || words.isWord(k, .an) || words.isWord(k, .the) }
        var a = end - 1
        while a >= 1, end - 1 - a < UnlistedTerritoryFinder.descriptionReach, tokens[a].kind == .word, !tokens[a].isCapitalized, !isArticle(a) { a -= 1 }
        guard a >= 2, a < end - 1, isArticle(a), Token.isMark(tokens, a - 1, UInt8(ascii: ",")) else { return nil }
        return backward(endingAt: a - 2)
    }

    /// Words that name heights and posts by number ("Hill 491", "Point 5353", "Post 14"), in
    /// armies' maps and the news of border clashes.
    static let numberedPlaceWords: WordSet = ["hill", "point", "post", "peak", "pillar", "height", "outpost"]

    /// Elided particles of place names in French and Italian: "d'Ekondo", "l'Ile".
    static let elidedParticles: Set<UInt8> = [UInt8(ascii: "d"), UInt8(ascii: "l")]

    /// Whether a lowercase token is an elided particle joined to a capitalised word: "d'Ekondo"
    /// (with a straight or a curly apostrophe), not "d'affaires".
    static func isElidedParticleName(_ t: Token) -> Bool {
        let b = Array(t.text.utf8.prefix(5))
        guard b.count >= 3, elidedParticles.contains(b[0]) else { return false }
        let letter: UInt8
        if b[1] == UInt8(ascii: "'") {
            letter = b[2]
        } else if b.count == 5, b[1] == 0xE2, b[2] == 0x80, b[3] == 0x99 {
            letter = b[4]
        } else {
            return false
        }
        return letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "Z")
    }

    /// "and" joins two names ("X Creek and Y Glacier") unless a plural noun of territory after it
    /// makes them one ("Varnok and Selby Islands"): the name is then the one nearest the cue.
    private func trimmedAtAnd(_ range: ClosedRange<Int>, keepingEnd: Bool) -> ClosedRange<Int> {
        guard !endsInPlaceNoun(range) else { return range }
        if keepingEnd, let and = range.last(where: { words.isWord($0, .and) }) { return (and + 1)...range.upperBound }
        if !keepingEnd, let and = range.first(where: { words.isWord($0, .and) }) { return range.lowerBound...(and - 1) }
        return range
    }

    static func stem(_ word: String) -> String {
        word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    }
}
