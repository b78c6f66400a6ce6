/// Splits a span of UTF-8 text into tokens. Works on bytes: ASCII is classified by table,
/// and any non-ASCII scalar is taken to be part of a word (letters of other scripts, accents),
/// except typographic quotes and dashes, which are punctuation.
enum Tokenizer {
    /// With a lexicon, each token carries its word's number in it, and its word classes are the
    /// lexicon's; without one (the gazetteer's own keys, tests), the classes are looked up by string.
    /// The tokens' strings go into strings that are never freed: for tests and callers that keep
    /// tokens; per article, use `tokens(_:from:to:into:)`.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, lexicon: Lexicon? = nil) -> [Token] {
        tokens(bytes, from: start, to: end, into: TokenStrings.unfreed(lexicon: lexicon))
    }

    /// The tokens of `bytes[start..<end]`, numbered by `strings.lexicon`, their strings kept in
    /// `strings`, which the caller keeps alive for as long as it reads them.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into strings: TokenStrings) -> [Token] {
        // Room to lowercase any token of the span, made once for the span rather than once per
        // token (a closure per token also retained and released the lexicon it captured).
        // Room past the longest token too, which the lexicon's probe may read (`Lexicon.Probe.padding`).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(end - start, 1) + Lexicon.Probe.padding) { scratch in
            scratch.initialize(repeating: 0)
            return tokens(bytes, from: start, to: end, into: strings, scratch: scratch)
        }
    }

    private static func tokens(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into strings: TokenStrings, scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> [Token] {
        // The lexicon's tables as plain pointers, read once per span: a token made with the lexicon
        // itself retained and released it.
        let lexicon = strings.lexicon?.probe
        // Read once per span: a static's every read is a check that it was made.
        let wordLower = Self.wordByteLower
        var out: [Token] = []
        // News text averages some five bytes a token; a fourth spares most lines a second allocation.
        out.reserveCapacity((end - start) / 4)
        var i = start
        var sawSpace = true
        while i < end {
            let b = bytes[i]
            if b == 32 || b == 9 || b == 10 || b == 13 {
                sawSpace = true
                i += 1
                continue
            }
            let width = scalarWidth(b)
            if b >= 0x80, let punct = nonASCIIPunctuation(bytes, i, end) {
                if punct == .space {
                    sawSpace = true
                    i += width
                    continue
                }
                out.append(make(bytes, i, i + width, .punctuation, sawSpace, lexicon, strings, scratch, marks: .nonASCII, folded: Folded()))
                sawSpace = false
                i += width
                continue
            }
            if isWordByte(b) || b >= 0x80 {
                var j = i
                // What the scan meets besides letters and digits, told to `make` so that it does
                // not look for it again byte by byte.
                var marks: Marks = b >= 0x80 ? .nonASCII : []
                // Each ASCII byte taken is lowercased into `scratch` and hashed as it is met, in
                // this one pass (a token with a byte outside ASCII is made apart, without them).
                var folded = Folded()
                while j < end {
                    let c = bytes[j]
                    // A letter or digit, and its lowercase form, by one load from the table.
                    let l = wordLower[Int(c)]
                    if l != 0 {
                        folded.take(c, lowered: l, at: j &- i, scratch)
                        j += 1
                        continue
                    }
                    if c >= 0x80 {
                        if let p = nonASCIIPunctuation(bytes, j, end) {
                            // A curly apostrophe inside a word: "Russia’s".
                            if p == .apostrophe, j + 3 < end, isWordByte(bytes[j + 3]) {
                                marks.insert(.nonASCII)
                                j += 3
                                continue
                            }
                            break
                        }
                        // A sequence cut short by the end of the span (bytes that are not UTF-8)
                        // ends there: a token never reaches past its span.
                        marks.insert(.nonASCII)
                        j = min(j + scalarWidth(c), end)
                        continue
                    }
                    // Hyphen and apostrophe between letters join: "Jae-in", "d'affaires", "Russia's".
                    if c == 45 || c == 39, j + 1 < end, isWordByte(bytes[j + 1]) || bytes[j + 1] >= 0xC0 {
                        marks.insert(c == 45 ? .hyphen : .apostrophe)
                        folded.take(c, at: j - i, scratch)
                        j += 1
                        continue
                    }
                    // Initialisms: "U.S.", "U.N." (single letters separated by periods).
                    if c == 46, j - i == 1, j + 2 < end, isLetter(bytes[j + 1]), bytes[j + 2] == 46 {
                        let from = j
                        j += 3
                        while j + 1 < end, isLetter(bytes[j]), bytes[j + 1] == 46 { j += 2 }
                        for k in from..<j { folded.take(bytes[k], at: k - i, scratch) }
                        break
                    }
                    break
                }
                // Only a token that begins with a digit may be a number: most begin with a letter,
                // and are not walked a second time.
                let allDigits = b &- 48 < 10 && (i..<j).allSatisfy { bytes[$0] >= 48 && bytes[$0] <= 57 }
                out.append(make(bytes, i, j, allDigits ? .number : .word, sawSpace, lexicon, strings, scratch, marks: marks, folded: folded))
                sawSpace = false
                i = j
                continue
            }
            let marks: Marks = b == 45 ? .hyphen : b == 39 ? .apostrophe : []
            var folded = Folded()
            folded.take(b, at: 0, scratch)
            out.append(make(bytes, i, i + 1, .punctuation, sawSpace, lexicon, strings, scratch, marks: marks, folded: folded))
            sawSpace = false
            i += 1
        }
        return out
    }

    enum Punct { case apostrophe, quote, dash, space, other }

    /// What a token's bytes hold besides letters, digits and full stops, as the tokenizer's scan
    /// found it: a byte outside ASCII, an ASCII hyphen, an ASCII apostrophe.
    struct Marks: OptionSet {
        let rawValue: UInt8
        static let nonASCII = Marks(rawValue: 1)
        static let hyphen = Marks(rawValue: 2)
        static let apostrophe = Marks(rawValue: 4)
    }

    /// An ASCII token's bytes as the scan took them: lowercased into the scratch space (from its
    /// start), the lowercase bytes hashed for the lexicon, and whether any byte was a capital.
    struct Folded {
        var hash = Lexicon.seed
        /// Each byte's difference from its lowercase form, or-ed: not 0 for a capital.
        var changed: UInt8 = 0

        @inline(__always) mutating func take(_ b: UInt8, at k: Int, _ scratch: UnsafeMutableBufferPointer<UInt8>) {
            take(b, lowered: b &- 65 < 26 ? b | 0x20 : b, at: k, scratch)
        }

        /// `take(b, at:)` with `l`, the lowercase form of `b`, already at hand.
        @inline(__always) mutating func take(_ b: UInt8, lowered l: UInt8, at k: Int, _ scratch: UnsafeMutableBufferPointer<UInt8>) {
            scratch[k] = l
            hash = Lexicon.mix(hash, l)
            changed |= b ^ l
        }
    }

    /// For each byte value, its lowercase form if it is an ASCII letter or digit (`isWordByte`),
    /// and 0 for every other byte: the scan of a word tests and lowers each byte with one load
    /// instead of three range tests and a fourth for the capitals (some 25 instructions a byte of
    /// a word before, with its hashing). Made once, never freed; unsafe only in name, for it is
    /// never written after it is made.
    nonisolated(unsafe) static let wordByteLower: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 {
            let byte = UInt8(b)
            table[b] = isWordByte(byte) ? (byte &- 65 < 26 ? byte | 0x20 : byte) : 0
        }
        return UnsafePointer(table)
    }()

    @inline(__always) static func scalarWidth(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        isLetter(b) || (b >= 48 && b <= 57)
    }

    /// Classifies the common non-ASCII punctuation of news text.
    static func nonASCIIPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Punct? {
        let b = bytes[i]
        if b == 0xC2, i + 1 < end {
            switch bytes[i + 1] {
            case 0xA0: return .space  // no-break space
            case 0xAB, 0xBB: return .quote  // « »
            case 0xB7, 0xA9, 0xAE, 0xB0, 0xA7, 0xB6: return .other
            default: return nil
            }
        }
        guard b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 || bytes[i + 1] == 0x82 || bytes[i + 1] == 0x84 || bytes[i + 1] == 0x96
        else { return nil }
        if bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x98, 0x99: return .apostrophe  // ‘ ’
            case 0x9C, 0x9D, 0x9E: return .quote  // “ ” „
            case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: return .dash
            case 0x80...0x8B, 0xAF: return .space  // en/em spaces, thin spaces
            default: return .other  // •, …, and the like
            }
        }
        return .other
    }

    /// Lowercase with typographic apostrophes made plain, so "Russia’s" and "Russia's" look alike.
    static func normalizedLower(_ text: String) -> String {
        let lower = lowercased(text)
        return lower.utf8.contains(0xE2)
            ? String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 })) : lower
    }

    static func make(
        _ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ kind: Token.Kind, _ space: Bool,
        _ lexicon: Lexicon.Probe?, _ strings: TokenStrings, _ scratch: UnsafeMutableBufferPointer<UInt8>, marks: Marks,
        folded: Folded
    ) -> Token {
        let slice = UnsafeBufferPointer(rebasing: bytes[s..<e])
        // A token with a byte outside ASCII, which the scan saw, is made apart.
        if marks.contains(.nonASCII) { return makeNonASCII(slice, s, e, kind, space, strings) }
        // ASCII, the common case, the scan has lowercased (into `scratch`) and hashed as it cut the
        // token. Only a word has capitals: a number is digits, a mark one byte. An apostrophe
        // (possessives) or a hyphen ("Russian-held") the scan found too.
        let h = folded.hash
        let hasUpper = folded.changed != 0
        let hyphen = marks.contains(.hyphen)
        let joined = hyphen || marks.contains(.apostrophe)
        let first = slice[0]
        let lowered = kind == .word && hasUpper
        if let lexicon {
            // The scratch space holds the lowercase bytes whether or not any was a capital, with
            // room after them for the probe's reads.
            let lower = UnsafeBufferPointer(rebasing: scratch[0..<slice.count])
            return known(slice, lower, lowered: lowered, hash: h, s, e, kind, space, joined, hyphen, lexicon, strings)
        }
        let text = String(decoding: slice, as: UTF8.self)
        let lower = lowered ? lowercased(slice) : text
        let textString = strings.add(text)
        return Token(
            start: s, end: e, textString: textString, lowerString: lowered ? strings.add(lower) : textString,
            classes: kind == .word ? WordClass.of(lower) : [], kind: kind, isCapitalized: first >= 65 && first <= 90, spaceBefore: space,
            firstByte: first, hasHyphen: hyphen)
    }

    /// A token with bytes outside ASCII, kept out of line: its `Character` and Unicode property
    /// work would otherwise be set up on every call for the ASCII tokens too.
    @inline(never)
    private static func makeNonASCII(
        _ slice: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ kind: Token.Kind, _ space: Bool, _ strings: TokenStrings
    ) -> Token {
        let lexicon = strings.lexicon
        let text = String(decoding: slice, as: UTF8.self)
        let first = text.unicodeScalars.first
        let capitalized = first.map { $0.properties.isUppercase } ?? false
        let lower = kind == .word ? normalizedLower(text) : text
        // Its own strings even for a word the lexicon holds: its lowercase form may be the
        // lexicon's word in other bytes (an accent composed or decomposed).
        let textString = strings.add(text)
        var token = Token(
            start: s, end: e, textString: textString, lowerString: kind == .word ? strings.add(lower) : textString,
            classes: [], kind: kind, isCapitalized: capitalized, spaceBefore: space)
        token.firstByte = slice[0]
        token.hasHyphen = slice.contains(UInt8(ascii: "-"))
        if let lexicon {
            token.numbered = true
            token.word = lexicon.number(lower)
            if token.word != Lexicon.unknown { token.lists = lexicon.listed[Int(token.word)] }
            // The last byte first: `hasSuffix` compares `Character`s, and most words end in neither.
            let lastByte = lower.utf8.last
            if lastByte == UInt8(ascii: "s") || lastByte == UInt8(ascii: "'"), lower.hasSuffix("'s") || lower.hasSuffix("'") {
                token.stem = lexicon.number(lower.hasSuffix("'s") ? lower.dropLast(2) : lower.dropLast(1))
            }
            if kind == .word {
                token.classes = token.word != Lexicon.unknown ? lexicon.classes[Int(token.word)] : WordClass.of(lower)
            }
        } else if kind == .word {
            token.classes = WordClass.of(lower)
        }
        return token
    }

    /// An ASCII token, its word looked up from its lowercase bytes `lower` (in the scratch space,
    /// readable `Lexicon.Probe.padding` bytes past the word; `lowered` when they differ from the
    /// text): a word the lexicon holds takes the lexicon's string as its lowercase form (and as its
    /// text when written in lowercase), so that no string is made for it.
    private static func known(
        _ slice: UnsafeBufferPointer<UInt8>, _ lower: UnsafeBufferPointer<UInt8>, lowered: Bool, hash h: UInt64, _ s: Int, _ e: Int,
        _ kind: Token.Kind, _ space: Bool, _ joined: Bool, _ hyphen: Bool, _ lexicon: Lexicon.Probe, _ strings: TokenStrings
    ) -> Token {
        let word = lexicon.number(padded: lower.baseAddress!, count: lower.count, hash: h)
        let stem = joined ? asciiStem(lower, lexicon) : Lexicon.unknown
        let lowerString: UnsafePointer<String>
        let textString: UnsafePointer<String>
        var classes: WordClass = []
        if word != Lexicon.unknown {
            lowerString = UnsafePointer(lexicon.wordStrings + Int(word))
            // "Paris", "The": a known word capitalized shares the lexicon's capitalized form.
            let capitalized = lexicon.capitalizedStrings + Int(word)
            textString =
                !lowered
                ? lowerString
                : !capitalized.pointee.isEmpty && onlyFirstDiffers(slice, lower)
                    ? UnsafePointer(capitalized) : strings.add(asciiString(slice))
            if kind == .word { classes = lexicon.classes[Int(word)] }
        } else {
            textString = strings.add(asciiString(slice))
            lowerString = lowered ? strings.add(asciiString(lower)) : textString
            // A word no list holds has classes only through a possessive or a hyphen.
            if kind == .word && joined { classes = WordClass.of(lowerString.pointee) }
        }
        let first = slice[0]
        return Token(
            start: s, end: e, textString: textString, lowerString: lowerString,
            lists: word != Lexicon.unknown ? lexicon.listed[Int(word)] : [], word: word, stem: stem, classes: classes,
            kind: kind, isCapitalized: first >= 65 && first <= 90, spaceBefore: space,
            firstByte: first, hasHyphen: hyphen, numbered: true)
    }

    /// The string of ASCII bytes, as `String(decoding:as:)` makes it: written in place, so that a
    /// word of up to 15 bytes (nearly every one) becomes a small string without the check of
    /// every byte that decoding makes (some 100 instructions a word).
    @inline(__always) private static func asciiString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            out.baseAddress!.initialize(from: bytes.baseAddress!, count: bytes.count)
            return bytes.count
        }
    }

    /// Whether `text` is `lower` with only its first letter a capital.
    @inline(__always) private static func onlyFirstDiffers(_ text: UnsafeBufferPointer<UInt8>, _ lower: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text[0] != lower[0] else { return false }
        var k = 1
        while k < text.count, text[k] == lower[k] { k += 1 }
        return k == text.count
    }

    /// `text.lowercased()`, for a word with bytes outside ASCII: when lowercasing changes none of
    /// its scalars outside ASCII ("Martínez", "Wiśniewski": accents of names are mostly on
    /// lowercase letters), its ASCII letters are lowered byte by byte and the rest kept as they
    /// are, which is what `lowercased()` makes of it (`lowercaseMapping` is the scalar itself for
    /// every scalar that `changesWhenLowercased` does not mark, which
    /// `aScalarThatLowercasingLeavesIsItsOwnLowercaseMapping` checks of every scalar). Otherwise
    /// the string is lowercased whole. `lowercased()` maps every scalar, the ASCII ones too, and
    /// cost some 2,700 instructions a word.
    static func lowercased(_ text: String) -> String {
        for scalar in text.unicodeScalars where scalar.value >= 0x80 && scalar.properties.changesWhenLowercased {
            return text.lowercased()
        }
        var text = text
        return text.withUTF8 { bytes in lowercased(bytes) }
    }

    private static func lowercased(_ slice: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: slice.count) { out in
            for (k, b) in slice.enumerated() { out[k] = b >= 65 && b <= 90 ? b + 32 : b }
            return slice.count
        }
    }

    /// The number of an ASCII possessive's stem: "japan's" -> "japan", "ministers'" -> "ministers"
    /// (`lower` in the scratch space, as for `known`).
    private static func asciiStem(_ lower: UnsafeBufferPointer<UInt8>, _ lexicon: Lexicon.Probe) -> Int32 {
        let n = lower.count
        let cut: Int
        if n >= 2, lower[n - 2] == 39, lower[n - 1] == 115 { cut = 2 } else if n >= 1, lower[n - 1] == 39 { cut = 1 } else { return Lexicon.unknown }
        var h = Lexicon.seed
        for b in lower[..<(n - cut)] { h = Lexicon.mix(h, b) }
        return lexicon.number(padded: lower.baseAddress!, count: n - cut, hash: h)
    }
}
