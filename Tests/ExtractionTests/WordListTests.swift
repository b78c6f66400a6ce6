import Testing

@testable import Extraction

// The tagger, the sentence splitter and the rule stages test words against their lists by a bit
// the lexicon keeps for each word (and each token carries), instead of hashing the token's string
// into a set. These tests hold the bits to
// the sets: the same answers for every word of every list, and for the words around them.

private let gazetteer = Gazetteer.standard

/// Tokens of `text` made with the standard lexicon, as the extractor makes them.
private func lexiconTokens(_ text: String) -> [Token] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count, lexicon: gazetteer.lexicon) }
}

private let lists: [(WordList, Set<String>)] =
    [
        (.honorific, gazetteer.honorifics), (.givenName, gazetteer.givenNames), (.nameConnector, WordLists.nameConnectors.words),
        (.organisation, WordLists.organisationWords.words), (.placeContext, WordLists.placeContextWords.words),
        (.settlementNoun, WordLists.settlementNouns.words), (.abbreviation, SentenceSplitter.abbreviations.words),
        (.abbreviatedGivenName, MentionTagger.abbreviatedGivenNames.words), (.sentenceStarter, SentenceSplitter.sentenceStarters.words),
        (.quoteMark, MentionTagger.quoteMarks.words),
    ] + WordList.stageLists

@Test func everyWordOfEveryListIsListedByItsToken() {
    for (list, words) in lists {
        #expect(!words.isEmpty)
        for word in words {
            let tokens = lexiconTokens(word)
            // A list word the tokenizer cuts in pieces ("vice-" lists aside) never equals one token.
            guard tokens.count == 1 else { continue }
            #expect(gazetteer.isListed(tokens[0], list), "\(word) is not listed as \(list)")
            // The token carries the same bits, for the stages that test it without the gazetteer.
            #expect(tokens[0].isListed(list), "\(word) is not listed as \(list) by its token")
            // Written with a capital, the word is the same word.
            let capitalized = lexiconTokens(word.prefix(1).uppercased() + word.dropFirst())
            if capitalized.count == 1 { #expect(gazetteer.isListed(capitalized[0], list), "\(word) capitalized") }
        }
    }
}

@Test func listBitsAnswerAsTheSetsDoForWordsAroundThem() {
    // Possessives, plurals, hyphenated and accented forms, marks and words of other scripts:
    // a list holds exactly its words, as its set does.
    let text = """
        Mr Mr. mr's Mrs Sheikh sheikhs bin bin- al-Bashir de De la Ministry ministry's ministries Corp. corp
        in near city town of Jan. jan Gen. gen Ma. ma Mohd The the But but “ ” ‘ ’ " ' « » ( ) José JOSÉ Zoë
        Москва 北京 café cafe\u{301} naïve d’Ivoire Côte ،؛ \u{0}
        counterpart Counterparts counterpart's leaders leaders' heads ; & — el El al-Sisi left leaves visiting Visits
        """
    for token in lexiconTokens(text) {
        for (list, words) in lists {
            #expect(gazetteer.isListed(token, list) == words.contains(token.lower), "\(token.text) as \(list)")
            #expect(token.isListed(list) == words.contains(token.lower), "\(token.text) as \(list), by its token")
        }
    }
}

/// The sentences of `bytes` (one line per LF) and their tokens' texts, split with the lexicon or without.
private func split(_ bytes: [UInt8], lexicon: Lexicon?) -> [[String]] {
    bytes.withUnsafeBufferPointer { buffer in
        var lines: [Range<Int>] = []
        var start = 0
        for i in 0...buffer.count where i == buffer.count || buffer[i] == 10 {
            if i > start { lines.append(start..<i) }
            start = i + 1
        }
        return SentenceSplitter.split(buffer, lines: lines, lexicon: lexicon).map { s in
            ["\(s.start)..<\(s.end)"] + s.tokens.map(\.text)
        }
    }
}

@Test func sentencesAreTheSameWithTheLexiconAndWithout() {
    // Abbreviations, initials of one scalar in any script, closing and opening marks in their
    // typographic forms, sentence starters after an initialism, combining marks, other scripts,
    // NUL and bytes that are not UTF-8.
    var bytes = Array(
        """
        Mr. Kono met Gen. Kim on Jan. 22. Ma. Theresa Lazaro spoke. É. Macron and Ж. Petrov came. 北. Then more.
        “We agreed.” Then they left. ‘Fine.’ «Bien.» (Done.) [Noted.] "Yes." 'No.' He said: «Oui.» Later.
        He flew to the U.S. The talks began. He flew to the U.S. But not back. To the U.N. Meanwhile others.
        Café\u{301}. Москва. Πάρις. Deputy No. 5 arrived. Prof. Dr. Smith left! Who? Nobody. \u{0}. Zero.
        """.utf8)
    bytes += [10, 65, 46, 0xFF, 0xFE, 46, 32, 66, 46, 32, 0xC3, 46, 32, 84, 104, 101, 32, 0xE2, 0x80, 46, 32, 88, 46]
    let without = split(bytes, lexicon: nil)
    let with = split(bytes, lexicon: gazetteer.lexicon)
    #expect(without.count > 20)
    #expect(with == without)
}

@Test func aSequenceCutShortAtTheEndOfTheBytesStaysInsideThem() {
    // The first byte of a three-byte scalar, and of a four-byte one, with nothing after it.
    for tail: [UInt8] in [[0xE2], [0xE2, 0x80], [0xF0, 0x9F], [0xC3]] {
        let bytes = Array("Talks in Ankara ".utf8) + tail
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count, lexicon: gazetteer.lexicon) }
        #expect(tokens.map(\.end).max() == bytes.count)
        #expect(tokens.allSatisfy { $0.start < $0.end && $0.end <= bytes.count })
        // A line cut inside a longer buffer: the token ends with the line, not in the next one.
        let longer = bytes + Array("\nNext line.".utf8)
        let firstLine = longer.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: bytes.count) }
        #expect(firstLine.last?.end == bytes.count)
    }
}

