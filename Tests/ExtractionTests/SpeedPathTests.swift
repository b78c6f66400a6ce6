import Testing

@testable import Extraction

// Paths taken for speed alone in the ninth round, each held to the plainer code it replaced,
// written out here.

/// Words whose first letter is ASCII, capital or not, and words that begin outside ASCII: the
/// Kelvin sign lowers to an ASCII "k", a dotted capital I to "i" and a combining dot.
private let words = [
    "call", "Call", "CALLS", "called", "in", "In", "of", "Of", "to", "To", "the", "meeting", "1990", "\u{212A}elvin",
    "\u{0130}stanbul", "\u{00C9}lys\u{00E9}e", "\u{00E9}t\u{00E9}", "\u{201C}quoted", "-", ",", "O'Brien", "c\u{0327}a",
]

@Test func aTokenMayBeginWithALetterWheneverItsLowercaseWordDoes() {
    var bytes = Array(words.joined(separator: " ").utf8)
    let tokens = bytes.withUnsafeMutableBufferPointer { Tokenizer.tokens(UnsafeBufferPointer($0), from: 0, to: $0.count) }
    #expect(tokens.count >= words.count)
    for t in tokens {
        for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
            let begins = t.lower.utf8.first == letter
            // Never turned away when the word begins with the letter; for a text beginning in
            // ASCII, the byte answers exactly.
            if begins { #expect(t.mayBeginWith(letter), "\(t.text) \(letter)") }
            if t.text.utf8.first! < 0x80 { #expect(t.mayBeginWith(letter) == begins, "\(t.text) \(letter)") }
            #expect(Token.mayBeginWith(tokens, tokens.firstIndex { $0.start == t.start }!, letter) == t.mayBeginWith(letter))
        }
    }
}

@Test func mentionsBySentenceAreThoseADictionaryGathered() {
    var a = PersonRecord(words: ["A", "B"])
    a.mentions = [
        PersonMention(person: 0, sentence: 2, first: 4, last: 5, byRole: false),
        PersonMention(person: 0, sentence: 0, first: 1, last: 2, byRole: false),
    ]
    var b = PersonRecord(words: ["C"])
    b.mentions = [
        PersonMention(person: 1, sentence: 2, first: 0, last: 0, byRole: false),
        PersonMention(person: 1, sentence: 5, first: 3, last: 3, byRole: true),
    ]
    let people = [a, b, PersonRecord(words: ["D"])]
    var byDictionary: [Int: [PersonMention]] = [:]
    for p in people { for m in p.mentions { byDictionary[m.sentence, default: []].append(m) } }
    let bySentence = PersonMentionsBySentence(people)
    for sentence in -1...7 {
        let expected = byDictionary[sentence] ?? []
        #expect(bySentence[sentence].map { [$0.person, $0.sentence, $0.first, $0.last] } == expected.map { [$0.person, $0.sentence, $0.first, $0.last] })
    }
    #expect(PersonMentionsBySentence([])[0].isEmpty)
}

@Test func scalarOffsetsCountEightBytesAtATimeAsByteByByte() {
    let body =
        "Caf\u{00E9} \u{1F1EF}\u{1F1F5} talks in S\u{00E3}o Paulo, \u{0411}\u{0435}\u{0440}\u{043B}\u{0438}\u{043D}, e\u{0301} and \u{4E2D}\u{56FD}. "
        + String(repeating: "ab\u{00E9}\u{20AC}", count: 40)
    let bytes = Array(body.utf8)
    let offsets = ScalarOffsets(bytes)
    for byte in -1...(bytes.count + 1) {
        let clamped = max(0, min(byte, bytes.count))
        let byByte = bytes[0..<clamped].filter { $0 & 0xC0 != 0x80 }.count
        #expect(offsets.scalarOffset(byte) == byByte, "\(byte)")
    }
    for start in 0..<20 {
        for end in start...bytes.count {
            let counted = bytes.withUnsafeBufferPointer { ScalarOffsets.scalarCount(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            #expect(counted == bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count)
        }
    }
}

@Test func aBodyIsFoundOutsideASCIIEightBytesAtATimeAsByteByByte() {
    let ascii = Array("Talks in Vienna on Monday, the ministers said.".utf8)
    for length in 0...ascii.count {
        for place in -1..<length {
            var bytes = Array(ascii[0..<length])
            if place >= 0 { bytes[place] = 0xC3 }
            let found = bytes.withUnsafeBufferPointer { ScalarOffsets.hasNonASCII($0) }
            #expect(found == bytes.contains { $0 >= 0x80 }, "\(length) \(place)")
        }
    }
}

@Test func aPhrasesEntriesAreReadInTheTriesFlatListAsInItsOwnArray() {
    // The tagger reads the entries of the phrase found at a token in the trie's flat list, by
    // their range, and keeps a match of length 0 where no phrase begins, answered without the walk
    // for a word the lexicon does not number; all must answer as the phrase's own array and the
    // whole walk did: for the gazetteer's phrases, written as keys, capitalised and possessive,
    // and for words that begin none.
    let gazetteer = Gazetteer.standard
    let trie = gazetteer.trie
    let keys = gazetteer.phrases.keys.sorted()
    #expect(keys.count > 10_000)
    var texts: [String] = []
    for (k, key) in keys.enumerated() where k % 4 == 0 {
        texts += [key, key.capitalized + "'s", key + " and"]
    }
    texts += ["qqqq", "the the", ", ,", "zzzz's"]
    var differ: [String] = []
    var found = 0
    for text in texts {
        var bytes = Array(text.utf8)
        let tokens = bytes.withUnsafeMutableBufferPointer {
            Tokenizer.tokens(UnsafeBufferPointer($0), from: 0, to: $0.count, lexicon: gazetteer.lexicon)
        }
        guard !tokens.isEmpty else { continue }
        let m = trie.longest(tokens, at: 0)
        let old = trie.match(tokens, at: 0)
        let same =
            m.length == (old?.length ?? 0) && (old == nil || (m.node == old!.node && m.possessive == old!.possessive))
            && "\(Array(trie.flatEntries[trie.entryRange(m)]))" == "\(old.map { trie.entries($0) } ?? [])"
        if !same { differ.append(text) }
        if m.length > 0 { found += 1 }
    }
    #expect(found > 10_000)
    #expect(differ.count == 0, "\(differ.prefix(10))")
}
