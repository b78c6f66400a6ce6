import Testing

@testable import Extraction

// The nineteenth round's paths taken for speed, each held to what they replaced.

private let gazetteer = Gazetteer.standard
private let cues = gazetteer.territoryCues

private func lexiconTokens(_ text: String) -> [Token] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count, lexicon: gazetteer.lexicon) }
}

/// Tokens made without a lexicon: none carries a word number.
private func plainTokens(_ text: String) -> [Token] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count) }
}

/// Whether a word is a verb of claiming or holding is answered the same from the token's role bits
/// as from its string: for every cue word, capitalised, with a possessive and a plural, for the
/// two verbs no role lists ("disputes", "contests"), for words that end as the verbs do, and for
/// tokens made without the lexicon.
@Test func aClaimOrHoldVerbIsTestedByBitsAsByTheString() {
    var texts = cues.everyWord.sorted().map { word in
        "\(word) \(word.prefix(1).uppercased() + word.dropFirst()) \(word)'s \(word)s"
    }
    texts += [
        "Tessaly disputes the islet and contests the shoal; Varno Contests it, CONTESTS it and Disputes it.",
        "She calls, he belongs, they controls, it administered, the cats contest the bids and contested it.",
        "The reeds, the seeds and the ideas, mass, glass, red, bed, hold, claim, claimed, holds.",
        "Lisboa contests\u{2019} claims, Málaga contestś it, région occupied \u{041C}\u{043E}\u{0441}\u{043A}\u{0432}\u{0430} holds.",
    ]
    var verbs = 0
    for text in texts {
        let tokens = lexiconTokens(text)
        let numbered = CueWords(tokens, cues)
        #expect(numbered.isNumbered)
        let plain = CueWords(plainTokens(text), cues)
        for k in tokens.indices {
            let byString = cues.isClaimOrHoldVerb(tokens[k].lower)
            #expect(cues.isClaimOrHoldVerb(numbered, k) == byString, "\(tokens[k].text) in \(text)")
            if byString { verbs += 1 }
        }
        for k in plain.indices {
            #expect(cues.isClaimOrHoldVerb(plain, k) == cues.isClaimOrHoldVerb(plain[k]), "\(plain[k]) unnumbered in \(text)")
        }
    }
    // The texts hold verbs: the test compares yeses, not only noes.
    #expect(verbs > 20)
}

/// The meeting stage asks whether a clause has a call only at the words `mayBeCall` lets through:
/// no other word is a call word or a calling verb. Every word of every call word's sentence
/// (as written, capitalised, in capitals), sentences of calling and of naming, and words outside
/// ASCII.
@Test func onlyTheWordsThatMayBeACallAreCallsOrCallingVerbs() {
    var texts = WordLists.callWords.words.sorted().map { word in
        "Ona Vell held a \(word) with Tik Rasmo; a \(word.prefix(1).uppercased() + word.dropFirst()) and a \(word.uppercased()) call."
    }
    texts += [
        "Ona Vell called Tik Rasmo on Monday, and Rasmo calls her back; they call each other often.",
        "Vell will Call President Rasmo after the vote; CALLED him a friend.",
        "The phone call with Rasmo, a video call and their telephone calls: Ćall, çalled, Calling.",
        "Rasmo called for talks, called on Vell, and was called upon by the envoy.",
    ]
    let extractor = Extractor()
    var calls = 0
    for text in texts {
        for s in extractor.analyze(Array(text.utf8)) {
            let named = s.mentions.filter(\.isName).map { PersonMention(person: 0, sentence: s.index, first: $0.first, last: $0.last, byRole: false) }
            for k in s.tokens.indices {
                let isCall = EncounterClauses.isCallWord(s, k) || EncounterClauses.isCallingVerb(s, k, named: named)
                #expect(!isCall || EncounterClauses.mayBeCall(s, k), "\(s.tokens[k].text) in \(text)")
                if isCall { calls += 1 }
            }
        }
    }
    // The sentences hold calls: the test sees yeses, not only noes.
    #expect(calls > 10)
}

/// The date finder tells a token whose text opens with a digit by the token's first byte: the
/// same answer as the text's first byte for every token, digits and words, marks, text outside
/// ASCII and bytes that are not UTF-8 (which decoding replaces, never with a digit).
@Test func aTokenOpensWithADigitByItsFirstByteAsByItsText() {
    var inputs: [[UInt8]] = [
        "On 3 March 2019 (the 3rd), 12:30, 2019's talks; 7-day visit, 1990s, ½ 5\u{00BD} Ⅳ ٣ ３ x9 .5 -4".utf8.map { $0 },
        "Vell met Rasmo on Monday, 4 June; by 2020 the 2nd round: 0 1 2 3 4 5 6 7 8 9 9th 8s.".utf8.map { $0 },
    ]
    inputs.append([0xFF, 0x31, 0x20, 0x31, 0xFF, 0x20, 0xC3, 0x20, 0x39, 0xE2, 0x80, 0x99, 0x73, 0x20, 0x80, 0x32])
    var digits = 0
    for bytes in inputs {
        for lexicon in [gazetteer.lexicon, nil] {
            let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count, lexicon: lexicon) }
            for t in tokens {
                let byText = t.text.utf8.first.map { $0 >= 48 && $0 <= 57 } ?? false
                #expect(t.opensWithDigit == byText, "\(t.text)")
                if byText { digits += 1 }
            }
        }
    }
    #expect(digits > 10)
}

