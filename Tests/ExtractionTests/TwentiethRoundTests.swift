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

/// The people stage's state assignment lowercases each title once and tests the lowercase forms:
/// a title only one state gives, written in capitals; a role reference ("the Kenyan President")
/// to the one person with that title, in other capitals; a title outside government, in capitals
/// and not, which takes no state from the article; a former office, which does.
@Test func titlesLoweredOnceAreTestedAsEachLoweredAgain() {
    let national = extract("Greek Foreign Minister Ona Vell met External Affairs Minister Tik Rasmo in Athens on Monday.")
    #expect(national.person("Tik Rasmo")?.country == "IND")
    #expect(national.person("Ona Vell")?.country == "GRC")
    let byRole = extract("President Ona Vell received the visitors in the capital on Monday.\n\nThe Kenyan President thanked them for coming.")
    #expect(byRole.person("Ona Vell")?.country == "KEN")
    let after = " Tik Rasmo said on Monday that Norway would sign the accord. Norway and Oslo welcomed it."
    for title in ["Chairman", "CHAIRMAN", "chairman"] {
        let f = extract(title + after)
        #expect(f.person("Tik Rasmo") != nil)
        #expect(f.person("Tik Rasmo")?.country == nil, "\(title)")
    }
    for title in ["Minister", "Former President", "FORMER President"] {
        #expect(extract(title + after).person("Tik Rasmo")?.country == "NOR", "\(title)")
    }
}

/// A gathering noun is found by its class bit, then the list: every token whose lowercase word the
/// list holds has the bit (with the lexicon and without), so that the bit turns away only words the
/// list would; a possessive of a gathering noun has the bit but is not in the list, as before.
@Test func everyGatheringNounHasItsClassBit() {
    var texts = WordLists.gatheringNouns.sorted().map { noun in
        "the \(noun), the \(noun.prefix(1).uppercased() + noun.dropFirst()), the \(noun.uppercased()) and the \(noun)'s hall"
    }
    texts += [
        "Leaders met at the G20 Summit in Osaka before the Forum; the summitry, summitted and sum-mit.",
        "R\u{E9}union summit, Sommet, summit\u{2019}s, \u{212A}ongress and the Conference\u{0301}.",
    ]
    var nouns = 0
    for text in texts {
        for lexicon in [gazetteer.lexicon, nil] {
            let ts = tokens(text, lexicon: lexicon)
            for i in ts.indices {
                let listed = WordLists.gatheringNouns.contains(ts[i].lower)
                #expect(!listed || ts[i].classes.contains(.gatheringNoun), "\(text) \(ts[i].text)")
                #expect(GatheringPlaces.isGatheringNoun(ts, i) == listed, "\(text) \(ts[i].text)")
                if listed { nouns += 1 }
            }
        }
    }
    #expect(nouns >= WordLists.gatheringNouns.count * 3 * 2)
}
