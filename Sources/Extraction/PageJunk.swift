/// Recognises the parts of a scraped page that are not the article: donation and subscription
/// boxes, cookie and comment prompts, menus, bylines, photo credits, "related" lists.
/// It errs on the side of keeping text: a line is dropped only on a phrase that real news
/// sentences do not use, or when it is short and reads like a page element.
struct PageJunk: Sendable {
    /// `lines`: phrases (lowercase) that mark a line as page furniture wherever they occur, and,
    /// prefixed "short:", phrases that mark a short line when it begins with them.
    init(lines: [String]) {
        var phrases: [String] = []
        var short: [String] = []
        for line in lines {
            if line.hasPrefix("short:") {
                short.append(String(line.dropFirst(6)).trimmingSpaces())
            } else {
                phrases.append(line)
            }
        }
        let phraseBytes = phrases.map { Array($0.utf8) }.filter { $0.count >= 2 }
        let keyLength = min(PageJunk.longestKey, phraseBytes.map(\.count).min() ?? PageJunk.longestKey)
        var byKey: [Int: [[UInt8]]] = [:]
        for bytes in phraseBytes {
            let key = bytes[..<keyLength].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            byKey[PageJunk.slot(key), default: []].append(bytes)
        }
        var table = [UInt16](repeating: 0, count: 1 << PageJunk.slotBits)
        var buckets: [[[UInt8]]] = []
        for (slot, list) in byKey {
            buckets.append(list)
            table[slot] = UInt16(buckets.count)
        }
        // The skip table: each key of the first `window` bytes of a phrase, with how far its place
        // is from the window's last key; a key of no phrase lets the search skip a whole window.
        let window = phraseBytes.map(\.count).min() ?? keyLength
        var shifts = [UInt8](repeating: UInt8(min(window - keyLength + 1, Int(UInt8.max))), count: 1 << PageJunk.shiftBits)
        for bytes in phraseBytes {
            for p in 0...(window - keyLength) {
                let key = bytes[p..<p + keyLength].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                let slot = PageJunk.shiftSlot(key)
                shifts[slot] = min(shifts[slot], UInt8(min(window - keyLength - p, Int(UInt8.max))))
            }
        }
        self.keyLength = keyLength
        self.window = window
        self.shiftTable = shifts
        self.prefixTable = table
        self.buckets = buckets
        self.shortPhraseBytes = short.map { (Array($0.utf8), $0.unicodeScalars.contains { $0.properties.isAlphabetic }) }
    }

    /// A phrase is looked for where the text's next `keyLength` bytes hash to its slot: the first
    /// four bytes (or all of the shortest phrase), so that common pairs of letters ("re", "th")
    /// that begin a phrase do not send every such place in the text to a comparison.
    private let keyLength: Int
    static let longestKey = 4
    /// Slots of the table: with some fifty phrases in 65,536, a place in the text that begins no
    /// phrase seldom hashes to one.
    static let slotBits = 16
    /// Hash of a key (up to four bytes) to 1 + index into `buckets`, 0 for none: one array read
    /// per byte of text.
    private let prefixTable: [UInt16]
    /// The length of the shortest phrase: the search looks at the text a window of this many
    /// bytes at a time (Wu and Manber's skip search).
    private let window: Int
    /// Hash of a key to how far the window may move when the key ends it: 0 where a phrase may
    /// start at the window (the prefix table is then read), one more than the window less the key
    /// where no phrase has the key among its first `window` bytes (most places of a line).
    private let shiftTable: [UInt8]
    static let shiftBits = 12
    private let buckets: [[[UInt8]]]
    /// Short-line phrases, and whether each has letters (a symbol such as "©" counts anywhere).
    private let shortPhraseBytes: [([UInt8], Bool)]

    /// Headers of the lists of other stories that pages put beside or after an article.
    static let listHeaders: [[UInt8]] = WordLists.pageListHeaders.map { Array($0.utf8) }

    /// Whether a junk line heads a list of other stories.
    func opensList(lineBytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = lineBytes.drop { $0 == 32 || $0 == 9 }.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        return Self.listHeaders.contains { lower.starts(with: $0) }
    }

    /// A line that reads like a listed headline: short, and not ended like a sentence.
    static func isListItem(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = line.count
        while end > 0, line[end - 1] == 32 || line[end - 1] == 13 || line[end - 1] == 9 { end -= 1 }
        guard end > 0 else { return true }
        let last = line[end - 1]
        if last == 46 || last == 33 || last == 63 || last == 34 { return false }  // . ! ? "
        if end >= 3, line[end - 3] == 0xE2, line[end - 2] == 0x80, line[end - 1] == 0x9D { return false }  // ”
        let words = line[..<end].split(whereSeparator: { $0 == 32 || $0 == 9 }).count
        return words <= 16
    }

