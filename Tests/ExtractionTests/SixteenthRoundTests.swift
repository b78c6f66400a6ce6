import Testing

@testable import Extraction

// The sixteenth round's paths taken for speed, each held to what they replaced.

/// A token's fields are laid out widest first so that it takes one cache line: a field added, or
/// one moved back behind the flags, would make it 72 bytes again without any test failing.
@Test func aTokenTakesSixtyFourBytes() {
    #expect(MemoryLayout<Token>.size <= 64)
    #expect(MemoryLayout<Token>.stride == 64)
}

/// `lastUTF8Byte` is `utf8.last` for every kind of string: empty, small (up to 15 bytes) and
/// large, ASCII or not, made from a slice, ending in a byte of a sequence outside ASCII.
@Test func aStringsLastByteIsItsUTF8ViewsLast() {
    let words = [
        "", "s", "japan's", "ministers'", "Russia\u{2019}s", "fifteen bytes!!", "sixteen bytes!!!", "a rather longer string of words's",
        "\u{00E9}", "Wi\u{015B}niewski", "\u{4E2D}\u{56FD}", "c\u{0327}", "\u{1F600}", "trailing \u{00A0}",
    ]
    var strings = words
    for w in words where !w.isEmpty {
        strings.append(String(w.dropFirst()))
        strings.append(String(w.dropLast()))
        strings.append(w + w + w)
        strings.append(w.uppercased())
    }
    for s in strings {
        #expect(s.lastUTF8Byte == s.utf8.last, "\(s)")
    }
}

/// What `Tokenizer.lowercased` rests on: every scalar that `changesWhenLowercased` leaves
/// unmarked is its own lowercase mapping, so that a word of such scalars and ASCII lowers byte by
/// byte to what `lowercased()` makes of it. Every scalar is checked.
@Test func aScalarThatLowercasingLeavesIsItsOwnLowercaseMapping() {
    var unmarked = 0
    for value in UInt32(0x80)...0x10FFFF {
        guard let scalar = Unicode.Scalar(value), !scalar.properties.changesWhenLowercased else { continue }
        unmarked += 1
        let mapping = scalar.properties.lowercaseMapping
        if mapping.unicodeScalars.count != 1 || mapping.unicodeScalars.first != scalar {
            Issue.record("U+\(String(value, radix: 16)) lowers to \(mapping.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
    #expect(unmarked > 1_000_000)
}

/// A word lowered by `Tokenizer.lowercased` is the word's `lowercased()`: names with accents on
/// lowercase and capital letters, composed and decomposed, other scripts, a dotted capital I,
/// a sharp s, a final sigma, curly apostrophes, and every one in capitals and with a capital.
@Test func aWordLoweredByItsBytesIsItsLowercased() {
    let words = [
        "Mart\u{00ED}nez", "Wi\u{015B}niewski", "Tr\u{1EA7}n", "\u{00C7}avu\u{015F}o\u{011F}lu", "\u{00D6}zt\u{00FC}rk", "Y\u{0131}lmaz",
        "\u{0130}stanbul", "Stra\u{00DF}e", "\u{1E9E}", "\u{039F}\u{0394}\u{03A5}\u{03A3}\u{03A3}\u{0395}\u{03A5}\u{03A3}",
        "\u{041C}\u{043E}\u{0441}\u{043A}\u{0432}\u{0430}",
        "\u{4E2D}\u{56FD}", "Jos\u{0065}\u{0301}", "\u{0045}\u{0301}lys\u{00E9}e", "Russia\u{2019}s", "\u{2018}Abd", "\u{212A}elvin", "\u{01C5}", "\u{1F600}x",
        "\u{00E9}", "\u{00C9}", "a\u{0345}", "\u{0399}\u{0308}\u{0301}",
    ]
    for w in words {
        for form in [w, w.uppercased(), w.prefix(1).uppercased() + w.dropFirst(), w + "'s", "Al-" + w] {
            #expect(Tokenizer.lowercased(form) == form.lowercased(), "\(form)")
            #expect(Array(Tokenizer.lowercased(form).utf8) == Array(form.lowercased().utf8), "\(form)")
        }
    }
}

/// The merger's venue test reads an ASCII place's first word by bytes: it answers as the split by
/// `Character` it replaced, written out here, for places of one word and several, venue words
/// first, last and in capitals, runs of spaces before, between and after, and places outside ASCII.
@Test func aPlacesFirstWordIsReadByBytesAsBySplitting() {
    let venue = WordLists.venueWords.first { !$0.contains(" ") } ?? "palace"
    let capitalized = venue.prefix(1).uppercased() + venue.dropFirst()
    let places = [
        "", " ", "Vienna", "Hofburg \(capitalized)", "\(capitalized) of Peace", "\(venue.uppercased()) Gardens", " \(venue) Hall",
        "\(venue)  x", "\(venue) ", "  \(venue)   ", "\(venue)\tHall", "Bayan Palace", "Caf\u{00E9} \(venue)", "\(capitalized) \u{00C9}lys\u{00E9}e",
        "\u{00C9}lys\u{00E9}e", "New  York", venue, venue.uppercased(),
    ]
    for place in places {
        let words = place.split(separator: " ")
        let lastIsVenue = words.last.map { WordLists.venueWords.contains($0.lowercased()) } ?? false
        let expected = lastIsVenue || (words.count >= 2 && WordLists.venueWords.contains(words[0].lowercased()))
        #expect(MeetingMerger().isVenue(place) == expected, "\(place)")
        if let ascii = MeetingMerger.firstOfWordsLowercased(ascii: place) {
            #expect(ascii == (words.count >= 2 ? words[0].lowercased() : nil), "\(place)")
        }
    }
}
