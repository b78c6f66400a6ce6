/// A word, number or punctuation mark of a sentence, as a span of the body's UTF-8 bytes.
struct Token: @unchecked Sendable {
    // Unchecked for its two pointers: the strings they point at are not changed after the
    // tokenizer kept them.
    enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    // Laid out widest first, so that a token takes 64 bytes (one cache line) instead of the 72
    // that the padding after `kind` and the flags made: the tokenizer writes some 200,000 of them
    // over 300 articles, and every array of tokens is copied and read by the stride.
    /// Byte range in the body.
    var start: Int
    var end: Int
    /// Where `text` and `lower` are: a string of the lexicon or one kept by the `TokenStrings`
    /// the token was made with. Pointers, not strings: a token is plain data, copied and
    /// destroyed without touching a reference count; whoever tokenized keeps the strings alive.
    let textString: UnsafePointer<String>
    let lowerString: UnsafePointer<String>
    /// The exact word lists its lowercase word is in (`Lexicon.listed`), copied into the token
    /// when it is made so that a stage tests a list by a bit without the gazetteer at hand; empty
    /// for every token of a tokenizer given no lexicon.
    var lists: WordList = []
    /// The lexicon's number for `lower`, `Lexicon.unknown` for a word no list holds (and for
    /// every token of a tokenizer given no lexicon).
    var word: Int32 = Lexicon.unknown
    /// For a possessive ("japan's", "ministers'"), the lexicon's number for the word without it;
    /// `Lexicon.unknown` otherwise.
    var stem: Int32 = Lexicon.unknown
    /// The word lists it belongs to.
    var classes: WordClass = []
    var kind: Kind
    /// First letter is uppercase.
    var isCapitalized: Bool
    /// Whitespace (or the start of the sentence) comes before it.
    var spaceBefore: Bool
    /// The first byte of the text: punctuation is told apart by it without comparing strings.
    var firstByte: UInt8 = 0
    /// The text has a hyphen ("Russian-held", "al-Bashir"): a flag read before any search of the
    /// text by `Character`, which costs more than the rest of most tests of a word.
    var hasHyphen: Bool = false
    /// Made with a lexicon: then a word it does not number (`word` unknown) is in none of its
    /// lists, and a list is not searched by string for it.
    var numbered: Bool = false

    /// The text as written.
    var text: String { textString.pointee }

    /// Lowercased text, for dictionary lookups.
    var lower: String { lowerString.pointee }

    /// "Haddad's", "Haddad’s": a word ending in a possessive "s".
    var isPossessive: Bool { lower.lastUTF8Byte == UInt8(ascii: "s") && (lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s")) }

    /// Whether the word is in `list`: as `WordLists.x.contains(lower)` for a token made with the
    /// lexicon, without hashing a string.
    @inline(__always) func isListed(_ list: WordList) -> Bool {
        lists.contains(list)
    }

    /// Whether it is in any of `lists`.
    @inline(__always) func isListed(anyOf lists: WordList) -> Bool {
        !self.lists.isDisjoint(with: lists)
    }

    /// Whether the lowercase word is `w` (`lower == w.text`): by word number for a token made with
    /// a lexicon, which numbers every fixed word the same, by string for any other.
    @inline(__always) func isWord(_ w: FixedWord) -> Bool {
        numbered ? word == w.rawValue : lower == w.text
    }

    /// Whether `lower` may begin with the ASCII letter `letter` (given in lowercase), told from the
    /// first byte of the text: a text beginning with ASCII lowers to a word beginning with that
    /// byte lowered, and one beginning outside ASCII may lower to anything, so it may. A test made
    /// before comparing `lower` with literal words in loops over every token: most tokens fail it
    /// at the cost of a byte, where each comparison of strings is a call.
    @inline(__always) func mayBeginWith(_ letter: UInt8) -> Bool {
        firstByte | 0x20 == letter || firstByte >= 0x80
    }

    /// `tokens[i].mayBeginWith(letter)` read in place.
    @inline(__always) static func mayBeginWith(_ tokens: [Token], _ i: Int, _ letter: UInt8) -> Bool {
        tokens[i].firstByte | 0x20 == letter || tokens[i].firstByte >= 0x80
    }

    /// Whether the text opens with an ASCII digit (`text.utf8.first` is one), told by the first
    /// byte, which is the text's: decoding keeps an ASCII digit and makes none where it replaces
    /// bytes that are not UTF-8. Reading the text's first byte through its string cost some 25
    /// instructions a token, and the date finder asks it of nearly every token.
    @inline(__always) var opensWithDigit: Bool { firstByte &- 48 < 10 }

    /// Whether this is the one-byte punctuation mark `mark` ("." or "-").
    @inline(__always) func isMark(_ mark: UInt8) -> Bool {
        kind == .punctuation && firstByte == mark && end - start == 1
    }

    /// `tokens[i].isMark(mark)` read in place: calling a method of an element of an array may copy
    /// the element, reading its fields does not.
    @inline(__always) static func isMark(_ tokens: [Token], _ i: Int, _ mark: UInt8) -> Bool {
        tokens[i].kind == .punctuation && tokens[i].firstByte == mark && tokens[i].end - tokens[i].start == 1
    }

    static func isAllCapsText(_ text: String) -> Bool {
        // ASCII (nearly every name) by bytes: of ASCII, only "a" to "z" are lowercase. One pass
        // over contiguous bytes, without a branch a byte: walking `text.utf8` twice by its index
        // cost some 25 instructions a byte, and the people stage asks this of every name word.
        var text = text
        let ascii: Bool? = text.withUTF8 { bytes in
            var any: UInt8 = 0
            var lowercase = false
            for b in bytes {
                any |= b
                lowercase = lowercase || b &- 97 < 26
            }
            // A lowercase ASCII letter answers for any text: outside ASCII, the scalars'
            // properties were read only to find what that letter already shows.
            return lowercase ? false : any < 0x80 ? true : nil
        }
        if let ascii { return ascii }
        return text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }
}

extension String {
    /// `utf8.last`, read from the string's contiguous bytes: the collection's `last` steps back an
    /// index of the UTF-8 view (some 75 instructions a call), and the stages ask it of some 45,000
    /// words over 300 articles before comparing a suffix. A string without contiguous bytes (none
    /// that the tokenizer makes) is asked the collection's way.
    @inline(__always) var lastUTF8Byte: UInt8? {
        utf8.withContiguousStorageIfAvailable { $0.last } ?? utf8.last
    }
}