    /// Menu items one to a line ("World", "Middle East", "Russia"): this many short lines in a row
    /// are a menu; an article seldom has even two lines of a few words without a full stop.
    static let menuRunLines = 3
    /// The most words of one menu item.
    static let menuItemWords = 3
    /// Separators of a menu written on one line ("World | Africa | Russia | China"): this many
    /// make the line a menu, where a headline and a site's name have one or two.
    static let menuSeparators = 3

    /// A line that reads like a menu item: a few words, not ended like a sentence.
    static func isMenuItem(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = line.count
        while end > 0, line[end - 1] == 32 || line[end - 1] == 13 || line[end - 1] == 9 { end -= 1 }
        guard end > 0 else { return false }
        let last = line[end - 1]
        if last == 46 || last == 33 || last == 63 || last == 34 || last == 58 || last == 44 { return false }  // . ! ? " : ,
        return line[..<end].split(whereSeparator: { $0 == 32 || $0 == 9 }).count <= menuItemWords
    }

    /// Whether a line is a menu of items between separators: "Home | World | Russia | China".
    static func isSeparatedMenu(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most lines have no byte of a separator at all: told eight bytes at a time, before the
        // byte-by-byte count (some seven instructions a byte of every line).
        guard mayHoldSeparator(line) else { return false }
        var separators = 0
        var k = 0
        while k + 2 < line.count {
            // " | ", " • " (E2 80 A2), " · " (C2 B7) between items.
            if line[k] == 32 {
                if line[k + 1] == 124, line[k + 2] == 32 {
                    separators += 1
                } else if k + 4 < line.count, line[k + 1] == 0xE2, line[k + 2] == 0x80, line[k + 3] == 0xA2, line[k + 4] == 32 {
                    separators += 1
                } else if k + 3 < line.count, line[k + 1] == 0xC2, line[k + 2] == 0xB7, line[k + 3] == 32 {
                    separators += 1
                }
            }
            k += 1
        }
        return separators >= menuSeparators
    }

