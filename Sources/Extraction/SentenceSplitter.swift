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
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "adm", "cmdr", "sgt", "sen", "rep",
        "gov", "amb", "st", "ste", "no", "nos", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "messrs", "mme", "mlle", "jr", "sr", "inc", "corp", "co", "ltd", "bhd",
        "dept", "fig", "vol", "pp", "approx", "est", "ma", "hon", "rev", "ft", "mt", "pres", "gens",
    ]

    /// Capitalized words that begin a new sentence after an initialism such as "U.S.".
    static let sentenceStarters: Set<String> = [
        "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that", "these",
        "on", "at", "after", "as", "both", "his", "her", "their", "its", "there", "while", "meanwhile", "however",
    ]

    static func split(_ bytes: UnsafeBufferPointer<UInt8>, lines: [Range<Int>]) -> [TokenizedSentence] {
        var sentences: [TokenizedSentence] = []
        for line in lines {
            let tokens = Tokenizer.tokens(bytes, from: line.lowerBound, to: line.upperBound)
            var begin = 0
            var i = 0
            func close(_ endExclusive: Int) {
                if endExclusive > begin {
                    let slice = Array(tokens[begin..<endExclusive])
                    sentences.append(TokenizedSentence(start: slice.first!.start, end: slice.last!.end, tokens: slice))
                }
                begin = endExclusive
            }
            while i < tokens.count {
                let t = tokens[i]
                if t.kind == .punctuation, t.text == "|" {
                    close(i); begin = i + 1; i += 1; continue
                }
                if t.kind == .punctuation, t.text == "." || t.text == "!" || t.text == "?" {
                    // Closing quotes and brackets stay with the sentence they close.
                    var j = i + 1
                    while j < tokens.count, tokens[j].kind == .punctuation, isCloser(tokens[j].text) { j += 1 }
                    if j >= tokens.count { i = j; continue }
                    let next = tokens[j]
                    if t.text == "." && i > 0 && !endsSentence(after: tokens[i - 1], next: next) { i += 1; continue }
                    if next.isCapitalized || next.kind == .number || isOpener(next.text) {
                        close(j); i = j; continue
                    }
                    i += 1; continue
                }
                // An initialism carries its own full stop: "... to the U.S. The talks ..."
                if t.kind == .word, t.text.hasSuffix("."), i + 1 < tokens.count {
                    let next = tokens[i + 1]
                    if next.isCapitalized, sentenceStarters.contains(next.lower) { close(i + 1); i += 1; continue }
                }
                i += 1
            }
            close(tokens.count)
        }
        return sentences
    }

    static func endsSentence(after word: Token, next: Token) -> Bool {
        guard word.kind == .word else { return true }
        if abbreviations.contains(word.lower) || MentionTagger.abbreviatedGivenNames.contains(word.lower) { return false }
        // An initial: "K. Natwar Singh", "George W. Bush".
        if word.text.unicodeScalars.count == 1, word.isCapitalized { return false }
        return true
    }

    static func isCloser(_ s: String) -> Bool {
        s == "\"" || s == "'" || s == ")" || s == "]" || s == "\u{201D}" || s == "\u{2019}" || s == "\u{00BB}"
    }

    static func isOpener(_ s: String) -> Bool {
        s == "\"" || s == "(" || s == "\u{201C}" || s == "\u{2018}" || s == "\u{00AB}" || s == "'"
    }
}
