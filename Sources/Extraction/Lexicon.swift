/// Every word the gazetteer's phrases and the extractors' word lists hold, numbered, so that a
/// token's word is looked up once, when the token is made, and the phrase trie, the word classes
/// and the honorific test read that number instead of hashing the token's string again.
///
/// An ASCII token (nearly every token of English news) is found from its bytes, lowercased and
/// hashed as the tokenizer reads them, in an open-addressing table: no `String` is hashed. Any
/// other token is looked up by its lowercase `String`, so that words equal as Unicode text
/// (composed or decomposed accents) are the same word, as they were when the lists were sets of
/// strings.
final class Lexicon: @unchecked Sendable {
    // Unchecked for `wordStrings` and `capitalizedStrings`: written once, in `init`.
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
    /// The words that are not ASCII, as Unicode text (so that composed and decomposed accents
    /// are one word); and every word by number: a token of a known word shares the string.
    private let numbers: [String: Int32]
    let words: [String]
    /// Each ASCII word that begins with a lowercase letter, with that letter a capital ("paris":
    /// "Paris"), "" for any other: a capitalized token of a known word shares this string.
    let capitalized: [String]
    /// `words` and `capitalized` again, at addresses that do not move for as long as the lexicon
    /// lives: a token of a known word points at its strings here instead of holding them.
    let wordStrings: UnsafeMutablePointer<String>
    let capitalizedStrings: UnsafeMutablePointer<String>
    /// The word classes of each word, as `WordClass.of` gives them.
    let classes: [WordClass]
    /// The exact word lists each word is in.
    let listed: [WordList]

    /// `phrases`: the gazetteer's phrase keys (lowercase words separated by single spaces);
    /// `phraseWords` receives each phrase's word numbers, in the order of `phrases`, so that the
    /// trie is built without looking its words up again. ASCII words go straight into the byte
    /// table from the phrases' bytes, so that building it makes a string only for a new word.
    /// `lists`: the words of each exact word list, all made lexicon words.
    init(phrases: some Collection<String>, lists: [(WordList, Set<String>)], phraseWords: inout [[Int32]]) {
        // Some two words per phrase, and each table at most half full.
        var size = 1024
        while size < phrases.count * 4 + 4096 { size *= 2 }
        let mask = size - 1
        var slots = [Int32](repeating: 0, count: size)
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        var lengths: [Int32] = []
        var list: [String] = []
        var numbers: [String: Int32] = [:]

        func add(ascii word: UnsafeBufferPointer<UInt8>) -> Int32 {
            var h = Lexicon.seed
            for b in word { h = Lexicon.mix(h, b) }
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] != 0 {
                let w = Int(slots[slot] - 1)
                if Int(lengths[w]) == word.count, bytes[Int(starts[w])..<Int(starts[w]) + word.count].elementsEqual(word) { return Int32(w) }
                slot = (slot + 1) & mask
            }
            let n = Int32(list.count)
            slots[slot] = n + 1
            starts.append(Int32(bytes.count))
            lengths.append(Int32(word.count))
            bytes.append(contentsOf: word)
            list.append(String(decoding: word, as: UTF8.self))
            return n
        }
        @discardableResult
        func add(_ w: String) -> Int32 {
            if !w.isEmpty, w.utf8.allSatisfy({ $0 < 0x80 }) {
                var w = w
                return w.withUTF8 { add(ascii: $0) }
            }
            if let n = numbers[w] { return n }
            let n = Int32(list.count)
            numbers[w] = n
            starts.append(Int32(bytes.count))
            lengths.append(0)
            list.append(w)
            return n
        }
        // The fixed words first, so that each has the same number in every lexicon.
        for w in FixedWord.allCases {
            let n = add(w.text)
            precondition(n == w.rawValue, "fixed word \(w.text) numbered \(n)")
        }
        for phrase in phrases {
            var phrase = phrase
            let ascii = phrase.utf8.allSatisfy { $0 < 0x80 }
            phraseWords.append(
                ascii
                    ? phrase.withUTF8 { buffer in
                        // The words between single spaces, read in place.
                        var out: [Int32] = []
                        var start = 0
                        for i in 0...buffer.count where i == buffer.count || buffer[i] == UInt8(ascii: " ") {
                            if i > start { out.append(add(ascii: UnsafeBufferPointer(rebasing: buffer[start..<i]))) }
                            start = i + 1
                        }
                        return out
                    }
                    : phrase.split(separator: " ").map { add(String($0)) })
        }
        for w in WordClass.table.keys { add(w) }
        for w in WordClass.holdingSuffixes { add(w) }
        var listed: [Int32: WordList] = [:]
        for (list, words) in lists { for w in words { listed[add(w), default: []].insert(list) } }
        // Every ASCII mark, so that punctuation tokens share their text too.
        for b in UInt8(33)...UInt8(126) where !Tokenizer.isWordByte(b) { add(String(UnicodeScalar(b))) }

