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
