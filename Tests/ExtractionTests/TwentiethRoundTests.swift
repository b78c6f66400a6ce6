import Testing

@testable import Extraction

// The twentieth round's paths taken for speed, each held to what they replaced.

private let gazetteer = Gazetteer.standard

private func tokens(_ text: String, lexicon: Lexicon?) -> [Token] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count, lexicon: lexicon) }
}

/// The stages test a token for a comma, a full stop, a semicolon, a hyphen, a parenthesis or an
/// apostrophe by its byte (`Token.isMark`) where they compared its text with the one-byte string:
/// the two agree on every token, with the lexicon and without, of texts with each mark alone, in
/// numbers, in initialisms, doubled, joining words, next to typographic marks and text outside ASCII.
@Test func aMarkIsTestedByItsByteAsByItsText() {
    let texts = [
        "Ona Vell met Tik Rasmo, the envoy, in Vienna; they spoke (briefly) of the U.S. plan.",
        "Some 1,000.5 people - and 2,000 more -- came... Rasmo's aides' car, Jae-in, d'affaires.",
        "A ,comma; at ;odd places.and ' quotes ' and - hyphens -and(brackets)and'apostrophes'.",
        "Typographic \u{2019}marks\u{2018}, \u{201C}quotes\u{201D}, \u{2014}dashes\u{2013} and \u{FF0C}wide\u{FF0E}marks\u{FF1B}.",
        "M\u{E1}laga, R\u{E9}gion; \u{041C}\u{043E}\u{0441}\u{043A}\u{0432}\u{0430}. e\u{0301}, ,\u{0301} .\u{0327} Z\u{FE50}",
        ",.;-)'(",
    ]
    let marks: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "-"), UInt8(ascii: ")"), UInt8(ascii: "'")]
    var seen = Set<UInt8>()
    for text in texts {
        for lexicon in [gazetteer.lexicon, nil] {
            let ts = tokens(text, lexicon: lexicon)
            for i in ts.indices {
                for mark in marks {
                    let byText = ts[i].text == String(UnicodeScalar(mark))
                    #expect(Token.isMark(ts, i, mark) == byText, "\(text) \(i) \(mark)")
                    #expect(ts[i].isMark(mark) == byText, "\(text) \(i) \(mark)")
                    if byText { seen.insert(mark) }
                }
            }
        }
    }
    #expect(seen.count == marks.count)
}