        self.slots = slots
        self.slotMask = mask
        self.bytes = bytes
        self.starts = starts
        self.lengths = lengths
        self.numbers = numbers
        self.words = list
        let capitalized: [String] = (0..<list.count).map { w in
            let length = Int(lengths[w])
            let start = Int(starts[w])
            guard length > 0, bytes[start] >= UInt8(ascii: "a"), bytes[start] <= UInt8(ascii: "z") else { return "" }
            return String(unsafeUninitializedCapacity: length) { out in
                for k in 0..<length { out[k] = bytes[start + k] }
                out[0] -= 32
                return length
            }
        }
        self.capitalized = capitalized
        // Only a listed word, a possessive or a hyphenated word has classes (as `WordClass.of` says);
        // the tens of thousands of place words are skipped by a byte test.
        let classes = list.map { w in
            WordClass.table[w] ?? (w.utf8.contains { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") } ? WordClass.of(w) : [])
        }
        self.classes = classes
        let listedByNumber = (0..<list.count).map { listed[Int32($0)] ?? [] }
        self.listed = listedByNumber
        wordStrings = .allocate(capacity: list.count)
        wordStrings.initialize(from: list, count: list.count)
        capitalizedStrings = .allocate(capacity: list.count)
        capitalizedStrings.initialize(from: capitalized, count: list.count)
        probe = Probe(
            slots: slots, slotMask: mask, bytes: bytes, starts: starts, lengths: lengths, classes: classes, listed: listedByNumber,
            wordStrings: wordStrings, capitalizedStrings: capitalizedStrings)
    }

    deinit {
        wordStrings.deinitialize(count: words.count)
        wordStrings.deallocate()
        capitalizedStrings.deinitialize(count: words.count)
        capitalizedStrings.deallocate()
        probe.deallocate()
    }

    /// The tables the tokenizer reads for every token, as plain pointers.
    let probe: Probe

    /// The lexicon's tables as pointers into copies that live as long as the lexicon: the
    /// tokenizer looks a token's word up and reads its lists through one, which, unlike the
    /// lexicon's arrays, retains nothing and checks no bounds on each read. Plain data; only valid
    /// while its lexicon lives (the tokenizer holds the lexicon through `TokenStrings`).
    struct Probe: @unchecked Sendable {
        // Unchecked for its pointers, written once, when the lexicon makes it.
        let slots: UnsafeMutablePointer<Int32>
        let slotMask: Int
        let bytes: UnsafeMutablePointer<UInt8>
        let starts: UnsafeMutablePointer<Int32>
        let lengths: UnsafeMutablePointer<Int32>
        let classes: UnsafeMutablePointer<WordClass>
        let listed: UnsafeMutablePointer<WordList>
        let wordStrings: UnsafeMutablePointer<String>
        let capitalizedStrings: UnsafeMutablePointer<String>

        fileprivate init(
            slots: [Int32], slotMask: Int, bytes: [UInt8], starts: [Int32], lengths: [Int32], classes: [WordClass], listed: [WordList],
            wordStrings: UnsafeMutablePointer<String>, capitalizedStrings: UnsafeMutablePointer<String>
        ) {
            func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
                let out = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
                out.initialize(from: array, count: array.count)
                return out
            }
            self.slots = copy(slots)
            self.slotMask = slotMask
            // The words' bytes with `Probe.padding` zero bytes after the last, so that a word is
            // compared eight bytes at a time without reading past the copy.
            let padded = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + Probe.padding)
            padded.initialize(from: bytes, count: bytes.count)
            (padded + bytes.count).initialize(repeating: 0, count: Probe.padding)
            self.bytes = padded
            self.starts = copy(starts)
            self.lengths = copy(lengths)
            self.classes = copy(classes)
            self.listed = copy(listed)
            self.wordStrings = wordStrings
            self.capitalizedStrings = capitalizedStrings
        }

