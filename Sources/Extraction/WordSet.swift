/// A set of lowercase words that the stages test word by word: a `Set<String>` with two masks in
/// front of it, one bit for each first byte and one for each length (in UTF-8 bytes) its words
/// have. A word whose first byte or length no word of the set has, most words of a sentence for a
/// short list, is turned away on two bit tests instead of being hashed (some 300 to 500
/// instructions a lookup, the string compared again with each word of its probe sequence).
///
/// The answers are those of the set, which compares words as Unicode text: an ASCII word equals a
/// word of an ASCII set only in the same bytes, and a word outside ASCII equals none, for the only
/// characters outside ASCII equal to ASCII text are the Kelvin sign ("K"), the Greek question mark
/// (";") and the Greek varia ("`"). A set with a word outside ASCII or with one of those three
/// has no masks: every word is looked up in it.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The words, as a set.
    let words: Set<String>
    /// Bit `(b | 0x20) & 63` for the first byte `b` of each word.
    private let firstBytes: UInt64
    /// Bit `min(count, 63)` for each word's count of UTF-8 bytes.
    private let lengths: UInt64

    init(_ words: some Sequence<String>) {
        let set = Set(words)
        var firstBytes: UInt64 = 0
        var lengths: UInt64 = 0
        for w in set {
            lengths |= Self.lengthBit(w.utf8.count)
            if let b = w.utf8.first { firstBytes |= Self.firstByteBit(b) }
        }
        // Words outside ASCII, or with a character that one outside ASCII equals: no masks.
        let maskable = set.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 && !Self.equalOutsideASCII.contains($0) } }
        self.words = set
        self.firstBytes = maskable ? firstBytes : ~0
        self.lengths = maskable ? lengths : ~0
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    @inline(__always) private static func lengthBit(_ count: Int) -> UInt64 {
        1 &<< UInt64(Swift.min(count, 63))
    }

    @inline(__always) private static func firstByteBit(_ b: UInt8) -> UInt64 {
        1 &<< UInt64((b | 0x20) & 63)
    }

    /// The ASCII bytes that a character outside ASCII equals as Unicode text: "K" (the Kelvin
    /// sign, U+212A), ";" (U+037E) and "`" (U+1FEF).
    static let equalOutsideASCII: [UInt8] = [UInt8(ascii: "K"), UInt8(ascii: ";"), UInt8(ascii: "`")]

    /// Whether `word` is one of the words.
    @inline(__always) func contains(_ word: String) -> Bool {
        let utf8 = word.utf8
        let count = utf8.count
        guard lengths & Self.lengthBit(count) != 0, count == 0 || firstBytes & Self.firstByteBit(utf8[utf8.startIndex]) != 0 else { return false }
        return words.contains(word)
    }

    var count: Int { words.count }
    var isEmpty: Bool { words.isEmpty }

    func makeIterator() -> Set<String>.Iterator {
        words.makeIterator()
    }
}
