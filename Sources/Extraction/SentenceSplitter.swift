/// A sentence of the body as tokens, with its byte span.
struct TokenizedSentence: Sendable {
    var start: Int
    var end: Int
    var tokens: [Token]
}

/// Splits the body into sentences. Every line break ends a sentence (scraped news puts
/// paragraphs, captions and headlines on lines of their own); inside a line, a full stop,
/// question or exclamation mark ends one unless it closes an abbreviation or an initial.
enum SentenceSplitter {
    /// Words after which a full stop does not end the sentence.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "adm", "cmdr", "sgt", "sen", "rep",
        "gov", "amb", "st", "ste", "no", "nos", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "messrs", "mme", "mlle", "jr", "sr", "inc", "corp", "co", "ltd", "bhd",
        "dept", "fig", "vol", "pp", "approx", "est", "ma", "hon", "rt", "rev", "ft", "mt", "pres", "gens", "smt",
    ]

    /// Capitalized words that begin a new sentence after an initialism such as "U.S.".
    static let sentenceStarters: WordSet = [
        "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that", "these",
        "on", "at", "after", "as", "both", "his", "her", "their", "its", "there", "while", "meanwhile", "however",
    ]

    /// The most tokens one sentence may have; a longer run without a sentence end (a list, a
    /// page without full stops, hostile input) is cut into pieces of at most this many. Later
    /// stages compare words within a sentence, so their cost grows with the square of its
    /// length: bounding it keeps extraction linear in the article. The longest sentences of
    /// the development articles have about 110 tokens; 200 leaves real sentences whole.
    static let maxSentenceTokens = 200

    /// The sentences of `lines`, their tokens' strings in strings that are never freed (for tests;
    /// per article, use `split(_:lines:into:)`).
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, lines: [Range<Int>], lexicon: Lexicon? = nil) -> [TokenizedSentence] {
        split(bytes, lines: lines, into: TokenStrings.unfreed(lexicon: lexicon))
    }

    /// The sentences of `lines`, numbered by `strings.lexicon`, their tokens' strings kept in
    /// `strings`, which the caller keeps alive for as long as it reads them.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, lines: [Range<Int>], into strings: TokenStrings) -> [TokenizedSentence] {
        let lexicon = strings.lexicon
        var sentences: [TokenizedSentence] = []
        // A line is most often one sentence or two: room for that many spares most growing.
        sentences.reserveCapacity(lines.count * 2)
        for line in lines {
            var tokens = Tokenizer.tokens(bytes, from: line.lowerBound, to: line.upperBound, into: strings)
            var begin = 0
            var i = 0
            func close(_ endExclusive: Int) {
                while endExclusive - begin > maxSentenceTokens {
                    let cut = pieceEnd(tokens, from: begin)
                    sentences.append(TokenizedSentence(start: tokens[begin].start, end: tokens[cut - 1].end, tokens: Array(tokens[begin..<cut])))
                    begin = cut
                }
                if endExclusive > begin {
                    // A line that is one sentence (a headline, a short paragraph) keeps its array,
                    // and so does the line's last sentence, the tokens before it removed (moved
                    // down, not copied). Only the
                    // closing call reaches the end of the line.
                    var slice: [Token] = []
                    if endExclusive == tokens.count {
                        if begin > 0 { tokens.removeSubrange(0..<begin) }
                        // Moved out, not copied (a copy retained the array, and the line's variable
                        // released it): nothing reads the line's tokens after its closing call.
                        swap(&slice, &tokens)
                    } else {
                        // Copied from the tokens read in place: a slice of the array retained it.
                        slice = tokens.withUnsafeBufferPointer { Array($0[begin..<endExclusive]) }
                    }
                    sentences.append(TokenizedSentence(start: slice.first!.start, end: slice.last!.end, tokens: slice))
                }
                begin = endExclusive
            }
            while i < tokens.count {
                let (kind, start, end) = (tokens[i].kind, tokens[i].start, tokens[i].end)
                // The one-byte punctuation mark the token is, 0 for any other token.
                let mark = kind == .punctuation && end - start == 1 ? bytes[start] : 0
                if mark == UInt8(ascii: "|") {
                    close(i)
                    begin = i + 1
                    i += 1
                    continue
                }
                let isFullStop = mark == UInt8(ascii: ".")
                if isFullStop || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?") {
                    // Closing quotes and brackets stay with the sentence they close.
                    var j = i + 1
                    while j < tokens.count, tokens[j].kind == .punctuation, isCloser(tokens[j], bytes) { j += 1 }
                    if j >= tokens.count {
                        i = j
                        continue
                    }
                    let next = tokens[j]
                    // "10.00 Talks with B", "1.5 per cent": a full stop between digits, with no
                    // space on either side, is a time's or a number's.
                    if isFullStop, i > 0, j == i + 1, tokens[i - 1].kind == .number, next.kind == .number, tokens[i - 1].end == start,
                        next.start == end
                    {
                        i += 1
                        continue
                    }
                    if isFullStop && i > 0 && !endsSentence(after: tokens[i - 1], lexicon: lexicon) {
                        i += 1
                        continue
                    }
                    if next.isCapitalized || next.kind == .number || isOpener(next, bytes) {
                        close(j)
                        i = j
                        continue
                    }
                    i += 1
                    continue
                }
                // An initialism carries its own full stop: "... to the U.S. The talks ..."
                if kind == .word, bytes[end - 1] == UInt8(ascii: "."), i + 1 < tokens.count {
                    if tokens[i + 1].isCapitalized, isListed(tokens[i + 1], .sentenceStarter, sentenceStarters, lexicon) {
                        close(i + 1)
                        i += 1
                        continue
                    }
                }
                i += 1
            }
            close(tokens.count)
        }
        return sentences
    }

    /// Where a piece of an over-long sentence starting at `begin` ends (exclusive): after the
    /// last comma, semicolon, colon or dash of its second half, where a clause most likely
    /// ends, else at the limit.
    static func pieceEnd(_ tokens: [Token], from begin: Int) -> Int {
        let limit = begin + maxSentenceTokens
        var i = limit - 1
        while i >= begin + maxSentenceTokens / 2 {
            if tokens[i].kind == .punctuation, clauseEnds.contains(tokens[i].text) { return i + 1 }
            i -= 1
        }
        return limit
    }

    static let clauseEnds: WordSet = [",", ";", ":", "\u{2014}", "\u{2013}", "-"]

    static func endsSentence(after word: Token, lexicon: Lexicon?) -> Bool {
        guard word.kind == .word else { return true }
        if isListed(word, .abbreviation, abbreviations, lexicon) || isListed(word, .abbreviatedGivenName, MentionTagger.abbreviatedGivenNames, lexicon) {
            return false
        }
        // An initial: "K. Natwar Singh", "George W. Bush" (one scalar: one byte, or up to four).
        let length = word.end - word.start
        if length == 1 || (length <= 4 && word.text.unicodeScalars.count == 1), word.isCapitalized { return false }
        return true
    }

    /// Whether a token is in a word list: by its lexicon bit when it was made with a lexicon,
    /// else by the list's strings.
    @inline(__always) static func isListed(_ t: Token, _ list: WordList, _ words: WordSet, _ lexicon: Lexicon?) -> Bool {
        guard let lexicon else { return words.contains(t.lower) }
        return t.word != Lexicon.unknown && lexicon.listed[Int(t.word)].contains(list)
    }

    /// The token's bytes are `"`, `'`, `)`, `]`, `”`, `’` or `»`.
    static func isCloser(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch t.end - t.start {
        case 1: return t.firstByte == 34 || t.firstByte == 39 || t.firstByte == 41 || t.firstByte == 93
        case 2: return bytes[t.start] == 0xC2 && bytes[t.start + 1] == 0xBB
        case 3: return bytes[t.start] == 0xE2 && bytes[t.start + 1] == 0x80 && (bytes[t.start + 2] == 0x9D || bytes[t.start + 2] == 0x99)
        default: return false
        }
    }

    /// The token's bytes are `"`, `(`, `'`, `“`, `‘` or `«`.
    static func isOpener(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch t.end - t.start {
        case 1: return t.firstByte == 34 || t.firstByte == 40 || t.firstByte == 39
        case 2: return bytes[t.start] == 0xC2 && bytes[t.start + 1] == 0xAB
        case 3: return bytes[t.start] == 0xE2 && bytes[t.start + 1] == 0x80 && (bytes[t.start + 2] == 0x9C || bytes[t.start + 2] == 0x98)
        default: return false
        }
    }
}
