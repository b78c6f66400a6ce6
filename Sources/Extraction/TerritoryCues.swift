/// The cue words of territorial disputes (Gazetteers/territory-cues.tsv), by the role each plays:
/// words before a territory's name, after it, of claiming, of holding, of territory.
///
/// A class, not a struct: the stages hand the cues around per sentence, and a struct of 22
/// roles of sets and dictionaries was copied (66 references retained and released) each time.
/// With the gazetteer's lexicon, every cue word is a lexicon word, and each role's words are bits
/// kept by word number (`roles`): a sentence's tokens are read as `CueWords`, and the tests of
/// one role are a bit test, the dictionary of phrases consulted only at a word a phrase of the
/// role starts with.
final class TerritoryCues: Sendable {
    /// Phrases of one role, matched word by word against lowercase tokens.
    struct Phrases: Sendable {
        /// The bit of the role's first words and that of its one-word phrases, in `roles`.
        let firstBit: UInt64
        let wordBit: UInt64
        /// Each phrase's words, under its first word, longest first.
        private var byFirstWord: [String: [[String]]] = [:]
        /// The one-word phrases.
        private(set) var words: Set<String> = []
        /// Every word of every phrase.
        private(set) var allWords: Set<String> = []
        /// `byFirstWord` by the lexicon's word numbers (with a lexicon), laid flat: a table of the
        /// first words' numbers by open addressing (`headSlots`, each slot a head's number and
        /// the head's place, or -1), the phrases of each head (`headStarts`, ranges of phrases, in
        /// `byFirstWord`'s order), the words of each phrase (`phraseStarts`, ranges of
        /// `phraseWords`). A token's phrases are found by one multiplication and a probe or two,
        /// and their words compared as numbers, in place: a dictionary keyed by number hashed each
        /// number (some 130 instructions a lookup) and retained the array of phrases it gave.
        /// Empty without a lexicon (`numbered` false).
        private var headSlots: [(word: Int32, head: Int32)] = []
        private var headSlotMask = 0
        private var headStarts: [Int32] = []
        private var phraseStarts: [Int32] = []
        private var phraseWords: [Int32] = []
        private var numbered = false