@Test func aFixedWordIsToldByNumberAsByString() {
    // Every fixed word, as written in a sentence, capitalized, possessive, and beside words that
    // begin or end like it: `isWord` answers as comparing `lower` with the word does, for tokens
    // made with the lexicon (by number) and without one (by string).
    let text =
        FixedWord.allCases.map { w in
            let capitalized = w.text.prefix(1).uppercased() + w.text.dropFirst()
            return "\(w.text) \(capitalized) \(w.text.uppercased()) \(w.text)'s \(w.text)s x\(w.text) \(w.text)-x"
        }.joined(separator: " , ") + " Caf\u{E9} e\u{301}t\u{E9} \u{212A}nown TH\u{212A}"
    let bytes = Array(text.utf8)
    let withLexicon = lexiconTokens(text)
    let withoutLexicon = bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count, lexicon: nil) }
    for tokens in [withLexicon, withoutLexicon] {
        for t in tokens {
            for w in FixedWord.allCases { #expect(t.isWord(w) == (t.lower == w.text), "\(t.text) \(w.text)") }
        }
    }
    #expect(withLexicon.allSatisfy(\.numbered) && !withoutLexicon.contains(where: \.numbered))
    // "the" as a sentence's word, inside it and outside it.
    let sentence = AnalyzedSentence(index: 0, start: 0, end: 0, tokens: lexiconTokens("Under the bridge"), mentions: [], strings: .unfreed(lexicon: nil))
    #expect(sentence.isWord(1, .the) && !sentence.isWord(0, .the) && !sentence.isWord(-1, .the) && !sentence.isWord(3, .the))
    #expect(sentence.isWord(0, .under))
}

// The tagger turns away a run of capitalised words that opens with a given name before asking
// whether all its words are a portfolio's: that holds only while no given name is one.
@Test func noGivenNameIsAPortfolioWord() {
    #expect(gazetteer.givenNames.isDisjoint(with: PortfolioTitles.words.words))
}
