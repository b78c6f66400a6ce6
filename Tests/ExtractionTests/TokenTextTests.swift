import Testing

@testable import Extraction

// A token of a word the lexicon knows shares the lexicon's strings for its text (lowercase, or
// with only its first letter a capital) instead of making its own, and carries a hyphen flag
// that spares searches by `Character`. These tests hold the shared strings and the flag to the
// bytes they stand for, and to the tokens made without the lexicon.

private let gazetteer = Gazetteer.standard

private func tokens(_ text: String, lexicon: Lexicon?) -> [Token] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count, lexicon: lexicon) }
}

private let text = """
    Paris paris PARIS pARIS PaRis The the THE Moscow moscow's Moscow's MOSCOW'S Islands island's Russian-held \
    russian-Held al-Bashir Al-Bashir McDonald iPhone Zzyzx zzyzx Vanuatu VANUATU U.S. U.N. US us Mr. mr \
    José JOSÉ Zoë Côte d’Ivoire Москва 北京 cafe\u{301} 2019 1,200 - – — ( ) , . " “ ” ’ ' \u{0}
    """

@Test func aTokenTextIsItsBytesWhicheverStringItShares() {
    let bytes = Array(text.utf8)
    let withLexicon = tokens(text, lexicon: gazetteer.lexicon)
    let without = tokens(text, lexicon: nil)
    #expect(withLexicon.count == without.count)
    var shared = 0
    for (t, plain) in zip(withLexicon, without) {
        let written = String(decoding: bytes[t.start..<t.end], as: UTF8.self)
        #expect(t.text == written)
        #expect(t.text == plain.text, "\(written)")
        #expect(t.lower == plain.lower, "\(written)")
        #expect(t.isCapitalized == plain.isCapitalized, "\(written)")
        #expect(t.hasHyphen == bytes[t.start..<t.end].contains(UInt8(ascii: "-")), "\(written)")
        #expect(plain.hasHyphen == t.hasHyphen, "\(written)")
        if t.word != Lexicon.unknown, t.isCapitalized, t.text.dropFirst() == t.lower.dropFirst() { shared += 1 }
    }
    // The text holds capitalized known words: the shared form is tested, not only passed by.
    #expect(shared >= 3)
}

@Test func theLexiconsCapitalizedFormsAreItsWordsWithACapital() {
    let lexicon = gazetteer.lexicon
    var checked = 0
    for (w, word) in lexicon.words.enumerated() {
        let form = lexicon.capitalized[w]
        guard let first = word.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"), word.utf8.allSatisfy({ $0 < 0x80 }) else {
            #expect(form.isEmpty, "\(word)")
            continue
        }
        #expect(form == word.prefix(1).uppercased() + word.dropFirst(), "\(word)")
        checked += 1
    }
    #expect(checked > 1000)
}

// Tokens point at their strings instead of holding them: the strings made for words the lexicon
// does not know are kept in blocks that never move, however many an article needs, and an
// article's sentences keep them alive after the analysis that made them has returned.
@Test func tokensReadTheirOwnStringsPastEveryBlockOfKeptStrings() {
    // Each word unknown to the lexicon and capitalized: two strings kept per token.
    let words = (0..<3 * TokenStrings.blockSize).map { "Qzx\($0)w" }
    let text = words.joined(separator: " ")
    let bytes = Array(text.utf8)
    let strings = TokenStrings(lexicon: gazetteer.lexicon)
    let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count, into: strings) }
    withExtendedLifetime(strings) {
        #expect(tokens.map(\.text) == words)
        #expect(tokens.map(\.lower) == words.map { $0.lowercased() })
    }
}

@Test func analyzedSentencesKeepTheirTokensStringsAlive() {
    let text = "Zorvan Quell met Ilsa Brandt in Vienna on Monday. The Vroska talks ended."
    let sentences = Extractor(gazetteer: gazetteer).analyze(Array(text.utf8))
    // Strings made and dropped in between, that would reuse freed memory.
    let churn = (0..<2000).map { "Churn\($0) string long enough to be on the heap" }
    #expect(churn.count == 2000)
    let read = sentences.map { s in s.tokens.map(\.text).joined(separator: " ") }
    #expect(read == ["Zorvan Quell met Ilsa Brandt in Vienna on Monday .", "The Vroska talks ended ."])
    #expect(sentences[0].tokens.map(\.lower).prefix(3) == ["zorvan", "quell", "met"])
}

@Test func anUnlistedASCIIWordsStringsAreItsBytesAtEveryLength() {
    // Words no list holds, small strings (up to 15 bytes) and longer, in capitals and not: their
    // text is their bytes and their lowercase form the one made without the lexicon.
    let words = (1...24).flatMap { n in
        let word = String(String(repeating: "qzxjv", count: 5).prefix(n))
        return [word, "Q" + word, word.uppercased(), word + "-" + word, "Zq'" + word]
    }
    let line = words.joined(separator: " ")
    let bytes = Array(line.utf8)
    let withLexicon = tokens(line, lexicon: gazetteer.lexicon)
    let without = tokens(line, lexicon: nil)
    #expect(withLexicon.count == words.count)
    for (t, plain) in zip(withLexicon, without) {
        let written = String(decoding: bytes[t.start..<t.end], as: UTF8.self)
        #expect(t.word == Lexicon.unknown, "\(written)")
        #expect(t.text == written && Array(t.text.utf8) == Array(bytes[t.start..<t.end]), "\(written)")
        #expect(t.lower == plain.lower && t.lower == written.lowercased(), "\(written)")
    }
}
