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
