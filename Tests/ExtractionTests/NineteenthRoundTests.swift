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
