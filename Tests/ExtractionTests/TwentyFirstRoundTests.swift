import Testing

@testable import Extraction

// The twenty-first round's paths taken for speed, each held to what they replaced.

/// Keys of invented names, as the people stage folds them: repeated, longer and shorter, split
/// differently into words, outside ASCII, composed and decomposed (equal strings in other
/// bytes), and the ASCII marks that equal a scalar outside ASCII.
private let keyWords: [[String]] = [
    ["ona", "vell"], ["vell"], ["ona"], ["ona", "vell"], ["tik", "rasmo"], ["rasmo"], ["vell"], ["onav", "ell"], ["onavell"],
    ["ona", "vel", "l"], ["k", "natwar", "singh"], ["natwar", "singh"], ["singh"], ["k", "natwar", "singh"],
    ["\u{E9}lise", "mart\u{ED}n"], ["e\u{301}lise", "marti\u{301}n"], ["\u{E9}lise"], ["e\u{301}lise"],
    ["\u{C5}sa"], ["\u{212B}sa"], ["A\u{30A}sa"], ["x;y"], ["x\u{37E}y"], ["a`b"], ["a\u{1FEF}b"], ["Kro"], ["\u{212A}ro"], ["kro"],
    ["\u{5317}\u{4EAC}"], ["\u{5317}\u{4EAC}", "vell"], [""], ["", ""], ["ona", ""], ["", "ona"], ["rasmo"], ["tik", "rasmo"],
]

/// The people stage numbers its candidates' keys in a flat table over the article's folded words
/// (`PersonResolver.KeyNumbers`) where it numbered them in a `[[String]: Int]`: the two give every
/// key the same number, equal keys (canonically equivalent strings among them) one number, in
/// keys met in several orders and with room for few or many.
@Test func keysAreNumberedByTheTableAsByTheDictionary() {
    var orders = [keyWords, Array(keyWords.reversed())]
    for shift in [5, 11, 17] { orders.append(Array(keyWords[shift...] + keyWords[..<shift])) }
    for order in orders {
        for room in [1, order.count] {
            var dictionary: [[String]: Int] = [:]
            var table = PersonResolver.KeyNumbers(keys: room)
            var words: [String] = []
            for key in order {
                let start = words.count
                words += key
                let byDictionary = PersonResolver.number(of: key, in: &dictionary)
                #expect(table.number(of: start..<words.count, in: words) == byDictionary, "\(key)")
            }
            #expect(table.count == dictionary.count)
        }
    }
}

/// `KeyNumbers.hash(of:)` hashes a word of ASCII by its bytes, which is right only where no text
/// of other scalars equals it: of the ASCII characters, only ";", "`" and "K" are equal to a
/// scalar outside ASCII (the Greek question mark, varia and Kelvin sign), and a word with one of
/// them is hashed by Swift's hash. Every scalar of the Basic Multilingual Plane outside ASCII is
/// compared with every ASCII character (a scalar equals an ASCII character only by a singleton
/// decomposition, and those outside this plane map CJK compatibility ideographs to ideographs).
@Test func onlyThreeASCIITextsEqualOthers() {
    var ascii: [Int: [String]] = [:]
    for b in 0..<128 {
        let text = String(UnicodeScalar(UInt8(b)))
        ascii[text.hashValue, default: []].append(text)
    }
    var equal: Set<String> = []
    for value in UInt32(0x80)...0xFFFF {
        guard let scalar = UnicodeScalar(value) else { continue }
        let text = String(scalar)
        for candidate in ascii[text.hashValue] ?? [] where candidate == text { equal.insert(candidate) }
    }
    #expect(equal == [";", "`", "K"])
    // Each is hashed as its equal is.
    for (a, b) in [(";", "\u{37E}"), ("`", "\u{1FEF}"), ("K", "\u{212A}")] {
        #expect(PersonResolver.KeyNumbers.hash(of: ["x" + a + "y"]) == PersonResolver.KeyNumbers.hash(of: ["x" + b + "y"]))
    }
}

/// A text with a lowercase ASCII letter is not all capitals, whatever else it holds: the test
/// answers so before reading the properties of its scalars outside ASCII, as they would.
@Test func aLowercaseASCIILetterAnswersAllCapitalsAsTheScalarsDo() {
    let texts = [
        "\u{C9}LYS\u{C9}e", "\u{C9}lys\u{E9}e", "NATO\u{E9}", "\u{C9}LYS\u{C9}E", "O\u{2019}Brien", "O\u{2019}BRIEN", "\u{212A}elvin", "\u{212A}ELVIN",
        "a\u{301}", "A\u{301}",
    ]
    for text in texts {
        #expect(Token.isAllCapsText(text) == text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }, "\(text)")
    }
}

/// A sentence's text from one token to another is its one token's text as it is, and of several
/// the texts joined as written out here, for every span of sentences with marks, spaces, text
/// outside ASCII and bytes that are not UTF-8, with the lexicon and without.
@Test func aSpanOfOneTokenIsItsTextAsEverySpanIsJoined() {
    let texts: [[UInt8]] = [
        Array("Greek Foreign Minister Ona Vell met the U.S. envoy, Tik Rasmo's aide, in M\u{E1}laga (Spain).".utf8),
        Array("\u{201C}Vell\u{201D} \u{2014} e\u{301}t\u{E9}, \u{5317}\u{4EAC}; 1,000.5".utf8),
        [0x41, 0x20, 0xC3, 0x20, 0x62, 0xFF, 0x2C, 0x20, 0xE2, 0x80],
    ]
    for bytes in texts {
        for lexicon in [Gazetteer.standard.lexicon, nil] {
            let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count, lexicon: lexicon) }
            let sentence = AnalyzedSentence(index: 0, start: 0, end: bytes.count, tokens: tokens, mentions: [], strings: .unfreed(lexicon: lexicon))
            for first in tokens.indices {
                for last in first..<tokens.count {
                    var joined = ""
                    for k in first...last {
                        if k > first, tokens[k].spaceBefore { joined += " " }
                        joined += tokens[k].text
                    }
                    let text = sentence.text(first, last)
                    #expect(text == joined && Array(text.utf8) == Array(joined.utf8), "\(first) \(last)")
                }
            }
        }
    }
}