        /// Frees the copies (the strings are the lexicon's own, freed with it). Plain-data
        /// element types: nothing to deinitialize.
        fileprivate func deallocate() {
            slots.deallocate()
            bytes.deallocate()
            starts.deallocate()
            lengths.deallocate()
            classes.deallocate()
            listed.deallocate()
        }

        /// How many bytes past a word `number(padded:count:hash:)` may read: one load of eight.
        static let padding = 8

        /// As `number(ascii:count:hash:)`, for a word whose memory may be read `padding` bytes past
        /// its end, whatever they hold (the tokenizer's scratch space): the bytes are compared
        /// eight at a time, the bytes past the word masked off, instead of one by one.
        @inline(__always)
        func number(padded lower: UnsafePointer<UInt8>, count: Int, hash: UInt64) -> Int32 {
            var slot = Int(truncatingIfNeeded: hash) & slotMask
            while true {
                let entry = slots[slot]
                if entry == 0 { return Lexicon.unknown }
                let w = Int(entry - 1)
                if Int(lengths[w]) == count, Probe.sameBytes(bytes + Int(starts[w]), lower, count) { return Int32(w) }
                slot = (slot + 1) & slotMask
            }
        }

        /// Whether `a[0..<count]` and `b[0..<count]` are the same bytes, read eight at a time;
        /// both may be read up to `padding` bytes past `count`.
        @inline(__always)
        static func sameBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
            let a = UnsafeRawPointer(a)
            let b = UnsafeRawPointer(b)
            var k = 0
            while count - k > 8 {
                if a.loadUnaligned(fromByteOffset: k, as: UInt64.self) != b.loadUnaligned(fromByteOffset: k, as: UInt64.self) { return false }
                k += 8
            }
            // The last one to eight bytes (none for an empty word); little-endian, so the bytes
            // past the word are the high ones.
            let rest = count - k
            let x =
                UInt64(littleEndian: a.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                ^ UInt64(littleEndian: b.loadUnaligned(fromByteOffset: k, as: UInt64.self))
            let mask: UInt64 = rest >= 8 ? ~0 : (1 << UInt64(8 * rest)) &- 1
            return x & mask == 0
        }

        /// As `Lexicon.number(ascii:count:hash:)`.
        @inline(__always)
        func number(ascii lower: UnsafePointer<UInt8>, count: Int, hash: UInt64) -> Int32 {
            var slot = Int(truncatingIfNeeded: hash) & slotMask
            while true {
                let entry = slots[slot]
                if entry == 0 { return Lexicon.unknown }
                let w = Int(entry - 1)
                if Int(lengths[w]) == count {
                    let stored = bytes + Int(starts[w])
                    var k = 0
                    while k < count, stored[k] == lower[k] { k += 1 }
                    if k == count { return Int32(w) }
                }
                slot = (slot + 1) & slotMask
            }
        }
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
        if !word.isEmpty, word.utf8.allSatisfy({ $0 < 0x80 }) {
            var word = word
            return word.withUTF8 { buffer in
                var h = Lexicon.seed
                for b in buffer { h = Lexicon.mix(h, b) }
                return number(ascii: buffer.baseAddress!, count: buffer.count, hash: h)
            }
        }
        return numbers[word] ?? Lexicon.unknown
    }

    func number<S: StringProtocol>(_ word: S) -> Int32 {
        number(String(word))
    }
}