        init(_ phrases: [String], role: Int) {
            firstBit = 1 << (2 * UInt64(role))
            wordBit = 1 << (2 * UInt64(role) + 1)
            for p in phrases {
                let parts = p.split(separator: " ").map(String.init)
                guard let head = parts.first else { continue }
                byFirstWord[head, default: []].append(parts)
                if parts.count == 1 { words.insert(head) }
                allWords.formUnion(parts)
            }
            for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.count > $1.count } }
        }

        var firstWords: Set<String> { Set(byFirstWord.keys) }

        /// Numbers the phrases' words with `lexicon`, which must hold every one of them.
        mutating func number(with lexicon: Lexicon) {
            var byFirstNumber: [(Int32, [[Int32]])] = []
            for (head, phrases) in byFirstWord {
                let numbered = phrases.map { parts in
                    parts.map { w in
                        let n = lexicon.number(w)
                        precondition(n != Lexicon.unknown, "a cue word the lexicon does not hold: \(w)")
                        return n
                    }
                }
                byFirstNumber.append((lexicon.number(head), numbered))
            }
            // Slots for twice the heads at least, so that a probe mostly ends at its first slot.
            var size = 16
            while size < byFirstNumber.count * 2 { size *= 2 }
            headSlots = Array(repeating: (Lexicon.unknown, -1), count: size)
            headSlotMask = size - 1
            headStarts = []
            phraseStarts = []
            phraseWords = []
            for (head, phrases) in byFirstNumber {
                var slot = Self.slot(head, headSlotMask)
                while headSlots[slot].head >= 0 { slot = (slot + 1) & headSlotMask }
                headSlots[slot] = (head, Int32(headStarts.count))
                headStarts.append(Int32(phraseStarts.count))
                for parts in phrases {
                    phraseStarts.append(Int32(phraseWords.count))
                    phraseWords += parts
                }
            }
            headStarts.append(Int32(phraseStarts.count))
            phraseStarts.append(Int32(phraseWords.count))
            numbered = true
        }

        /// The length in tokens of the longest phrase starting at token `i`, if any. Inlined, so
        /// that a caller reads the phrases in place rather than copying them (and retaining each
        /// table) for the call.
        @inline(__always) func match(_ words: CueWords, at i: Int) -> Int? {
            guard i >= 0, i < words.count, words.roles(at: i) & firstBit != 0 else { return nil }
            if words.isNumbered, numbered { return numberedMatch(words, at: i) }
            guard let candidates = byFirstWord[words[i]] else { return nil }
            for parts in candidates where i + parts.count <= words.count {
                if (1..<parts.count).allSatisfy({ words[i + $0] == parts[$0] }) { return parts.count }
            }
            return nil
        }

        /// `match(_:at:)` by word numbers: tokens made with the lexicon the phrases were numbered with.
        @inline(__always) private static func slot(_ word: Int32, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: word)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        }

        private func numberedMatch(_ words: CueWords, at i: Int) -> Int? {
            let word = words.tokens[i].word
            var slot = Self.slot(word, headSlotMask)
            var head = -1
            while headSlots[slot].head >= 0 {
                if headSlots[slot].word == word {
                    head = Int(headSlots[slot].head)
                    break
                }
                slot = (slot + 1) & headSlotMask
            }
            guard head >= 0 else { return nil }
            for p in Int(headStarts[head])..<Int(headStarts[head + 1]) {
                let start = Int(phraseStarts[p])
                let count = Int(phraseStarts[p + 1]) - start
                guard i + count <= words.count else { continue }
                var k = 1
                while k < count, words.tokens[i + k].word == phraseWords[start + k] { k += 1 }
                if k >= count { return count }
            }
            return nil
        }

        /// The length of the longest phrase ending at token `i` (its last word at `i`), if any.
        func match(_ words: CueWords, endingAt i: Int) -> Int? {
            var best: Int?
            for length in 1...4 where i - length + 1 >= 0 {
                if match(words, at: i - length + 1) == length { best = length }
            }
            return best
        }

        func contains(_ word: String) -> Bool { words.contains(word) }

        /// Whether token `i` of `words` is a one-word phrase of the role.
        @inline(__always) func contains(_ words: CueWords, _ i: Int) -> Bool {
            words.isNumbered ? words.roles(at: i) & wordBit != 0 : self.words.contains(words[i])
        }

        /// Whether a token is a one-word phrase of the role.
        @inline(__always) func contains(_ t: Token, in cues: TerritoryCues) -> Bool {
            cues.isNumbered ? cues.roles(of: t) & wordBit != 0 : words.contains(t.lower)
        }
    }

    let leadIn: Phrases
    let quarrel: Phrases
    let quarrelHead: Phrases
    let trailing: Phrases
    let adjective: Phrases
    let copula: Phrases
    let relative: Phrases
    let taking: Phrases
    let transfer: Phrases
    let claimedBy: Phrases
    let boundary: Phrases
    let connector: Phrases
    let placeNoun: Phrases
    let notTerritory: Phrases
    let cue: Phrases
    let claim: Phrases
    let hold: Phrases
    let holdBy: Phrases
    let control: Phrases
    let nameTie: Phrases
    let context: Phrases
    let common: Phrases
    let considering: Phrases
    let denial: Phrases
    let disagreement: Phrases
    let notOfLand: Phrases

    /// Each lexicon word's roles, by word number: `firstBit` where a phrase of the role starts
    /// with it, `wordBit` where it is a one-word phrase of the role. Empty without a lexicon.
    let rolesByWord: [UInt64]
    /// Read with a lexicon: tokens made with it are tested by bits.
    let isNumbered: Bool

    /// The cues of the embedded data file: the word classes of tokens are set from these.
    static let standard = TerritoryCues(tsv: Embedded.files["territory-cues.tsv"])

    /// `lexicon`: the lexicon the tokens are made with, which must hold every cue word
    /// (`everyWord`); without one, words are tested as strings.
    init(tsv: String?, lexicon: Lexicon? = nil) {
        var roles: [String: [String]] = [:]
        for row in Gazetteer.rows(tsv) where row.count >= 2 {
            roles[row[0], default: []] += row[1].split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        }
        func role(_ name: String, _ index: Int) -> Phrases {
            var phrases = Phrases(roles[name] ?? [], role: index)
            if let lexicon { phrases.number(with: lexicon) }
            return phrases
        }
        leadIn = role("lead-in", 0)
        quarrel = role("quarrel", 1)
        quarrelHead = role("quarrel-head", 2)
        trailing = role("trailing", 3)
        adjective = role("adjective", 4)
        copula = role("copula", 5)
        relative = role("relative", 6)
        taking = role("taking", 7)
        transfer = role("transfer", 8)
        claimedBy = role("claimed-by", 9)
        boundary = role("boundary", 10)
        connector = role("connector", 11)
        placeNoun = role("place-noun", 12)
        notTerritory = role("not-territory", 13)
        cue = role("cue", 14)
        claim = role("claim", 15)
        hold = role("hold", 16)
        holdBy = role("hold-by", 17)
        control = role("control", 18)
        nameTie = role("name-tie", 19)
        context = role("context", 20)
        common = role("common", 21)
        considering = role("considering", 22)
        denial = role("denial", 23)
        disagreement = role("disagreement", 24)
        notOfLand = role("not-of-land", 25)
        if let lexicon {
            var table = [UInt64](repeating: 0, count: lexicon.words.count)
            for p in [
                leadIn, quarrel, quarrelHead, trailing, adjective, copula, relative, taking, transfer, claimedBy, boundary,
                connector, placeNoun, notTerritory, cue, claim, hold, holdBy, control, nameTie, context, common, considering, denial, disagreement,
                notOfLand,
            ] {
                for w in p.firstWords {
                    let n = lexicon.number(w)
                    precondition(n != Lexicon.unknown, "a cue word the lexicon does not hold: \(w)")
                    table[Int(n)] |= p.firstBit
                }
                for w in p.words { table[Int(lexicon.number(w))] |= p.wordBit }
            }
            rolesByWord = table
            isNumbered = true
        } else {
            rolesByWord = []
            isNumbered = false
        }
    }

    /// Every word of every role, for the lexicon to number.
    var everyWord: Set<String> {
        [
            leadIn, quarrel, quarrelHead, trailing, adjective, copula, relative, taking, transfer, claimedBy, boundary,
            connector, placeNoun, notTerritory, cue, claim, hold, holdBy, control, nameTie, context, common, considering, denial, disagreement,
            notOfLand,
        ]
        .reduce(into: Set<String>()) { $0.formUnion($1.allWords) }
    }

    /// A token's roles: bits by its word number (none for a word the lexicon does not know).
    @inline(__always) func roles(of t: Token) -> UInt64 {
        t.word >= 0 && Int(t.word) < rolesByWord.count ? rolesByWord[Int(t.word)] : 0
    }

    /// A verb by which a state claims or holds land ("claims", "administers", "has controlled"):
    /// the words of claiming and holding in their present or past form, not the nouns
    /// ("sovereignty", "control") nor the words of naming ("calls", "belongs").
    func isClaimOrHoldVerb(_ word: String) -> Bool {
        // The last byte first: a suffix compared by `Character` costs more than the rest of the test.
        let last = word.utf8.last
        guard last == UInt8(ascii: "s") || last == UInt8(ascii: "d"), word.hasSuffix("s") || word.hasSuffix("ed"), word != "calls",
            word != "belongs"
        else { return false }
        return claim.contains(word) || hold.contains(word) || word == "disputes" || word == "contests"
    }

    /// `isClaimOrHoldVerb(words[k])`, which only a one-word phrase of claiming or holding, or
    /// "disputes" or "contests", can answer yes: for a token made with the lexicon the cues were
    /// numbered with, the role bits turn every other word away before its string is read (the
    /// string test costs some 500 instructions a word, most of it the suffix compared by
    /// `Character` and the sets hashed; a state's every following word is asked).
    @inline(__always) func isClaimOrHoldVerb(_ words: CueWords, _ k: Int) -> Bool {
        if words.isNumbered, words.tokens[k].numbered, words.roles(at: k) & (claim.wordBit | hold.wordBit) == 0, !words.isWord(k, .disputes),
            !(Token.mayBeginWith(words.tokens, k, UInt8(ascii: "c")) && words[k] == "contests")
        {
            return false
        }
        return isClaimOrHoldVerb(words[k])
    }

    /// The first words of the patterns the finder tries at a token: every other token is passed
    /// over with a bit test. (Punctuation is never a word; the comma before "which" and the
    /// hyphenated "Russian-held" are classed apart.)
    var startWords: Set<String> {
        [leadIn, quarrel, trailing, adjective, claimedBy, nameTie, transfer, considering].reduce(into: Set<String>()) { $0.formUnion($1.firstWords) }
            .union(placeNoun.words).union(["over", "under"])  // "a dispute with A over X", "X, under A's control"
            .union(UnlistedTerritoryFinder.focusNouns.words)  // "X remains at the heart of a row"
    }

    /// Words without which a sentence can neither name an unlisted territory nor refer back to
    /// one: the sentences without any are skipped at the cost of a bit test per token. (The words
    /// of claiming and taking open the clauses of "X, which A calls Y", "X, which A seized".)
    var triggerWords: Set<String> {
        [leadIn, quarrel, trailing, adjective, placeNoun, nameTie, claim, taking, transfer, considering].reduce(into: Set<String>()) {
            $0.formUnion($1.allWords)
        }
        .subtracting(common.words)
        .subtracting(UnlistedTerritoryFinder.bareGiving.words)  // the land they give is named as land
    }
}