    /// Whether the line has a byte that every separator has: "|", the last byte of "•" (E2 80 A2),
    /// the second of "·" (C2 B7). A line without one has no separator.
    static func mayHoldSeparator(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= line.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if LineBreaks.hasByte(word, 0x7C) || LineBreaks.hasByte(word, 0xA2) || LineBreaks.hasByte(word, 0xB7) { return true }
            i += 8
        }
        while i < line.count {
            if line[i] == 0x7C || line[i] == 0xA2 || line[i] == 0xB7 { return true }
            i += 1
        }
        return false
    }

    /// The fewest words of a section menu written as one line: fewer could be a short headline.
    static let sectionMenuWords = 4

    /// Whether a line is a site's section menu without separators: "World Africa Asia Australia
    /// Europe Middle East US & Canada". Every word is capitalised (a headline in title case still
    /// has its lowercase "to", "in", "of" more often than not, and a sentence has verbs), the line
    /// ends without a sentence's mark, and at least half its words are section words. A state's
    /// name among the items is then a menu entry, not a mention.
    static func isSectionMenu(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = line.count
        while end > 0, line[end - 1] == 32 || line[end - 1] == 13 || line[end - 1] == 9 { end -= 1 }
        guard end > 0, ![46, 33, 63, 34, 58, 44].contains(line[end - 1]) else { return false }  // . ! ? " : ,
        // Cheap first: most lines of an article have a lowercase word early on.
        var atWordStart = true
        for k in 0..<end {
            let b = line[k]
            if b == 32 || b == 9 || b == 47 || b == 124 {  // space, tab, "/", "|"
                atWordStart = true
                continue
            }
            if atWordStart, b >= 97, b <= 122 { return false }
            atWordStart = false
        }
        let words = line[..<end].split(whereSeparator: { $0 == 32 || $0 == 9 || $0 == 47 || $0 == 124 })
            .filter { word in word.contains { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 >= 0xC0 } }
        guard words.count >= sectionMenuWords else { return false }
        let sectionWords = words.count { WordLists.menuSectionWords.contains(String(decoding: $0, as: UTF8.self).lowercased()) }
        return 2 * sectionWords >= words.count
    }

    /// What of a line is the article.
    enum Verdict: Equatable, Sendable {
        case article
        case furniture
        /// The sentences before a credit or a box that the page ran on into the paragraph ("...
        /// agreed on trade. Reporting by A; editing by B"): the first `count` bytes.
        case articleUpTo(Int)
    }

    /// What of a line (its bytes, read in place) is the article.
    func verdict(lineBytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        // ASCII-lowercased bytes are enough for the phrases, which are ASCII or symbols; they are
        // lowered into scratch space on the stack (a line is seldom more than a few kilobytes).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(lineBytes.count, 1)) { scratch in
            // Three loops that each stop as early as they can, rather than one that tests every
            // byte three ways: the first letter is near the start of a line, and words are
            // counted only as far as a short line goes.
            for k in 0..<lineBytes.count {
                let b = lineBytes[k]
                scratch[k] = b &- 65 < 26 ? b | 0x20 : b
            }
            let hasLetter = lineBytes.contains { b in (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0xC0 }
            return verdict(
                lowered: UnsafeBufferPointer(rebasing: scratch[0..<lineBytes.count]), words: Self.shortLineWordCount(lineBytes), hasLetter: hasLetter)
        }
    }

    /// The words of a line (runs of bytes other than space, tab and carriage return), counted
    /// eight bytes at a time until there are more than `shortLineWords`: then some number more
    /// than that, which is all the verdict asks. Byte by byte, the count cost some ten
    /// instructions a byte of every line's first words.
    static func shortLineWordCount(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        let n = line.count
        var words = 0
        // Bit 7: the byte before the next eight is a space, or the line starts there.
        var afterSpace: UInt64 = 0x80
        var k = 0
        if let base = line.baseAddress {
            let raw = UnsafeRawPointer(base)
            while k + 8 <= n, words <= shortLineWords {
                let spaces = PageJunk.spaces(raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                // A word starts at a byte other than a space after a space.
                words += (~spaces & highBits & (spaces << 8 | afterSpace)).nonzeroBitCount
                afterSpace = spaces >> 56
                k += 8
            }
        }
        var inWord = afterSpace == 0
        while k < n, words <= shortLineWords {
            let b = line[k]
            let isSpace = b == 32 || b == 9 || b == 13
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
            k += 1
        }
        return words
    }

    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The top bit of each of eight bytes that is a space, a tab or a carriage return.
    @inline(__always) static func spaces(_ x: UInt64) -> UInt64 {
        zeroBytes(x ^ 0x2020_2020_2020_2020) | zeroBytes(x ^ 0x0909_0909_0909_0909) | zeroBytes(x ^ 0x0D0D_0D0D_0D0D_0D0D)
    }

    /// The top bit of each of eight bytes that is 0, exactly (no carry runs between bytes).
    @inline(__always) static func zeroBytes(_ t: UInt64) -> UInt64 {
        ~((t & lowBits) &+ lowBits | t) & highBits
    }

    private func verdict(lowered bytes: UnsafeBufferPointer<UInt8>, words: Int, hasLetter: Bool) -> Verdict {
        if !hasLetter || opensLikeFurniture(bytes, words: words) { return .furniture }
        if let at = firstPhrase(bytes) {
            let kept = sentenceStart(before: at, in: bytes)
            return kept > 0 ? .articleUpTo(kept) : .furniture
        }
        return .article
    }

    /// Where the sentence holding byte `at` begins: after the last ". ", "! " or "? " before
    /// it (a closing quote may follow the mark), or 0 when it is the line's first sentence.
    private func sentenceStart(before at: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var k = at - 1
        while k > 0 {
            if bytes[k] == 32, PageJunk.endsSentence(bytes, at: k - 1) { return k }
            k -= 1
        }
        return 0
    }

    /// Whether the byte at `k` ends a sentence: ".", "!" or "?", or a closing quote after one.
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        func isMark(_ b: UInt8) -> Bool { b == 46 || b == 33 || b == 63 }
        if isMark(bytes[k]) { return true }
        if bytes[k] == 34, k >= 1 { return isMark(bytes[k - 1]) }  // ."
        if bytes[k] == 0x9D, k >= 3, bytes[k - 1] == 0x80, bytes[k - 2] == 0xE2 { return isMark(bytes[k - 3]) }  // .”
        return false
    }

    /// Lines told by how they open: archive captions at any length; menus, widgets and bylines
    /// when short.
    private func opensLikeFurniture(_ bytes: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        // Archive photo captions: "FILE - Russian President Vladimir Putin, right, and ...".
        if bytes.starts(with: PageJunk.fileDash) || bytes.starts(with: PageJunk.filePhoto) { return true }
        // A byline among a page's fields set apart by bars, however long the line: "Toronto
        // Paper | By Jane Doe and John Roe | March 15, 2002", "March 15, 2002|By Jane Doe".
        if bytes.last != 46, PageJunk.hasBylineAfterBar(bytes) { return true }
        if words <= Self.shortLineWords {
            var start = 0
            while start < bytes.count, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
            let trimmed = bytes[start...]
            // Menus and widgets begin with their word ("Home", "Read more", "Photo: ..."); a symbol
            // such as "©" or "°C" marks a widget wherever it stands.
            for (phrase, hasLetters) in shortPhraseBytes {
                if hasLetters ? trimmed.starts(with: phrase) : PageJunk.find(phrase, in: bytes) { return true }
            }
            // Bylines: "By Asbarez | Monday, 15 April 2019", "By Jane Doe, Reuters".
            if trimmed.starts(with: PageJunk.byline), bytes.last != 46 { return true }
        }
        return false
    }

    /// The most words of a line that menus, widgets and bylines are told by their opening.
    static let shortLineWords = 8

    /// The openings of archive captions and bylines, as bytes once rather than for every line.
    private static let fileDash = Array("file - ".utf8)
    private static let filePhoto = Array("file photo".utf8)
    private static let byline = Array("by ".utf8)

    /// Where the first phrase occurs in the line. The line is read a window (the shortest
    /// phrase's length) at a time: the key of the window's last bytes says how far the window
    /// can move without passing a phrase's start (seldom less than the whole window), and only
    /// where it cannot move at all are the phrases with the window's first key compared. The
    /// window moves forward one place at least, so the first phrase found starts first: about
    /// four bytes of text a step, where a key rolled over every byte cost 12 instructions a byte.
    func firstPhrase(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // A phrase is `window` bytes at least: a shorter line holds none.
        guard bytes.count >= window else { return nil }
        let q = keyLength
        let lastKey = window - q
        return shiftTable.withUnsafeBufferPointer { shifts in
            prefixTable.withUnsafeBufferPointer { prefixTable in
                var at = 0
                let lastStart = bytes.count - window
                while at <= lastStart {
                    let shift = Int(shifts[PageJunk.shiftSlot(PageJunk.key(bytes, at + lastKey, q))])
                    if shift > 0 {
                        at += shift
                        continue
                    }
                    let slot = Int(prefixTable[PageJunk.slot(PageJunk.key(bytes, at, q))])
                    if slot > 0, phrase(in: slot - 1, at: at, of: bytes) { return at }
                    at += 1
                }
                return nil
            }
        }
    }

    /// The key of the `q` bytes (one to four) from `i`: the first byte highest.
    @inline(__always) private static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ q: Int) -> UInt32 {
        if q == 4 { return UInt32(bigEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt32.self)) }
        var key: UInt32 = 0
        for k in i..<i + q { key = key << 8 | UInt32(bytes[k]) }
        return key
    }

    /// The slot of a key in the skip table: another multiplicative hash, its top bits.
    @inline(__always) private static func shiftSlot(_ key: UInt32) -> Int {
        Int((key &* 0x85EB_CA6B) >> (32 - UInt32(shiftBits)))
    }

    /// Whether a phrase of bucket `bucket` starts at byte `i` of `bytes`.
    @inline(never)
    private func phrase(in bucket: Int, at i: Int, of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for p in buckets[bucket] where p.count <= bytes.count - i {
            var k = 0
            while k < p.count && bytes[i + k] == p[k] { k += 1 }
            if k == p.count { return true }
        }
        return false
    }

    /// The slot of a key: a multiplicative hash, its top bits.
    @inline(__always) private static func slot(_ key: UInt32) -> Int {
        Int((key &* 0x9E37_79B1) >> (32 - UInt32(slotBits)))
    }

    /// Whether "by " follows a bar ("|") in the lowered line, with a space between or none. The
    /// bar is looked for first: most lines have none, and are read once for it.
    static func hasBylineAfterBar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while let bar = bytes[k...].firstIndex(of: UInt8(ascii: "|")) {
            var i = bar + 1
            if i < bytes.count, bytes[i] == 32 { i += 1 }
            if bytes[i...].starts(with: byline) { return true }
            k = bar + 1
        }
        return false
    }

    /// Whether `needle` occurs in `haystack` (both UTF-8 bytes).
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count
        let h = haystack.count
        guard n > 0, n <= h else { return false }
        var i = 0
        while i <= h - n {
            if haystack[i] == needle[0] {
                var k = 1
                while k < n && haystack[i + k] == needle[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}
