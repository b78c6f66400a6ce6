/// A person as the article presents them, with every mention.
struct PersonRecord: Sendable {
    var words: [String] {
        didSet {
            folded = words.map(PersonResolver.fold)
            name = words.joined(separator: " ")
        }
    }
    var country: String?
    var title: String?
    /// A state named near an unattributed title, the best guess for `country` after the text itself.
    var nearbyCountry: String?
    /// The folded name of a person whose office this person holds ("Putin's top diplomat").
    var possessor: String?
    /// Sentences where the person is introduced as someone's counterpart, and so serves another state.
    var counterpartSentences: Set<Int> = []
    /// "his spokesman A": the sentence and token of the mention whose title a pronoun owns.
    var pronounOwnedMention: (sentence: Int, first: Int)?
    private(set) var aliases: Set<String> = []
    /// The one-word aliases (a nickname given in quotes, "Jokowi"), folded as they are added: the
    /// single-word pass compares every word no name matches with them, and folding every alias
    /// again for every such word cost more than the rest of that pass.
    private(set) var oneWordAliasKeys: [String] = []
    var mentions: [PersonMention] = []

    /// The words joined by spaces, kept in step with `words`: made once, not at each of the many
    /// reads of the stages after this one (every meeting's participants, every fact written).
    private(set) var name: String
    /// The words case- and accent-folded, kept in step with `words`.
    private(set) var folded: [String]

    init(words: [String], country: String? = nil, title: String? = nil) {
        self.words = words
        self.country = country
        self.title = title
        self.folded = words.map(PersonResolver.fold)
        self.name = words.joined(separator: " ")
    }

    /// A person named by a candidate whose words are already folded (`folded` is
    /// `words.map(PersonResolver.fold)`), so that they are not folded again.
    init(words: [String], folded: [String]) {
        self.words = words
        self.folded = folded
        self.name = words.joined(separator: " ")
        mentions.reserveCapacity(Self.expectedMentions)
    }

    /// Room for the mentions of a person found in an article, made with the record: 7,029
    /// mentions of 2,550 people over 300 generated articles, and the list grown 1, 2, 4 as they
    /// were added (5,353 reallocations, 2.3 M instructions).
    static let expectedMentions = 4

    mutating func addAlias(_ alias: String) {
        guard aliases.insert(alias).inserted else { return }
        if !Self.hasSpace(alias) { oneWordAliasKeys.append(PersonResolver.fold(alias)) }
    }

    /// `alias.contains(" ")`, which searches by `Character`: by bytes when the alias is ASCII,
    /// where each byte is a `Character` (a space never joins a carriage return), a search that
    /// costs a fraction of the generic one.
    static func hasSpace(_ alias: String) -> Bool {
        alias.utf8.allSatisfy { $0 < 0x80 } ? alias.utf8.contains(UInt8(ascii: " ")) : alias.contains(" ")
    }
}

/// One place where a person is mentioned, by name or by role.
struct PersonMention: Sendable {
    var person: Int
    var sentence: Int
    var first: Int
    var last: Int
    var byRole: Bool
}

/// What the words around a name say about it.
struct NameContext: Sendable {
    var title: String?
    var country: String?
    /// A state named earlier in the sentence, for a titled person whose state is not stated.
    var nearbyCountry: String?
    /// "Venezuela's Nicolas Maduro": a state right before the name.
    var countryBefore = false
    /// The name is coordinated with the name mention at this token ("A and B", "A, B and C").
    var coordinatedWith: Int?
    /// "Putin's top diplomat": the folded surname of the person whose office this is.
    var possessor: String?
    /// "his Austrian and Czech counterparts, A and B": states for the names that follow, in order.
    var laterCountries: [String] = []
    /// "X's Director A, spokesman B and chief C": a titled name in a list after another titled
    /// name, at this token; a state-less one serves the state of the list's first.
    var listedAfter: Int?
    var honorific = false
    var counterpart = false
    /// "the Tajik delegation, led by A": A heads a state's delegation.
    var leadsDelegation = false
    var speechVerbAfter = false
    /// "talks at Park Royal on Monday": right after "at", where a venue's name stands.
    var afterAt = false
    /// "his spokesman A", "her deputy B": the title is owned by a pronoun, so the office serves
    /// the person the pronoun stands for.
    var ownedByPronoun = false
}

/// Finds the people of an article: names with the context that shows them to be people
/// (a title, an honorific, "counterpart", an appositive role, a known given name), later
/// mentions by surname or full name, and mentions by role ("the Japanese minister").
struct PersonResolver: Sendable {
    let gazetteer: Gazetteer

    static let counterpartWords: WordSet = ["counterpart", "counterparts"]
    /// Words for a fellow office holder that take a state before them ("his Nepali colleague").
    static let colleagueWords: WordSet = ["colleague", "colleagues"]

    /// A word of a name as compared: folded, and an initial's period dropped ("S." and "S" are one).
    static func fold(_ s: String) -> String {
        let folded = NameFolding.fold(s)
        // The byte test first: counting Characters costs more than the rest of most folds.
        return folded.lastUTF8Byte == UInt8(ascii: ".") && folded.count > 1 && folded.hasSuffix(".") ? String(folded.dropLast()) : folded
    }

    /// `fold(tokens[i].text)`. A text of ASCII without an apostrophe or a final full stop folds
    /// to its lowercase bytes alone, which the token's `lower` already is (the tokenizer lowers
    /// A to Z and nothing else in ASCII): that string is taken, not made again.
    static func foldedText(_ tokens: [Token], _ i: Int) -> String {
        var text = tokens[i].text
        let plain = text.withUTF8 { bytes in
            // Every byte is tested, without a branch per byte: names are short.
            var seen: UInt8 = 0
            var apostrophe = false
            for b in bytes {
                seen |= b
                apostrophe = apostrophe || b == UInt8(ascii: "'")
            }
            return seen < 0x80 && !apostrophe && bytes.last != UInt8(ascii: ".")
        }
        return plain ? tokens[i].lower : fold(text)
    }

    /// `MentionTagger.quoteMarks.contains(tokens[i].text)` by the token's bytes: every quote
    /// mark is one byte or three, so a token of another length is none and no string is hashed
    /// for it (the test is made for every word of every name).
    @inline(__always) static func isQuoteMark(_ tokens: [Token], _ i: Int) -> Bool {
        let length = tokens[i].end - tokens[i].start
        if length == 1 { return tokens[i].firstByte == UInt8(ascii: "\"") || tokens[i].firstByte == UInt8(ascii: "'") }
        return length == 3 && tokens[i].firstByte == 0xE2 && MentionTagger.quoteMarks.contains(tokens[i].text)
    }

