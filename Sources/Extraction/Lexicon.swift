/// Every word the gazetteer's phrases and the extractors' word lists hold, numbered, so that a
/// token's word is looked up once, when the token is made, and the phrase trie, the word classes
/// and the honorific test read that number instead of hashing the token's string again.
///
/// An ASCII token (nearly every token of English news) is found from its bytes, lowercased and
/// hashed as the tokenizer reads them, in an open-addressing table: no `String` is hashed. Any
/// other token is looked up by its lowercase `String`, so that words equal as Unicode text
/// (composed or decomposed accents) are the same word, as they were when the lists were sets of
/// strings.
final class Lexicon: Sendable {
    /// The number of a word the lexicon does not hold.
    static let unknown: Int32 = -1

    /// Slot to 1 + word number, 0 for an empty slot; ASCII words only.
    private let slots: [Int32]
    private let slotMask: Int
    /// The ASCII words' bytes end to end; word `w` is `bytes[starts[w]..<starts[w] + lengths[w]]`
    /// (non-ASCII words have length 0 here and are found through `numbers` alone).
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let lengths: [Int32]
    /// Every word, as Unicode text, and by number: a token of a known word shares the string.
    private let numbers: [String: Int32]
    let words: [String]
    /// The word classes of each word, as `WordClass.of` gives them.
    let classes: [WordClass]
    /// Whether each word is a courtesy title of the gazetteer's honorifics.
    let honorific: [Bool]

    init(words: some Sequence<String>, honorifics: Set<String>) {
        var numbers: [String: Int32] = [:]
        var list: [String] = []
        func add(_ w: String) {
            if numbers[w] == nil {
                numbers[w] = Int32(list.count)
                list.append(w)
            }
        }
        for w in words { add(w) }
        for w in WordClass.table.keys { add(w) }
        for w in WordClass.holdingSuffixes { add(w) }
        for w in honorifics { add(w) }
        // Every ASCII mark, so that punctuation tokens share their text too.
        for b in UInt8(33)...UInt8(126) where !Tokenizer.isWordByte(b) { add(String(UnicodeScalar(b))) }

        // Twice as many slots as words, rounded to a power of two: short probe runs.
        var size = 1024
        while size < list.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        var lengths: [Int32] = []
        starts.reserveCapacity(list.count)
        lengths.reserveCapacity(list.count)
        for (n, w) in list.enumerated() {
            starts.append(Int32(bytes.count))
            let utf8 = Array(w.utf8)
            guard !utf8.isEmpty, utf8.allSatisfy({ $0 < 0x80 }) else { lengths.append(0); continue }
            lengths.append(Int32(utf8.count))
            bytes.append(contentsOf: utf8)
            var h = Lexicon.seed
            for b in utf8 { h = Lexicon.mix(h, b) }
            var slot = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(n + 1)
        }
        self.slots = slots
        self.slotMask = size - 1
        self.bytes = bytes
        self.starts = starts
        self.lengths = lengths
        self.numbers = numbers
        self.words = list
        self.classes = list.map { WordClass.of($0) }
        self.honorific = list.map { honorifics.contains($0) }
    }

    // FNV-1a, 64 bits: one xor and one multiply per byte, fed as the tokenizer lowercases.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 {
        (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
    }

    /// The number of the lowercase ASCII word `lower[0..<count]` whose hash is `hash`.
    @inline(__always)
    func number(ascii lower: UnsafePointer<UInt8>, count: Int, hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = slots[slot]
                if entry == 0 { return Lexicon.unknown }
                let w = Int(entry - 1)
                if Int(lengths[w]) == count {
                    let s = Int(starts[w])
                    var k = 0
                    while k < count, stored[s + k] == lower[k] { k += 1 }
                    if k == count { return Int32(w) }
                }
                slot = (slot + 1) & slotMask
            }
        }
    }

    /// The number of a lowercase word, however written.
    func number(_ word: String) -> Int32 {
        numbers[word] ?? Lexicon.unknown
    }

    func number<S: StringProtocol>(_ word: S) -> Int32 {
        numbers[String(word)] ?? Lexicon.unknown
    }
}
