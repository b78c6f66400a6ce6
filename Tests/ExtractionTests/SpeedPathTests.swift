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

@Test func aSentenceTextCopiedFromTheBodyIsTheDecodedBytes() {
    let body = "Caf\u{00E9} talks. \u{1F1EF}\u{1F1F5} flag\r\nthe end e\u{0301}"
    let bytes = Array(body.utf8)
    for start in 0...bytes.count {
        for end in start...bytes.count {
            // Off the scalars too: the copy falls back to decoding.
            #expect(Extractor.text(of: body, start, end, bytes: bytes) == String(decoding: bytes[start..<end], as: UTF8.self))
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