    /// `word.hasSuffix("'s") || word.hasSuffix("\u{2019}s")` on bytes: neither mark nor "s" has
    /// another form, and neither joins the letter before it into one `Character`, so the bytes
    /// decide as the comparison by `Character` does, at a fraction of its cost. Only a scalar
    /// outside ASCII before the mark could take the mark into its `Character` (a prepended
    /// sign); that rare word is compared by `Character`.
    static func endsInPossessiveS(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard word.lastUTF8Byte == UInt8(ascii: "s") else { return false }
        let n = utf8.count
        // The byte `k` places before the end (UTF-8 offsets of a native string are O(1)).
        func back(_ k: Int) -> UInt8 { utf8[utf8.index(utf8.endIndex, offsetBy: -k)] }
        let markLength = n >= 2 && back(2) == UInt8(ascii: "'") ? 1 : n >= 4 && back(4) == 0xE2 && back(3) == 0x80 && back(2) == 0x99 ? 3 : 0
        guard markLength > 0 else { return false }
        if n >= markLength + 2, back(markLength + 2) >= 0x80 { return word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") }
        return true
    }

    /// The most people one article may have. Every name is compared with the people found so
    /// far, so an input of thousands of distinct names (no news article; a list or hostile
    /// input) would cost the square of its length; past this many, further names make no new
    /// person. News articles name a few dozen at most.
    static let maxPeople = 500

    /// A run of name words that may be a person, as plain data: its words are kept once for all
    /// candidates, in `NameCandidates.names` and `keys`, and its context in `contexts`, so that a
    /// candidate is made, copied and dropped without an object of its own, two arrays grown word
    /// by word and the reference counting of them all (a class with two arrays per candidate cost
    /// some 2,000 instructions each).
    private struct Candidate {
        let sentence: Int
        let first: Int
        let last: Int
        /// Its place in `NameCandidates.list` and in `contexts`.
        let index: Int
        /// Where its words are in `names`, and their folded forms in `keys`; never empty.
        let words: Range<Int>
        /// The number of its key among the article's distinct keys: candidates with equal keys
        /// have the same number, so the passes look people up by it in an array instead of
        /// hashing the key's words again at every step.
        let keyNumber: Int
        /// A name in quotes inside this one ("Jokowi"), by its place in `nicknames`.
        let nickname: Int?
    }

    /// The name candidates of an article and the words they share, made once and then only read.
    private struct NameCandidates {
        var list: [Candidate] = []
        /// The words of every candidate, one after the other, as written.
        var names: [String] = []
        /// The words of every candidate folded (`PersonResolver.fold`), in step with `names`.
        var keys: [String] = []
        /// The context of each candidate, by index.
        var contexts: [NameContext] = []
        var nicknames: [String] = []
        /// How many distinct keys the candidates have (their key numbers are below it).
        var keyCount = 0

        /// The words of `range` joined by spaces, as `Array(names[range]).joined(separator: " ")`
        /// without the array (the generic `joined` of a slice is not specialized).
        func joined(_ range: Range<Int>) -> String {
            var name = names[range.lowerBound]
            for i in range.dropFirst() {
                name += " "
                name += names[i]
            }
            return name
        }

        /// Whether the words of `range` are `words`, compared in place.
        func names(_ range: Range<Int>, equal words: [String]) -> Bool {
            guard range.count == words.count else { return false }
            var i = range.lowerBound
            for w in words {
                if names[i] != w { return false }
                i += 1
            }
            return true
        }
    }

    /// The name mentions of the sentences that may be people, with their words, folded keys and
    /// contexts.
    private func candidates(in sentences: [AnalyzedSentence]) -> NameCandidates {
        // Local arrays, made a `NameCandidates` at the end: appending to the arrays of a struct
        // read its list again at every candidate.
        var list: [Candidate] = []
        var names: [String] = []
        var keys: [String] = []
        var contexts: [NameContext] = []
        var nicknames: [String] = []
        // Room for a key per name mention, so that the table is never grown.
        let nameMentions = sentences.reduce(0) { count, s in count + s.mentions.count { $0.isName } }
        var keyNumbers = KeyNumbers(keys: nameMentions)
        list.reserveCapacity(nameMentions)
        contexts.reserveCapacity(nameMentions)
        // Room for every word of every name mention (a few fewer are kept: quote marks, full stops
        // and dropped mentions), so that the two lists of words are not grown 1, 2, 4, 8 ... as
        // they are filled (some 4,800 reallocations over 300 articles).
        var nameWords = 0
        for s in sentences.indices {
            for m in sentences[s].mentions.indices where sentences[s].mentions[m].isName {
                nameWords += sentences[s].mentions[m].last - sentences[s].mentions[m].first + 1
            }
        }
        names.reserveCapacity(nameWords)
        keys.reserveCapacity(nameWords)
        // The folded words of the candidate being read, emptied for the next candidate.
        var key: [String] = []
        for si in sentences.indices {
            // A sentence that names no one is passed over in place: copying each sentence retained
            // and released its three arrays, and its mentions were walked from a copy again.
            var named = false
            for mi in sentences[si].mentions.indices where sentences[si].mentions[mi].isName {
                named = true
                break
            }
            guard named else { continue }
            let s = sentences[si]
            // By index, the kind read in place: only a name is copied out (a mention of a state
            // holds a string, retained and released with each copy).
            for mi in s.mentions.indices where s.mentions[mi].isName {
                let m = s.mentions[mi]
                if MeetingPlaceReader.namesVenueInApposition(first: m.first, in: s) { continue }
                let start = names.count
                key.removeAll(keepingCapacity: true)
                var nickname: String?
                var k = m.first
                while k <= m.last {
                    // Joko "Jokowi" Widodo: the nickname is another name of the person, not part of this one.
                    if Self.isQuoteMark(s.tokens, k), k + 2 <= m.last {
                        nickname = s.tokens[k + 1].text
                        k += 3
                        continue
                    }
                    if Token.isMark(s.tokens, k, UInt8(ascii: ".")), !key.isEmpty {
                        names[names.count - 1] += "."
                        key[key.count - 1] = Self.fold(names[names.count - 1])
                    } else {
                        names.append(s.tokens[k].text)
                        // `fold(text)`, from the token (`foldedText`).
                        key.append(Self.foldedText(s.tokens, k))
                    }
                    k += 1
                }
                if !key.isEmpty, Self.endsInPossessiveS(names[names.count - 1]) {
                    names[names.count - 1] = String(names[names.count - 1].dropLast(2))
                    key[key.count - 1] = Self.fold(names[names.count - 1])
                }
                let words = start..<names.count
                var allCaps = true
                for i in words where !(Token.isAllCapsText(names[i]) && names[i].count > 1) {
                    allCaps = false
                    break
                }
                if allCaps || (words.count == 1 && DateExpression.isMonthOrWeekday(names[start])) {
                    names.removeSubrange(words)
                    continue
                }
                let keyStart = keys.count
                for folded in key { keys.append(folded) }
                var nicknameIndex: Int?
                if let nickname {
                    nicknameIndex = nicknames.count
                    nicknames.append(nickname)
                }
                // Written where it is kept: returned, each context was copied and the original
                // destroyed (its strings retained and released), 10,330 times over 300 articles.
                contexts.append(NameContext())
                context(of: m, in: s, into: &contexts[contexts.count - 1])
                list.append(
                    Candidate(
                        sentence: s.index, first: m.first, last: m.last, index: list.count, words: words,
                        keyNumber: keyNumbers.number(of: keyStart..<keys.count, in: keys), nickname: nicknameIndex))
            }
        }
        return NameCandidates(list: list, names: names, keys: keys, contexts: contexts, nicknames: nicknames, keyCount: keyNumbers.count)
    }

    /// A place in a person's appositive that says where the person comes from: right after its
    /// opening "a" or "an" before another word ("a Nevada Republican", "a Texas lawmaker"), or
    /// after "from" ("a Democrat from Ohio").
    static func isHomePlace(_ x: Mention, appositiveStart: Int, in s: AnalyzedSentence) -> Bool {
        let opensWithArticle =
            x.first == appositiveStart + 1 && (s.tokens[appositiveStart].isWord(.a) || s.tokens[appositiveStart].lower == "an")
            && x.last + 1 < s.tokens.count && s.tokens[x.last + 1].kind == .word
        return opensWithArticle || (x.first >= 1 && s.tokens[x.first - 1].isWord(.from))
    }

    /// The folded words of the names the article gives venues: the capitalised words right
    /// before a capitalised venue word ("Cerro Castillo Palace", "Quinta Vergara House").
    static func venueNames(in sentences: [AnalyzedSentence]) -> Set<[String]> {
        var out: Set<[String]> = []
        for s in sentences {
            for i in s.tokens.indices.dropFirst() where s.tokens[i].isCapitalized && s.tokens[i].isListed(.venueWord) {
                var j = i
                while j >= 1, s.tokens[j - 1].kind == .word, s.tokens[j - 1].isCapitalized, !s.tokens[j - 1].isWord(.the) { j -= 1 }
                if j < i - 1 { out.insert((j..<i).map { fold(s.tokens[$0].text) }) }
            }
        }
        return out
    }

    func resolve(_ sentences: [AnalyzedSentence]) -> [PersonRecord] {
        let found = candidates(in: sentences)
        let candidates = found.list
        let names = found.names
        let keys = found.keys
        let contexts = found.contexts
        let nicknames = found.nicknames

        var records: [PersonRecord] = []
        /// The person each key names, by key number (once the key is known as a person's name).
        var byFolded = [Int?](repeating: nil, count: found.keyCount)
        func isPerson(_ c: Candidate) -> Bool {
            if contexts[c.index].title != nil || contexts[c.index].honorific || contexts[c.index].counterpart { return true }
            if c.words.count >= 2, contexts[c.index].countryBefore || contexts[c.index].leadsDelegation { return true }
            // "met B for talks at Park Royal": a given name opening the name of a venue after "at"
            // is no sign of a person.
            if c.words.count >= 2, !contexts[c.index].afterAt, gazetteer.givenNames.contains(names[c.words.lowerBound].lowercased()) { return true }
            if c.words.count >= 2, c.words.count <= 4, contexts[c.index].speechVerbAfter { return true }
            // A full name the leaders list holds ("Islam Karimov") is a person without a title.
            if c.words.count >= 2, gazetteer.leaders.code(forFolded: NameFolding.fold(found.joined(c.words)), year: nil) != nil { return true }
            return false
        }
        // The words of the alias last added to each person, by id: a surname mentioned again and
        // again is not joined and hashed into the person's aliases each time.
        var lastAliasWords: [[String]?] = []
        func attach(_ c: Candidate, to id: Int) {
            records[id].mentions.append(PersonMention(person: id, sentence: c.sentence, first: c.first, last: c.last, byRole: false))
            if records[id].title == nil { records[id].title = contexts[c.index].title }
            if records[id].country == nil { records[id].country = contexts[c.index].country }
            if records[id].nearbyCountry == nil { records[id].nearbyCountry = contexts[c.index].nearbyCountry }
            if records[id].possessor == nil { records[id].possessor = contexts[c.index].possessor }
            if records[id].pronounOwnedMention == nil, contexts[c.index].ownedByPronoun { records[id].pronounOwnedMention = (c.sentence, c.first) }
            if contexts[c.index].counterpart { records[id].counterpartSentences.insert(c.sentence) }
            // Words never hold a space, so the names joined differ exactly when the words do:
            // compared as words, nothing is joined for the mention of a name already known.
            if lastAliasWords.count <= id { lastAliasWords.append(contentsOf: repeatElement(nil, count: id + 1 - lastAliasWords.count)) }
            if !found.names(c.words, equal: records[id].words), !(lastAliasWords[id].map { found.names(c.words, equal: $0) } ?? false) {
                records[id].addAlias(found.joined(c.words))
                lastAliasWords[id] = Array(names[c.words])
            }
            if let nick = c.nickname { records[id].addAlias(nicknames[nick]) }
        }
        // "at the Cerro Castillo Palace ... Also at Cerro Castillo, the President met B": the
        // name of a venue the article writes with its venue word is no person, however a title
        // falls beside it ("Nelson Mandela Centre" keeps Nelson Mandela: a given name opens it).
        let venueNames = Self.venueNames(in: sentences)
        func opensWithGivenName(_ c: Candidate) -> Bool { gazetteer.givenNames.contains(names[c.words.lowerBound].lowercased()) }
        // Full names first: those with evidence of a person define the people; other runs
        // of the same name ("Taro Kono" in a headline) then attach to them.
        // Asked once per candidate: both passes read it.
        let showsPerson = candidates.map { $0.words.count >= 2 && isPerson($0) }
        // Each person named under a second spelling, and that spelling's key number.
        var variantSpellings: [(id: Int, key: Int)] = []
        for needsEvidence in [true, false] {
            for (k, c) in candidates.enumerated() where c.words.count >= 2 && showsPerson[k] == needsEvidence {
                let key = keys[c.words]
                if let id = byFolded[c.keyNumber] {
                    attach(c, to: id)
                    continue
                }
                // A longer or shorter form of a known name: "Natwar Singh" and "K Natwar Singh".
                if let id = records.indices.first(where: { Self.contains(records[$0].folded, key) || Self.contains(key, records[$0].folded) }) {
                    if key.count > records[id].words.count {
                        records[id].addAlias(records[id].name)
                        records[id].words = Array(names[c.words])
                    }
                    byFolded[c.keyNumber] = id
                    attach(c, to: id)
                    continue
                }
                // "Isaias Afewerki" and "Isaias Afwerki": one person whose surname the article
                // transliterates two ways; never in one sentence, where two such names are two
                // people ("A Karim met A Karam"). Told first by the count and the first word, read
                // in place, which nearly every other person differs in.
                if let id = records.indices.first(where: {
                    records[$0].folded.count == key.count && records[$0].folded[0] == key[key.startIndex] && Self.isSpellingVariant(records[$0].folded, key)
                }),
                    !records[id].mentions.contains(where: { $0.sentence == c.sentence })
                {
                    byFolded[c.keyNumber] = id
                    variantSpellings.append((id, c.keyNumber))
                    attach(c, to: id)
                    continue
                }
                guard needsEvidence, records.count < Self.maxPeople, !venueNames.contains(Array(key)) || opensWithGivenName(c) else { continue }
                let id = records.count
                records.append(PersonRecord(words: Array(names[c.words]), folded: Array(keys[c.words])))
                byFolded[c.keyNumber] = id
                attach(c, to: id)
            }
        }
        // Names coordinated with a person's name are people too: "Minister A B and C D",
        // "A B of Austria, C D of Chile, and E F of Peru".
        // The first candidate at a position, found in the run of its sentence's candidates: they
        // are read sentence by sentence, so each sentence's are together, in order of sentences.
        // A dictionary keyed by position hashed two numbers for each of the article's candidates
        // (some 10,000 over 300 articles) and was asked only at coordinated and listed names.
        let inSentenceOrder = candidates.indices.dropFirst().allSatisfy { candidates[$0 - 1].sentence <= candidates[$0].sentence }
        func candidateAt(_ sentence: Int, _ token: Int) -> Int? {
            var k = 0
            if inSentenceOrder {
                var end = candidates.count
                while k < end {
                    let mid = (k + end) / 2
                    if candidates[mid].sentence < sentence { k = mid + 1 } else { end = mid }
                }
            }
            while k < candidates.count, !inSentenceOrder || candidates[k].sentence <= sentence {
                if candidates[k].sentence == sentence, candidates[k].first == token { return k }
                k += 1
            }
            return nil
        }
        var grew = true
        var attached = Set(candidates.indices.filter { byFolded[candidates[$0].keyNumber] != nil && candidates[$0].words.count >= 2 })
        while grew {
            grew = false
            for (k, c) in candidates.enumerated() where c.words.count >= 2 && !attached.contains(k) {
                if let id = byFolded[c.keyNumber] {
                    attach(c, to: id)
                    attached.insert(k)
                    continue
                }
                guard records.count < Self.maxPeople, let other = contexts[c.index].coordinatedWith,
                    let partner = candidateAt(c.sentence, other).map({ candidates[$0] }),
                    byFolded[partner.keyNumber] != nil
                else { continue }
                let id = records.count
                records.append(PersonRecord(words: Array(names[c.words]), folded: Array(keys[c.words])))
                byFolded[c.keyNumber] = id
                attach(c, to: id)
                attached.insert(k)
                if records[id].title == nil { records[id].title = contexts[partner.index].title }
                if records[id].country == nil, let next = contexts[partner.index].laterCountries.first {
                    records[id].country = next
                }
                grew = true
            }
        }
        if !variantSpellings.isEmpty { preferCommonerSpelling(variantSpellings, of: &records, candidates: candidates, found: found) }
        // "the A and B foreign ministers C and D": D, a person in its own right, takes the second state.
        for c in candidates where c.words.count >= 2 {
            guard let id = byFolded[c.keyNumber], records[id].country == nil, let other = contexts[c.index].coordinatedWith,
                let partner = candidateAt(c.sentence, other).map({ candidates[$0] }),
                let next = contexts[partner.index].laterCountries.first
            else { continue }
            records[id].country = next
        }
        // A list of titled officials after one whose state is stated: each serves that state,
        // unless their own phrase names another.
        for c in candidates where contexts[c.index].title != nil && contexts[c.index].country == nil {
            guard let id = byFolded[c.keyNumber], records[id].country == nil, let head = contexts[c.index].listedAfter,
                let partner = candidateAt(c.sentence, head).map({ candidates[$0] }),
                contexts[partner.index].title != nil, let partnerID = byFolded[partner.keyNumber], let state = records[partnerID].country,
                // "Mongolian President A and Prime Minister Fumio Kishida": an office holder the
                // leaders' table gives to another state is no one of the first one's list.
                gazetteer.leaders.code(forFolded: NameFolding.fold(records[id].name), year: nil).map({ $0 == state }) ?? true
            else { continue }
            records[id].country = state
        }
        // A lone surname that the article repeats and that speaks at least once ("..., Rell said")
        // is a person even where no title or full name is ever given.
        // By key number: a one-word candidate's key is its one folded word.
        var singleCounts = [Int](repeating: 0, count: found.keyCount)
        var speaking = [Bool](repeating: false, count: found.keyCount)
        for c in candidates where c.words.count == 1 {
            singleCounts[c.keyNumber] += 1
            if contexts[c.index].speechVerbAfter { speaking[c.keyNumber] = true }
        }
        // "Turkey's Erdogan flew to see Russia's Putin": a surname right after a state's name that only
        // that state's office holders in the leaders' table carry.
        func isStatesOwnLeader(_ c: Candidate) -> Bool {
            guard contexts[c.index].countryBefore, let state = contexts[c.index].country else { return false }
            return gazetteer.leaders.code(forFolded: keys[c.words.lowerBound], year: nil) == state
        }
        func isReportingSurname(_ c: Candidate) -> Bool {
            // "Officials said", "Diplomats in C have said": a plural noun for a group of people
            // opening a sentence speaks too, and is no one's surname.
            speaking[c.keyNumber] && singleCounts[c.keyNumber] >= Self.repeatsOfASpeakingSurname
                && !WordLists.groupReferences.contains(keys[c.words.lowerBound])
        }
        // Single words: a surname (or a family name given first, "Kim", "Moon") of a known person,
        // the nearest one mentioned before; else a person of their own when a title or honorific says so.
        let earlier = EarlierMentions(records)
        // The people by the first and the last word of their folded name, ids ascending: each
        // single word is looked up here instead of being compared with every person's name.
        var byEndWord: [String: [Int]] = [:]
        byEndWord.reserveCapacity(records.count * 2)
        func indexEndWords(_ id: Int) {
            guard let first = records[id].folded.first, let last = records[id].folded.last else { return }
            byEndWord[first, default: []].append(id)
            // "Salman" alone is not "Mohammed bin Salman": the last word there is his father's name.
            let folded = records[id].folded
            if last != first, !Self.followsPatronymic(folded, folded.index(before: folded.endIndex)) { byEndWord[last, default: []].append(id) }
            // "Abadi" for "Haider al-Abadi", "Sisi" for "Abdel Fattah el-Sisi": the surname
            // without the article joined to it, as copy gives it after the first mention.
            if let bare = Self.surnameWithoutArticle(last), bare != first { byEndWord[bare, default: []].append(id) }
        }
        for id in records.indices { indexEndWords(id) }
        // "Afwerki" alone, after "Isaias Afewerki" and "Isaias Afwerki".
        for v in variantSpellings {
            let first = candidates.first { $0.keyNumber == v.key }!
            if let last = keys[first.words].last, byEndWord[last]?.contains(v.id) != true { byEndWord[last, default: []].append(v.id) }
        }
        for c in candidates where c.words.count == 1 {
            let w = keys[c.words.lowerBound]
            // "the Trump-Kim summit", "Macron-Scholz talks": two known surnames joined by a hyphen.
            // Split by Characters only when a hyphen byte is there at all (most words have none),
            // looked for on contiguous bytes: iterating the UTF-8 view cost some 240 instructions.
            var bytes = w
            let parts = bytes.withUTF8 { $0.contains(UInt8(ascii: "-")) } ? w.split(separator: "-").map(String.init) : []
            if parts.count == 2 {
                let ids = parts.compactMap { part in byEndWord[part]?.first }
                if ids.count == 2, ids[0] != ids[1] {
                    for id in ids { records[id].mentions.append(PersonMention(person: id, sentence: c.sentence, first: c.first, last: c.last, byRole: false)) }
                    continue
                }
            }
            var matches = byEndWord[w] ?? []
            if matches.isEmpty {
                // A nickname the text gave in quotes.
                matches = records.indices.filter { records[$0].oneWordAliasKeys.contains(w) }
            }
            // "Lula" for "Luiz Inácio Lula da Silva": a word inside one known name, and only one.
            if matches.isEmpty, Self.hasThreeCharacters(w), !WordLists.nameConnectors.contains(w) {
                // The people with the word inside their name, up to the second: one is wanted.
                var inside: [Int] = []
                for id in records.indices where Self.isInside(w, records[id].folded) {
                    inside.append(id)
                    if inside.count > 1 { break }
                }
                if inside.count == 1 { matches = inside }
            }
            // "Farhan" for "Faisal bin Farhan": copy often shortens a name to its father's, when
            // no one of the article goes by that word first ("Salman" with a King Salman named is
            // the king). Only one such name may fit, and not after a title ("King Salman" beside
            // "Mohammed bin Salman" is the father).
            if matches.isEmpty, contexts[c.index].title == nil, !contexts[c.index].honorific, Self.hasThreeCharacters(w) {
                var fathers: [Int] = []
                for id in records.indices where records[id].folded.count > 2 && records[id].folded.last == w {
                    let folded = records[id].folded
                    if Self.followsPatronymic(folded, folded.index(before: folded.endIndex)) { fathers.append(id) }
                }
                if fathers.count == 1 { matches = fathers }
            }
            if !matches.isEmpty {
                let best = matches.max { a, b in
                    earlier.lastMention(records[a].mentions, id: a, before: c.sentence, c.first)
                        < earlier.lastMention(records[b].mentions, id: b, before: c.sentence, c.first)
                }!
                attach(c, to: Self.principal(among: matches, nearest: best, records: records, sentence: c.sentence))
                continue
            }
            guard
                contexts[c.index].title != nil || contexts[c.index].honorific || contexts[c.index].counterpart || isReportingSurname(c)
                    || isStatesOwnLeader(c),
                records.count < Self.maxPeople
            else { continue }
            let id = records.count
            records.append(PersonRecord(words: Array(names[c.words]), folded: Array(keys[c.words])))
            indexEndWords(id)
            byFolded[c.keyNumber] = id
            attach(c, to: id)
        }
        for i in records.indices { records[i].mentions.sort { ($0.sentence, $0.first) < ($1.sentence, $1.first) } }
        return records
    }

    /// Whether two folded names are one name spelled two ways: the same words but the last, and
    /// last words that differ by one vowel, changed, added or left out ("Rahmon" and "Rahman",
    /// "Afewerki" and "Afwerki"), as transliterations of one name differ, or long ones by two
    /// letters. Surnames shorter than
    /// `spellingVariantLength` are left apart: a vowel is a larger part of them, and short names
    /// that differ by one ("Kim" and "Kam") are more often two.
    static func isSpellingVariant(_ a: [String], _ b: ArraySlice<String>) -> Bool {
        guard a.count >= 2, a.count == b.count, a.dropLast().elementsEqual(b.dropLast()), let x = a.last, let y = b.last, x != y
        else { return false }
        let p = Array(x.utf8)
        let q = Array(y.utf8)
        guard min(p.count, q.count) >= spellingVariantLength else { return false }
        var i = 0
        while i < min(p.count, q.count), p[i] == q[i] { i += 1 }
        var j = 0
        while j < min(p.count, q.count) - i, p[p.count - 1 - j] == q[q.count - 1 - j] { j += 1 }
        // What is left between the common start and the common end: one vowel against one
        // vowel or against nothing.
        let pMiddle = p[i..<(p.count - j)]
        let qMiddle = q[i..<(q.count - j)]
        if pMiddle.count + qMiddle.count <= 2, pMiddle.count <= 1, qMiddle.count <= 1, (pMiddle + qMiddle).allSatisfy(isVowel) { return true }
        // "Berdymukhamedov" and "Berdimuhamedov": a long surname, its first letter kept, may
        // differ in two letters of any kind and still be one transliteration or a slip of the pen.
        return i >= 1 && min(p.count, q.count) >= longSpellingVariantLength && editDistance(p[i..<(p.count - j)], q[i..<(q.count - j)], atMost: 2) <= 2
    }

    /// The shortest surname read as another's second spelling.
    static let spellingVariantLength = 5
    /// The shortest surname read as another's spelling when they differ by two letters of any
    /// kind: in eight letters or more, two are a small part, and names that long rarely differ by
    /// two only.
    static let longSpellingVariantLength = 8

    /// The number of letters changed, added or left out between `a` and `b`, counted up to
    /// `limit + 1`.
    static func editDistance(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, atMost limit: Int) -> Int {
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        var row = Array(0...b.count)
        for (ai, x) in a.enumerated() {
            var diagonal = row[0]
            row[0] = ai + 1
            for (bi, y) in b.enumerated() {
                let above = row[bi + 1]
                row[bi + 1] = min(above + 1, row[bi] + 1, diagonal + (x == y ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }

    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o") || b == UInt8(ascii: "u")
    }

    /// The name of a person spelled two ways is the spelling the leaders list knows, else the one
    /// the article uses more often (whole or by the surname alone), the first one on a tie; the
    /// other stays an alias.
    private func preferCommonerSpelling(
        _ variants: [(id: Int, key: Int)], of records: inout [PersonRecord], candidates: [Candidate], found: NameCandidates
    ) {
        for v in variants {
            guard let spelled = candidates.first(where: { $0.keyNumber == v.key }) else { continue }
            let own = records[v.id].words
            let variant = Array(found.names[spelled.words])
            // A spelling the leaders list knows is the name's ("Nazarbayev" over a slip of the pen).
            let ownListed = gazetteer.leaders.code(forFolded: NameFolding.fold(own.joined(separator: " ")), year: nil) != nil
            let variantListed = gazetteer.leaders.code(forFolded: NameFolding.fold(variant.joined(separator: " ")), year: nil) != nil
            if ownListed != variantListed {
                guard variantListed else { continue }
            } else {
                // Each spelling's uses, whole or by its surname alone.
                func uses(_ words: [String]) -> Int {
                    candidates.count { c in
                        (c.words.count == words.count && found.names(c.words, equal: words))
                            || (c.words.count == 1 && found.names(c.words, equal: [words[words.count - 1]]))
                    }
                }
                guard uses(variant) > uses(own) else { continue }
            }
            records[v.id].addAlias(records[v.id].name)
            records[v.id].words = variant
        }
    }

    /// The folded surname past a name connector joined to it by a hyphen ("al-abadi" -> "abadi"),
    /// when three letters or more are left; nil for any other word.
    static func surnameWithoutArticle(_ folded: String) -> String? {
        var word = folded
        guard let hyphen = word.withUTF8({ $0.prefix(4).firstIndex(of: UInt8(ascii: "-")) }), hyphen >= 2 else { return nil }
        let utf8 = folded.utf8
        let article = String(decoding: utf8.prefix(hyphen), as: UTF8.self)
        let rest = String(decoding: utf8.dropFirst(hyphen + 1), as: UTF8.self)
        guard WordLists.nameConnectors.contains(article), rest.utf8.count >= 3, !rest.utf8.contains(UInt8(ascii: "-")) else { return nil }
        return rest
    }

    /// Of people who share a surname ("President Javier Milei" and "his sister Karina Milei"),
    /// the bare surname means the one the article introduced first, its principal, as news
    /// style names the others in full; only where the nearest one is named in the same sentence
    /// does the surname go to them.
    static func principal(among matches: [Int], nearest: Int, records: [PersonRecord], sentence: Int) -> Int {
        guard matches.count > 1, !records[nearest].mentions.contains(where: { $0.sentence == sentence }) else { return nearest }
        func firstPosition(_ id: Int) -> Int {
            records[id].mentions.map { EarlierMentions.position($0.sentence, $0.first) }.min() ?? Int.max
        }
        return matches.min { firstPosition($0) < firstPosition($1) } ?? nearest
    }

    /// Whether `word` is one of the words of `name` other than its first and last.
    @inline(__always) static func isInside(_ word: String, _ name: [String]) -> Bool {
        name.count > 2 && name[1..<(name.count - 1)].contains(word)
    }

    /// `word.count >= 3`, by bytes for a word of ASCII other than a carriage return (whose every
    /// byte is then a `Character`): counting `Character`s costs more than the rest of the test.
    static func hasThreeCharacters(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= 3 else { return false }
        return utf8.allSatisfy { $0 < 0x80 && $0 != 13 } ? true : word.count >= 3
    }

    /// The number of `key` in `numbers`, the next number for a key not yet there (one lookup).
    /// The dictionary form of `KeyNumbers.number(of:in:)`, kept to hold it to.
    static func number(of key: [String], in numbers: inout [[String]: Int]) -> Int {
        let next = numbers.count
        // The defaulted subscript inserts `next` for a new key in the same probe that finds a known one.
        func value(_ v: inout Int) -> Int { v }
        return value(&numbers[key, default: next])
    }

    /// The distinct keys of an article's candidates numbered in the order they are first met, as
    /// `number(of:in:)` numbers them in a `[[String]: Int]`, without the dictionary: a key is a run
    /// of the article's folded words (`NameCandidates.keys`), kept once, and the table holds the
    /// number of each distinct run, found by a hash of its bytes. The dictionary hashed each
    /// key's words with SipHash (some 570 instructions a candidate) and kept a copy of each new
    /// key, an array allocated for it (and the candidate's key array then copied before reuse).
    struct KeyNumbers {
        /// Open addressing: 0 for an empty slot, else a key's number plus one.
        private var slots: [Int32]
        private var mask: Int
        /// Each number's key, as a range of the words, and its hash.
        private var ranges: [Range<Int>] = []
        private var hashes: [UInt64] = []

        /// A table for `keys` distinct keys (the article's name mentions, which no count of
        /// distinct keys exceeds), its slots at most half full; past that many it grows.
        init(keys: Int) {
            var size = 16
            while size < 2 * keys + 2 { size *= 2 }
            slots = [Int32](repeating: 0, count: size)
            mask = size - 1
            ranges.reserveCapacity(keys)
            hashes.reserveCapacity(keys)
        }

        /// How many distinct keys are numbered.
        var count: Int { ranges.count }

        /// The number of the key `words[range]`, the next number for a key not met before.
        /// Keys are equal as arrays of strings are (`==`, canonical equivalence), and hash alike
        /// when equal (`hash(of:)`).
        mutating func number(of range: Range<Int>, in words: [String]) -> Int {
            let h = Self.hash(of: words[range])
            var slot = Self.slot(of: h, mask)
            while true {
                let entry = slots[slot]
                if entry == 0 {
                    slots[slot] = Int32(ranges.count + 1)
                    ranges.append(range)
                    hashes.append(h)
                    if 2 * ranges.count + 2 > slots.count { grow() }
                    return ranges.count - 1
                }
                let n = Int(entry) - 1
                if hashes[n] == h, words[ranges[n]].elementsEqual(words[range]) { return n }
                slot = (slot + 1) & mask
            }
        }

        /// Twice the slots, every number placed again by its hash.
        private mutating func grow() {
            slots = [Int32](repeating: 0, count: 2 * slots.count)
            mask = slots.count - 1
            for n in hashes.indices {
                var slot = Self.slot(of: hashes[n], mask)
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(n + 1)
            }
        }

        @inline(__always) private static func slot(of hash: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        }

        /// A hash of the words that equal keys share. A word of ASCII is hashed by its bytes
        /// (FNV-1a), as it equals only the same bytes; a word with any byte outside ASCII by
        /// Swift's hash, which canonical equivalence keeps. Of ASCII, only ";", "`" and "K" equal
        /// another text (a lone scalar outside ASCII: U+037E, U+1FEF, U+212A), so a word with one
        /// of them is hashed by Swift's hash too (`onlyThreeASCIITextsEqualOthers` holds the list
        /// to Unicode). A folded word has no "K"; the test of it is kept for keys made otherwise.
        static func hash(of words: ArraySlice<String>) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for word in words {
                var w = word
                let plain = w.withUTF8 { bytes -> Bool in
                    var x = h
                    for b in bytes {
                        if b >= 0x80 || b == UInt8(ascii: ";") || b == UInt8(ascii: "`") || b == UInt8(ascii: "K") { return false }
                        x = (x ^ UInt64(b)) &* 0x100_0000_01b3
                    }
                    h = x
                    return true
                }
                if !plain { h = (h ^ UInt64(truncatingIfNeeded: word.hashValue)) &* 0x100_0000_01b3 }
                // A byte no UTF-8 text holds between words: "ab c" and "a bc" hash apart.
                h = (h ^ 0xFF) &* 0x100_0000_01b3
            }
            return h
        }
    }

    /// Whether `short` appears in `long` as a contiguous run of words, with at least two words.
    /// Either may be a slice (a candidate's words), compared in place.
    static func contains<Long: RandomAccessCollection<String>, Short: RandomAccessCollection<String>>(_ long: Long, _ short: Short) -> Bool {
        // "Yoweri Museveni" in "Yoweri Kaguta Museveni": the given name and surname, middle names left out.
        if short.count == 2, long.count > 2, long.first == short.first, long.last == short.last { return true }
        guard short.count >= 2, short.count < long.count else { return false }
        var from = long.startIndex
        for _ in 0...(long.count - short.count) {
            // "Salman bin Abdulaziz" inside "Mohammed bin Salman bin Abdulaziz": after "bin" the
            // words are the father's name, another person's.
            if long[from..<long.index(from, offsetBy: short.count)].elementsEqual(short), !followsPatronymic(long, from) { return true }
            from = long.index(after: from)
        }
        return false
    }

    /// Particles after which an Arabic or Malay name gives the father's name: "bin", "ibn", "bint".
    static let patronymicParticles: WordSet = ["bin", "ibn", "bint", "binti"]

    /// Whether the word at `k` of a folded name comes right after a patronymic particle.
    static func followsPatronymic<Name: RandomAccessCollection<String>>(_ name: Name, _ k: Name.Index) -> Bool {
        k != name.startIndex && patronymicParticles.contains(name[name.index(before: k)])
    }

    /// How often a lone capitalised word that speaks must appear to be taken for a person: once
    /// could be an agency or a newspaper ("Interfax said"), a surname recurs.
    static let repeatsOfASpeakingSurname = 2

    /// Words of an office's remit that may stand between a state and its title ("US Mideast
    /// peace envoy"): two, as in most such phrases; more would reach another phrase's state.
    static let remitWords = 2

    /// The token right before the remit words that separate a state's name or demonym from its
    /// title ("US Mideast peace envoy"), or nil when no state stands there.
    func remitStart(before k: Int, in s: AnalyzedSentence) -> Int? {
        var j = k
        for _ in 0..<Self.remitWords {
            guard j >= 1, s.mention(at: j) == nil || s.mention(at: j)?.isName == true, s.tokens[j].kind == .word,
                !s.tokens[j].isListed(.functionWord), !s.tokens[j].isListed(.roleModifier),
                !Self.isVerbOfTheClause(s.tokens[j])
            else { return nil }
            j -= 1
            if let c = s.mention(endingAt: j), c.countryCode != nil {
                if case .country(_, .metonym, _) = c.kind { return nil }
                return j
            }
        }
        return nil
    }

    /// Capitalised words of a remit written as a list ("Israeli Industry, Trade and Labor
    /// Minister"): four, as in the longest ministries' names; the list's "and" or commas do not
    /// end the phrase of the state before it.
    static let remitListWords = 4

    /// The token right before a remit written as a list of capitalised words joined by commas
    /// and "and", when a state's name or demonym stands there.
    func remitListStart(before k: Int, in s: AnalyzedSentence) -> Int? {
        var j = k
        var words = 0
        var joined = false
        while j >= 1, words < Self.remitListWords {
            let t = s.tokens[j]
            guard t.kind == .word, t.isCapitalized, s.mention(at: j) == nil || s.mention(at: j)?.isName == true,
                !t.isListed(.roleModifier), !Self.isVerbOfTheClause(t)
            else { return nil }
            words += 1
            j -= 1
            if let c = s.mention(endingAt: j), c.countryCode != nil {
                if case .country(_, .metonym, _) = c.kind { return nil }
                return joined ? j : nil
            }
            if s.tokens[j].isWord(.and) || Token.isMark(s.tokens, j, UInt8(ascii: ",")) {
                joined = true
                j -= 1
            }
        }
        return nil
    }

    /// A remit is nouns ("Mideast peace"); a verb between a state and a title ("A of Canada
    /// received President B") ends the phrase of the state, which then belongs to someone else.
    static func isVerbOfTheClause(_ t: Token) -> Bool {
        let w = t.lower
        return t.classes.contains(.meetingTrigger) || t.isListed(anyOf: [.speechVerb, .encounterVerb])
            || (w.lastUTF8Byte == UInt8(ascii: "d") && w.count > 4 && w.hasSuffix("ed"))
    }

    /// Words that join phrases and so never belong to an office's remit.
    /// Nouns of a group sent to talks, whose head "led by" names.
    static let delegationNouns: WordSet = ["delegation", "delegations", "team", "mission"]

    static let functionWords: WordSet = [
        "the", "a", "an", "and", "or", "of", "in", "at", "on", "to", "by", "for", "with", "from",
        "between", "during", "after", "before", "said", "says", "told", "as", "that", "who",
    ]

    /// Whether token `k` is the apostrophe of a plural possessive: written right after a word that
    /// ends in s ("Workers' Party", "Laos' leader"), where the tokenizer leaves it alone.
    static func isPluralPossessiveMark(_ tokens: [Token], _ k: Int) -> Bool {
        guard k >= 1, !tokens[k].spaceBefore, tokens[k - 1].kind == .word, tokens[k - 1].lower.hasSuffix("s") else { return false }
        return Token.isMark(tokens, k, UInt8(ascii: "'")) || tokens[k].text == "\u{2019}"
    }

    /// How far before the comma of "the President of Turkmenistan, A" its title may begin: "Vice
    /// Chairman of the Central Committee of the Workers' Party of C, A" begins twelve tokens back.
    /// (Only the office's own words may stand between: any other word ends the search.)
    static let roleBeforeCommaReach = 14
    /// Words inside an office's name that join its remits: "High Representative on Refugees and
    /// Priority Matters", "Minister of Trade and Industry".
    static let officeJoiners: WordSet = ["on", "and", "&"]
    /// Words that tie a state to the title before them: "Minister of X", "Ambassador to X".
    static let roleLinks: WordSet = ["of", "to", "for", "in", "the"]
    /// Words by which an office's phrase names its states together rather than one by one: "the
    /// foreign ministers of the three countries, A, B and C", "the envoys of both sides, D and E".
    static let statesTogether: WordSet = [
        "both", "two", "three", "four", "five", "six", "countries", "nations", "states", "governments", "sides", "neighbours", "neighbors",
    ]

    /// The token before a courtesy title that ends at `end` ("Mr", "Dr."), else `end` itself.
    /// ("H. E. A": a title of spaced initials ends at its last letter, before the dot.)
    @inline(__always) static func endBeforeCourtesyTitle(_ end: Int, in s: AnalyzedSentence) -> Int {
        let beforeDot = end >= 2 && Token.isMark(s.tokens, end, 46) ? end - 1 : end
        guard end >= 1, let honorific = s.mention(endingAt: end) ?? s.mention(endingAt: beforeDot), honorific.kind.isHonorific else { return end }
        return honorific.first - 1
    }

    /// A role written before a name and a comma: a title, then words of its office ("for Foreign
    /// Relations", "of Turkmenistan", "to the USA"), a comma, the name. The state is the one
    /// before the title, else the one the office phrase names.
    func roleBeforeComma(of m: Mention, in s: AnalyzedSentence) -> (title: String, country: String?)? {
        // "the High Commissioner of New Zealand to Singapore, Mr A": past a courtesy title.
        let comma = Self.endBeforeCourtesyTitle(m.first - 1, in: s)
        guard comma >= 1, Token.isMark(s.tokens, comma, UInt8(ascii: ",")) else { return nil }
        var title: Mention?
        var k = comma - 1
        while k >= max(0, comma - Self.roleBeforeCommaReach) {
            guard let x = s.mention(at: k) else {
                let w = s.tokens[k]
                // Only the office's own words: linking words and capitalised words of its name.
                // ("the Secretary of the Workers' Party, A": the apostrophe of a plural in the
                // possessive, written alone after its s, is part of the office's name.)
                guard
                    w.isListed(anyOf: [.roleLink, .officeJoiner]) || w.isCapitalized || Self.statesTogether.contains(w.lower)
                        || Self.isPluralPossessiveMark(s.tokens, k),
                    !w.isMark(UInt8(ascii: ","))
                else { return nil }
                k -= 1
                continue
            }
            // "the director in the Ministry of Information, A": a capitalised word the office's
            // name links in is part of the office, not another person.
            let linkedIn =
                x.isName && x.first >= 1
                && (s.tokens[x.first - 1].isListed(.roleLink) || s.tokens[x.first - 1].isListed(.officeJoiner))
            if (x.isName && !linkedIn) || x.kind.isHonorific { return nil }
            if x.isTitle {
                title = x
                break
            }
            k = x.first - 1
        }
        guard let t = title else { return nil }
        var country: String?
        var before = t.first - 1
        while before >= 0, s.tokens[before].isListed(.roleModifier) { before -= 1 }
        if before >= 0, let c = s.mention(endingAt: before), let code = c.countryCode {
            country = code
        } else {
            country = (t.last + 1..<comma).lazy.compactMap { s.mention(at: $0)?.countryCode }.first
        }
        return (s.text(t.first, t.last), country)
    }

    /// Words that send an office to a state other than its own: "Ambassador to Kenya", "envoy in
    /// Kampala".
    static let postingLinks: WordSet = ["to", "in"]

    /// A title posted to a state right before the name ("Somalia's Ambassador to Kenya A", "the
    /// High Commissioner in Uganda B"): the title, and the state before it, if one stands there.
    func roleToState(before m: Mention, in s: AnalyzedSentence) -> (title: String, country: String?)? {
        // "Ambassador of Samoa to Fiji Dr A": past a courtesy title.
        let end = Self.endBeforeCourtesyTitle(m.first - 1, in: s)
        guard end >= 0, let posted = s.mention(endingAt: end), posted.countryCode != nil else { return nil }
        var j = posted.first - 1
        if j >= 0, s.tokens[j].isWord(.the) { j -= 1 }
        guard j >= 1, Self.postingLinks.contains(s.tokens[j].lower) else { return nil }
        // "Ambassador of the Kingdom of Thailand to Singapore A": the state after "of" sends them.
        if let sending = s.mention(endingAt: j - 1), let own = sending.countryCode {
            return sendingStateRole(own, at: sending, in: s)
        }
        guard var t = s.mention(endingAt: j - 1), t.isTitle else { return nil }
        while t.first >= 1, let outer = s.mention(endingAt: t.first - 1), outer.isTitle { t = outer }
        var before = t.first - 1
        while before >= 0, s.tokens[before].isListed(.roleModifier) { before -= 1 }
        if before >= 1, Token.isMark(s.tokens, before, UInt8(ascii: "'")) || s.tokens[before].text == "\u{2019}" { before -= 1 }
        let own = before >= 0 ? s.mention(endingAt: before)?.countryCode : nil
        return (s.text(t.first, t.last), own)
    }

    /// How many words of a state's formal style may stand between "of" and its name: "the
    /// Kingdom of", "the Federal Democratic Republic of".
    static let stateStyleReach = 5

    /// "Ambassador of [the Kingdom of] Thailand": the title before "of" and the state it serves.
    func sendingStateRole(_ own: String, at state: Mention, in s: AnalyzedSentence) -> (title: String, country: String?)? {
        var k = state.first - 1
        var steps = 0
        while k >= 1, steps < Self.stateStyleReach, s.mention(endingAt: k) == nil, s.tokens[k].isListed(.roleLink) || s.tokens[k].isCapitalized {
            k -= 1
            steps += 1
        }
        guard steps >= 1, let t = s.mention(endingAt: k), t.isTitle, s.tokens[k + 1].isWord(.of) else { return nil }
        return (s.text(t.first, t.last), own)
    }

    /// Reads the title, nationality and other evidence around a name mention.
    /// Verbs between "who" and an appositive's role: "A, who is Ghana's foreign minister", "B,
    /// who serves as the bloc's envoy".
    static let appositiveCopulas: WordSet = ["is", "was", "serves", "served"]

    /// "his Ghanaian counterpart" from token `a`: a possessive pronoun, a state, a counterpart
    /// word; the state.
    func counterpartAppositive(at a: Int, in s: AnalyzedSentence) -> String? {
        guard a + 2 < s.tokens.count, Self.isPossessivePronoun(s.tokens[a].lower), let c = s.mention(at: a + 1), c.first == a + 1,
            let code = c.countryCode, c.last + 1 < s.tokens.count, s.tokens[c.last + 1].isListed(.counterpartWord)
        else { return nil }
        return code
    }

    // Word tests as comparisons, not `contains` on an array literal: the array was allocated
    // and freed at every test.

    /// "," or "and", which join offices or names into a list.
    @inline(__always) static func isListJoint(_ w: String) -> Bool { w == "," || w == "and" }

    /// How many names, states and joints a list in apposition may run before the name.
    static let officeListReach = 12

    /// The office a list the name stands in is set in apposition to: "the two foreign
    /// secretaries, A of India and B of Pakistan," gives "foreign secretary" (`group-offices.tsv`,
    /// where the office's words with the last made singular are one of its titles).
    static func officeOfListBefore(_ m: Mention, in s: AnalyzedSentence) -> String? {
        var k = m.first - 1
        var steps = 0
        while k >= 1, steps < officeListReach {
            if let other = s.mention(endingAt: k), other.isName || other.countryCode != nil {
                k = other.first - 1
            } else if Token.isMark(s.tokens, k, UInt8(ascii: ",")),
                let office = officeEnding(at: k - 1, in: s) ?? (m.last > m.first ? officeBeforeItsBody(endingAt: k - 1, in: s) : nil)
            {
                return office
            } else if Token.isMark(s.tokens, k, UInt8(ascii: ",")) || s.tokens[k].isWord(.and) || s.tokens[k].isWord(.of) {
                k -= 1
            } else {
                return nil
            }
            steps += 1
        }
        return nil
    }

    /// The title of the plural office whose words end at token `end`, when that title is the
    /// office's words with the last made singular ("foreign secretaries": "foreign secretary").
    static func officeEnding(at end: Int, in s: AnalyzedSentence) -> String? {
        guard end >= 0, s.tokens[end].kind == .word else { return nil }
        for office in WordLists.groupOffices where office.words.count <= end + 1 {
            let start = end - office.words.count + 1
            guard (0..<office.words.count).allSatisfy({ s.tokens[start + $0].lower == office.words[$0] }), let last = office.words.last else { continue }
            let singular = last.hasSuffix("ies") ? String(last.dropLast(3)) + "y" : String(last.dropLast())
            let title = (office.words.dropLast() + [singular]).joined(separator: " ")
            return office.titles.contains(title) ? title : nil
        }
        return nil
    }

    /// The most words of the phrase that says whose offices they are: "of the two countries'
    /// security services".
    static let officeBodyReach = 7

    /// "the heads of the two security services, A and B,": the plural office before a phrase of
    /// "of" that ends at `end`, which says of what. Asked for names of two words or more: the
    /// heads of other things are listed by one word ("the heads of the two valleys, A and B").
    static func officeBeforeItsBody(endingAt end: Int, in s: AnalyzedSentence) -> String? {
        var k = end
        // Words, and the apostrophe of a plural possessive ("the two countries' services").
        while k >= 1, end - k < officeBodyReach, s.tokens[k].kind == .word || s.tokens[k].text == "'" || s.tokens[k].text == "\u{2019}" {
            if s.tokens[k].isWord(.of) { return officeEnding(at: k - 1, in: s) }
            k -= 1
        }
        return nil
    }

    /// Words that end an appositive's phrase: "that", "who", "which", "and".
    @inline(__always) static func endsAppositive(_ w: String) -> Bool { w == "that" || w == "who" || w == "which" || w == "and" }

    @inline(__always) static func isPossessivePronoun(_ w: String) -> Bool { w == "his" || w == "her" || w == "their" || w == "its" }

    /// "Thai-held Prasat Kroch", "Russian-controlled Varno": a state joined to a word of holding
    /// or claiming says which state holds the place named after it, not whom a person serves.
    func saysHoldingOrClaiming(_ c: Mention, in s: AnalyzedSentence) -> Bool {
        guard c.first == c.last, s.tokens[c.first].hasHyphen, let dash = s.tokens[c.first].lower.lastIndex(of: "-") else { return false }
        let lower = s.tokens[c.first].lower
        let suffix = String(lower[lower.index(after: dash)...])
        let cues = gazetteer.territoryCues
        return cues.hold.contains(suffix) || cues.claim.contains(suffix)
    }

    /// The honorific ending right before token `first`, its full stop skipped ("Lt. Gen.").
    private func honorific(endingBefore first: Int, in s: AnalyzedSentence) -> Mention? {
        var k = first - 1
        if k >= 0, Token.isMark(s.tokens, k, UInt8(ascii: ".")) { k -= 1 }
        guard k >= 0, let h = s.mention(endingAt: k), case .honorific = h.kind else { return nil }
        return h
    }

    /// The state named last before a titled person in the sentence, within a clause's length,
    /// that is not another person's ("North Korean leader Kim") nor a place visited ("a visit to
    /// Beijing"): a guess at the person's state where their own phrase gives none.
    static func nearbyCountry(of m: Mention, in s: AnalyzedSentence, ownTitleStart: Int?) -> String? {
        s.mentions.enumerated().last(where: { idx, c in
            // A state that belongs to another person ("North Korean leader Kim") is not this one's.
            let next = idx + 1 < s.mentions.count ? s.mentions[idx + 1] : nil
            // ("Ethiopia: FM A", the state of a headline label, is A's own.)
            let owned = next.map { ($0.isTitle || $0.isName) && $0.first <= c.last + 2 && $0.first < m.first && $0.first != ownTitleStart } ?? false
            // "a visit to Beijing": a capital as a place says nothing of whom the person serves.
            let isPlace: Bool = {
                if case .country(_, .metonym, _) = c.kind, c.first >= 1 { return s.tokens[c.first - 1].isListed(.locative) }
                return false
            }()
            return c.last < m.first && c.countryCode != nil && m.first - c.last <= 20 && !owned && !isPlace
        })?.element.countryCode
    }

    /// The context of name mention `m`, written into `ctx`, a fresh `NameContext()`.
    func context(of m: Mention, in s: AnalyzedSentence, into ctx: inout NameContext) {
        var i = m.first - 1
        // "Mr. Moon", "Messrs. Trump and Kim", "Sheikh Abdullah".
        // Marks told by their byte and literal words compared only for a word that may begin with
        // their letter (`Token.isMark`, `mayBeginWith`): a comparison of strings that differ is a
        // call, and these run for every name of the article.
        if i >= 0, Token.isMark(s.tokens, i, UInt8(ascii: ".")) { i -= 1 }
        // "Amb. A", "Lt. Gen. B": a rank or office written short, the title when no other is given.
        var abbreviatedTitle: String?
        if i >= 0, let h = s.mention(endingAt: i), case .honorific = h.kind {
            ctx.honorific = true
            abbreviatedTitle = WordLists.expandedTitle(s.text(h.first, h.last))
            i = h.first - 1
            // "Lt Gen A", "CS Amb B": a run of short titles. The run is one rank when the list
            // knows it whole ("Lt Gen"); else the first is the office and the rest courtesy.
            var first = h.first
            while let outer = honorific(endingBefore: first, in: s) {
                first = outer.first
                i = outer.first - 1
                abbreviatedTitle =
                    WordLists.expandedTitle(s.text(first, h.last)) ?? WordLists.expandedTitle(s.text(outer.first, outer.last))
                    ?? abbreviatedTitle
            }
        } else if i >= 0, Token.mayBeginWith(s.tokens, i, UInt8(ascii: "m")), s.tokens[i].isWord(.messrs) || s.tokens[i].isWord(.mr) {
            ctx.honorific = true
            i -= 1
        }
        // "... Pakistani counterpart Khurshid Kasuri", "his French counterpart, Jean-Yves Le Drian".
        var j = m.first - 1
        if j >= 0, Token.isMark(s.tokens, j, UInt8(ascii: ",")) { j -= 1 }
        if j >= 0, s.tokens[j].isListed(.counterpartWord) {
            ctx.counterpart = true
            if j - 1 >= 0, let c = s.mention(endingAt: j - 1), let code = c.countryCode {
                ctx.country = code
                // "his Austrian and Czech counterparts": the states in order, one per name.
                if s.tokens[j].isWord(.counterparts), c.first >= 2, s.tokens[c.first - 1].isWord(.and),
                    let first = s.mention(endingAt: c.first - 2), let firstCode = first.countryCode
                {
                    ctx.country = firstCode
                    ctx.laterCountries = [code]
                }
            }
        } else if j >= 1, Token.mayBeginWith(s.tokens, j, UInt8(ascii: "c")), Self.colleagueWords.contains(s.tokens[j].lower),
            let c = s.mention(endingAt: j - 1), let code = c.countryCode
        {
            // "his Costa Rican colleague, A": the state before the word is A's own. A colleague
            // without one may be of the same cabinet, so the word alone makes no counterpart.
            ctx.country = code
        }
        // "The Tajik delegation, led by A,", "a Kyrgyz delegation headed by B": the head of a
        // state's delegation acts for that state.
        if m.first >= 3, s.tokens[m.first - 1].isWord(.by), s.tokens[m.first - 2].isListed(.delegationHeadVerb) {
            var d = m.first - 3
            if d >= 1, Token.isMark(s.tokens, d, UInt8(ascii: ",")) { d -= 1 }
            if Self.delegationNouns.contains(s.tokens[d].lower) {
                ctx.leadsDelegation = true
                if ctx.country == nil, d >= 1, let state = s.mention(endingAt: d - 1), let code = state.countryCode { ctx.country = code }
            }
        }
        // "Russian Foreign Minister Sergei Lavrov", "Japan's Prime Minister Shinzo Abe",
        // "the Chinese president, Xi Jinping", "Venezuela's Nicolas Maduro".
        var k = ctx.honorific ? i : m.first - 1
        if k >= 0, Token.isMark(s.tokens, k, UInt8(ascii: ",")) { k -= 1 }
        // The first token of the person's own title, when one stands right before the name.
        var ownTitleStart: Int?
        // "the President's Residence", "the Prime Minister's Office": a title in the possessive
        // owns the thing named after it; it is no title of a person.
        if k >= 0, var t = s.mention(endingAt: k), t.isTitle, !Self.endsInPossessiveS(s.tokens[t.last].text) {
            defer { ownTitleStart = t.first }
            // "Saudi Foreign Minister Prince Faisal": a run of titles; the first is the office.
            while t.first >= 1, let outer = s.mention(endingAt: t.first - 1), outer.isTitle { t = outer }
            ctx.title = s.text(t.first, t.last)
            // "Chinese State Councilor and Foreign Minister A", "Georgian Deputy Prime Minister,
            // Foreign Minister A": offices joined by "and" or a comma share the state before them.
            while t.first >= 2, Self.isListJoint(s.tokens[t.first - 1].lower), let outer = s.mention(endingAt: t.first - 2), outer.isTitle {
                t = outer
                while t.first >= 1, let further = s.mention(endingAt: t.first - 1), further.isTitle { t = further }
            }
            var before = t.first - 1
            // "US Mideast peace envoy A": a few words of the office's remit between state and title.
            if let start = remitStart(before: before, in: s) ?? remitListStart(before: before, in: s) { before = start }
            while before >= 0, s.tokens[before].isListed(.roleModifier) {
                if s.tokens[before].isWord(.former) { ctx.title = "former " + (ctx.title ?? "") }
                before -= 1
            }
            // "Laos' leader": the possessive apostrophe after an s stands alone.
            if before >= 1, Token.isMark(s.tokens, before, UInt8(ascii: "'")) || s.tokens[before].text == "\u{2019}" { before -= 1 }
            if before >= 0, let c = s.mention(endingAt: before), let code = c.countryCode {
                ctx.country = code
                // "the Somali and Kenyan foreign ministers A and B": the states in order, one per name.
                if s.tokens[t.last].lower.hasSuffix("s"), c.first >= 2, s.tokens[c.first - 1].isWord(.and),
                    let first = s.mention(endingAt: c.first - 2), let firstCode = first.countryCode
                {
                    ctx.country = firstCode
                    ctx.laterCountries = [code]
                }
            }
            // "Turkey's Director A, presidential spokesman B and intelligence chief C".
            var l = t.first - 1
            while l >= 0, !s.tokens[l].isListed(.roleModifier), s.tokens[l].kind == .word, !s.tokens[l].isCapitalized,
                !s.tokens[l].isWord(.and), t.first - l <= Self.remitWords
            { l -= 1 }
            if l >= 1, Self.isListJoint(s.tokens[l].lower), let prev = s.mention(endingAt: l - 1), prev.isName {
                ctx.listedAfter = prev.first
            }
            if before >= 0, s.tokens[before].isWord(.his) || s.tokens[before].isWord(.her) { ctx.ownedByPronoun = true }
            // "Putin's top diplomat Sergei Lavrov": serves the state of the person named before.
            if before >= 0, let owner = s.mention(endingAt: before), owner.isName, s.tokens[owner.last].lower.hasSuffix("'s") {
                ctx.possessor = NameFolding.fold(s.tokens[owner.last].text)
            }
        } else if let role = roleToState(before: m, in: s) {
            // "Somalia's Ambassador to Kenya A": the state the envoy is sent to is not A's.
            ctx.title = role.title
            ctx.country = role.country
        } else if m.first - 1 >= 0, let c = s.mention(endingAt: m.first - 1), let code = c.countryCode, !saysHoldingOrClaiming(c, in: s) {
            ctx.country = code
            ctx.countryBefore = true
        } else if let role = roleBeforeComma(of: m, in: s) {
            // "the Angolan Minister for Foreign Relations, A", "the President of Turkmenistan, A".
            ctx.title = role.title
            ctx.country = role.country
        }
        if ctx.title != nil, ctx.country == nil { ctx.nearbyCountry = Self.nearbyCountry(of: m, in: s, ownTitleStart: ownTitleStart) }
        // Coordination: the name before "and" or a list comma, skipping "of COUNTRY" and appositives.
        var q = m.first - 1
        if q >= 0, (Token.mayBeginWith(s.tokens, q, UInt8(ascii: "a")) && s.tokens[q].isWord(.and)) || Token.isMark(s.tokens, q, UInt8(ascii: ",")) {
            q -= 1
            if q >= 0, Token.isMark(s.tokens, q, UInt8(ascii: ",")) { q -= 1 }
            var steps = 0
            while q >= 0, steps < 10, !(s.mention(endingAt: q)?.isName ?? false) {
                if s.tokens[q].isWord(.and) || Token.isMark(s.tokens, q, UInt8(ascii: ".")) { break }
                q -= 1
                steps += 1
            }
            if q >= 0, let prev = s.mention(endingAt: q), prev.isName { ctx.coordinatedWith = prev.first }
        }
        // Appositive: "A B, Austria's foreign minister," / "B, the Chilean envoy," /
        // "A B, the ministry's director general for trade," / "A B, the special envoy of the OSCE chair".
        if m.last + 2 < s.tokens.count, Token.isMark(s.tokens, m.last + 1, UInt8(ascii: ",")) {
            var a = m.last + 2
            // "A, who is Ghana's foreign minister,": the relative clause says what the name is.
            if a + 1 < s.tokens.count, s.tokens[a].isWord(.who), Self.appositiveCopulas.contains(s.tokens[a + 1].lower) {
                a += 2
                if a < s.tokens.count, s.tokens[a].isWord(.as) { a += 1 }
            }
            let appositiveStart = a
            var country: String?
            var title: Mention?
            // "A, a Nevada Republican,", "A, a Democrat from Ohio,": the place a person's own
            // appositive says they come from (not where they are: "A, speaking in Geneva,").
            var homePlace: String?
            var runsIntoName = false
            while a < s.tokens.count, a <= m.last + 8, !Token.isMark(s.tokens, a, UInt8(ascii: ",")), !Token.isMark(s.tokens, a, UInt8(ascii: ".")),
                !Self.endsAppositive(s.tokens[a].lower), !s.tokens[a].isListed(.speechVerb),
                !s.tokens[a].isWord(.reported)
            {
                if let x = s.mention(at: a), x.first == a {
                    // "A, Presidential Press Secretary,": one capitalised word right before a
                    // title is the title's modifier, not a name.
                    let opensAppositive = a == m.last + 2 || (a == m.last + 3 && (s.tokens[a - 1].isWord(.the) || s.tokens[a - 1].isWord(.a)))
                    if x.isName, x.first == x.last, opensAppositive, s.mention(at: x.last + 1)?.isTitle == true {
                        a = x.last + 1
                        continue
                    }
                    // "A, Ambassador of Samoa to Fiji Dr B,": the role runs into another
                    // person's courtesy title, and is that person's.
                    if x.kind.isHonorific {
                        runsIntoName = true
                        break
                    }
                    if x.isName { break }
                    if let code = x.countryCode, title == nil { country = code }
                    if homePlace == nil, let code = x.placeCountry, Self.isHomePlace(x, appositiveStart: appositiveStart, in: s) { homePlace = code }
                    // "the sister of the leader": a title after "of" is someone else's.
                    // "X, his official residence,": a title word before a venue's noun says what
                    // kind of building, and the name is the building's.
                    if x.isTitle, x.last + 1 < s.tokens.count, s.tokens[x.last + 1].isListed(.venueWord), !s.tokens[x.last + 1].isCapitalized {
                        break
                    }
                    // "X, the Finnish prime minister's seaside residence,": a title in the
                    // possessive owns what the appositive names; X is not its holder. ("A, the
                    // minister's spokesman,": the title after it is A's.)
                    if x.isTitle, s.tokens[x.last].isPossessive {
                        guard (x.last + 1...x.last + 2).contains(where: { s.mention(at: $0)?.isTitle == true }) else { break }
                        a = x.last + 1
                        continue
                    }
                    if x.isTitle, title == nil,
                        !(a >= 1 && s.tokens[a - 1].isWord(.of)) && !(a >= 2 && s.tokens[a - 1].isWord(.the) && s.tokens[a - 2].isWord(.of))
                    {
                        title = x
                    }
                    a = x.last + 1
                    continue
                }
                a += 1
            }
            // "A, his Ghanaian counterpart,": the counterpart's state, as before the name; only
            // right after the comma, where nothing else can own the word.
            if title == nil, ctx.country == nil, let code = counterpartAppositive(at: appositiveStart, in: s) {
                ctx.country = code
                ctx.counterpart = true
            }
            // "..., and separately French President A B ...": a title that goes with the next name
            // is that name's, not an appositive of this one.
            let titleOwnedByNext = title.map { t in t.last + 1 < s.tokens.count && (s.mention(at: t.last + 1)?.isName ?? false) } ?? false
            // "... at the ministry in X, a Nepali official said.": the title right before a verb
            // of speech is the speaker the sentence is attributed to, not X's.
            let attribution = title.map { t in t.last + 1 < s.tokens.count && s.tokens[t.last + 1].isListed(.speechVerb) } ?? false
            if let t = title, !titleOwnedByNext, !attribution, !runsIntoName {
                if ctx.title == nil { ctx.title = s.text(t.first, t.last) }
                var o = t.last + 1
                if country == nil, o < s.tokens.count, s.tokens[o].isWord(.of) {
                    o += 1
                    if o < s.tokens.count, s.tokens[o].isWord(.the) { o += 1 }
                    // "the President of Zanzibar", "mayor of Kampala": a place's state too.
                    if let c = s.mention(at: o), c.first == o { country = c.countryCode ?? c.placeCountry }
                }
                if ctx.country == nil { ctx.country = country ?? homePlace }
                // "Kenya was represented by A, Minister of Foreign Affairs": the state the
                // sentence names before A, as for a title before the name.
                if ctx.country == nil, ctx.nearbyCountry == nil { ctx.nearbyCountry = Self.nearbyCountry(of: m, in: s, ownTitleStart: nil) }
            } else if title == nil, !runsIntoName, ctx.country == nil, let homePlace {
                ctx.country = homePlace
            }
        }
        // "the two foreign secretaries, A of India and B of Pakistan,": each name of a list in
        // apposition to a plural office holds it.
        if ctx.title == nil, let office = Self.officeOfListBefore(m, in: s) { ctx.title = office }
        // "A B of Austria", "C D of the U.S.", "King E, of Belgium,".
        var o = m.last + 1
        if o + 1 < s.tokens.count, Token.isMark(s.tokens, o, UInt8(ascii: ",")), s.tokens[o + 1].isWord(.of) { o += 1 }
        if o < s.tokens.count, s.tokens[o].isWord(.of) {
            o += 1
            if o < s.tokens.count, s.tokens[o].isWord(.the) { o += 1 }
            // An explicit state overrides one taken from a body's title ("OSCE co-chair A B of Austria").
            if o < s.tokens.count, let c = s.mention(at: o), let code = c.countryCode, c.first == o,
                ctx.country == nil || (gazetteer.country(ctx.country!)?.kind == "body" && gazetteer.country(code)?.kind == "state")
            {
                ctx.country = code
            }
        }
        if m.last + 1 < s.tokens.count, s.tokens[m.last + 1].isListed(.speechVerb) { ctx.speechVerbAfter = true }
        if m.first >= 1, s.tokens[m.first - 1].isWord(.at) { ctx.afterAt = true }
        // "PM A": the title written out, as the guidelines give it.
        if let title = ctx.title, let full = WordLists.expandedTitle(title) { ctx.title = full }
        if ctx.title == nil, let abbreviatedTitle {
            ctx.title = abbreviatedTitle
            // "Estonian Amb. A", "Kenya's Gen. B": the state of the office written short.
            if ctx.country == nil, i >= 0, let state = s.mention(endingAt: i), let code = state.countryCode { ctx.country = code }
        }
    }
}