/// "will meet B, before returning to C": the later step is found where a comma token stands
/// before "before" or "after", as when the comma was compared as a string; a comma inside a
/// word or a number, other marks and words spelled like a comma are not one.
@Test func aLaterStepOpensAtACommaTokenAsByItsString() {
    let texts = [
        "Ona Vell will meet Tik Rasmo in Vienna on Monday, before returning to Lisbon on Tuesday.",
        "Vell met Rasmo, after travelling from Oslo, and Rasmo met Vell; before leaving, they spoke.",
        "Vell will meet Rasmo; before returning home. Vell met Rasmo: after flying in.",
        "Vell met Rasmo 1,000 times, before eating, after singing; ,before ,after talking.",
        "Vell met Rasmo \u{FF0C}before going and \u{201A}after going.",
    ]
    func laterStepByString(_ s: AnalyzedSentence, _ trigger: Int, _ end: Int) -> Int? {
        (trigger + 2..<max(trigger + 2, end - 1)).first { k in
            s.tokens[k - 1].text == "," && (s.tokens[k].isWord(.before) || s.tokens[k].isWord(.after)) && s.tokens[k + 1].kind == .word
                && s.tokens[k + 1].lower.hasSuffix("ing") && !s.tokens[k + 1].classes.contains(.meetingTrigger)
        }
    }
    let extractor = Extractor()
    var found = 0
    for text in texts {
        for s in extractor.analyze(Array(text.utf8)) {
            for trigger in 0..<s.tokens.count {
                let byString = laterStepByString(s, trigger, s.tokens.count)
                #expect(MeetingExtractor.laterStep(in: s, after: trigger, before: s.tokens.count) == byString, "\(text) \(trigger)")
                if byString != nil { found += 1 }
            }
        }
    }
    #expect(found > 3)
}

/// The word-distance walks read a sentence's mentions by index, in place: the same mention, the
/// same words counted and the same ends as the walks that took copies of the mentions, and a
/// mention reads as one word for the same kinds. Sentences of names, titles, states (a pair on one
/// word), places, territories, honorifics and marks, from every token to every other.
@Test func theWordWalksReadMentionsInPlaceAsFromCopies() {
    func oneWord(_ m: Mention) -> Bool { m.isName || m.isTitle || m.countryCode != nil || m.kind.isHonorific }
    func mentionByCopy(_ s: AnalyzedSentence, _ i: Int) -> Mention? { s.mentions.first { $0.first <= i && i <= $0.last } }
    func wordsByCopy(_ s: AnalyzedSentence, _ a: Int, _ b: Int) -> Int {
        var n = b - a
        for m in s.mentions where m.first > a && m.last < b && oneWord(m) { n -= m.last - m.first }
        if a + 1 < b { n -= (a + 1..<b).count { s.tokens[$0].kind == .punctuation && !(mentionByCopy(s, $0).map(oneWord) ?? false) } }
        return n
    }
    func endByCopy(_ s: AnalyzedSentence, _ i: Int, _ count: Int, _ limit: Int) -> Int {
        var k = i + 1
        var counted = 0
        while k < limit, counted < count {
            if let m = mentionByCopy(s, k), m.first == k, oneWord(m) {
                k = m.last + 1
            } else if s.tokens[k].kind == .punctuation {
                k += 1
                continue
            } else {
                k += 1
            }
            counted += 1
        }
        return min(k, limit)
    }
    func startByCopy(_ s: AnalyzedSentence, _ i: Int, _ count: Int, _ limit: Int) -> Int {
        var k = i - 1
        var counted = 0
        while k >= limit, counted < count {
            if let m = mentionByCopy(s, k), m.last == k, oneWord(m) {
                k = m.first - 1
            } else if s.tokens[k].kind == .punctuation {
                k -= 1
                continue
            } else {
                k -= 1
            }
            counted += 1
        }
        return max(k + 1, limit)
    }
    let texts = [
        "Foreign Minister Ona Vell of Japan met Mr. Tik Rasmo, the Chinese ambassador, in Vienna on Monday.",
        "The India-Pakistan talks on the Siachen Glacier, held in Geneva, were called off by President Vell.",
        "Sheikh Rasmo and Prime Minister Vell, with Russia's envoy, visited the Kuril Islands and Paris, France.",
    ]
    let extractor = Extractor()
    var kinds = Set<String>()
    for text in texts {
        for s in extractor.analyze(Array(text.utf8)) {
            for m in s.mentions {
                #expect(m.readsAsOneWord == oneWord(m), "\(m.kind) in \(text)")
                kinds.insert("\(m.kind)".prefix { $0 != "(" }.description)
            }
            let n = s.tokens.count
            for i in 0..<n {
                #expect(s.mentionIndex(at: i) == s.mentions.firstIndex { $0.first <= i && i <= $0.last }, "\(text) \(i)")
                #expect(s.mention(at: i)?.first == mentionByCopy(s, i)?.first && s.mention(at: i)?.last == mentionByCopy(s, i)?.last)
                for count in [1, 3, 8] {
                    #expect(s.end(after: i, words: count, limit: n) == endByCopy(s, i, count, n), "\(text) end \(i) \(count)")
                    #expect(s.start(before: i, words: count, limit: 0) == startByCopy(s, i, count, 0), "\(text) start \(i) \(count)")
                }
                for b in i...n { #expect(s.words(from: i, to: b) == wordsByCopy(s, i, b), "\(text) words \(i) \(b)") }
            }
        }
    }
    // The sentences hold mentions of most kinds: the walks meet each.
    #expect(kinds.count >= 4, "\(kinds)")
}
