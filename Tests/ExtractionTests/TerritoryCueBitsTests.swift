import Testing

@testable import Extraction

// The territory stages test a sentence's words against the roles of the cue words (nouns of
// territory, words of claiming, the first words of lead-ins) by bits kept for each lexicon word,
// instead of hashing each word into the role's set. These tests hold the bits to the sets: the
// same answers for every cue word of every role, and for the words around them.

private let gazetteer = Gazetteer.standard
private let cues = gazetteer.territoryCues

private func lexiconTokens(_ text: String) -> [Token] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count, lexicon: gazetteer.lexicon) }
}

private let roles: [(String, TerritoryCues.Phrases)] = [
    ("lead-in", cues.leadIn), ("quarrel", cues.quarrel), ("quarrel-head", cues.quarrelHead), ("trailing", cues.trailing),
    ("adjective", cues.adjective), ("copula", cues.copula), ("relative", cues.relative), ("taking", cues.taking),
    ("transfer", cues.transfer), ("claimed-by", cues.claimedBy), ("boundary", cues.boundary), ("connector", cues.connector),
    ("place-noun", cues.placeNoun), ("not-territory", cues.notTerritory), ("cue", cues.cue), ("claim", cues.claim),
    ("hold", cues.hold), ("hold-by", cues.holdBy), ("control", cues.control), ("name-tie", cues.nameTie),
    ("context", cues.context), ("common", cues.common),
]

/// The role tests of every token of `text`, by bits and by the sets, must agree.
private func expectBitsAgreeWithSets(_ text: String) {
    let tokens = lexiconTokens(text)
    let numbered = CueWords(tokens, cues)
    #expect(numbered.isNumbered)
    for (name, role) in roles {
        for i in tokens.indices {
            #expect(role.contains(numbered, i) == role.words.contains(tokens[i].lower), "\(tokens[i].text) as \(name)")
            #expect(role.contains(tokens[i], in: cues) == role.words.contains(tokens[i].lower), "\(tokens[i].text) as \(name)")
        }
    }
}

@Test func theStandardCuesAreReadByBits() {
    #expect(cues.isNumbered)
    #expect(!TerritoryCues.standard.isNumbered)
}

@Test func everyCueWordHasTheBitsOfItsRoles() {
    for (name, role) in roles {
        #expect(!role.allWords.isEmpty, "\(name) has no words")
    }
    // Each cue word alone, and capitalized, as a sentence would have it.
    for word in cues.everyWord {
        expectBitsAgreeWithSets(word)
        expectBitsAgreeWithSets(word.prefix(1).uppercased() + word.dropFirst())
    }
}

@Test func cueBitsAnswerAsTheSetsDoForWordsAroundThem() {
    // Possessives, plurals, hyphenated and accented forms, marks and other scripts.
    expectBitsAgreeWithSets(
        """
        island islands island's islands' Island ISLAND islet-like claims claim's claimed Russian-held held-over \
        disputed disputes dispute's sovereignty over the of , ( ) – — “ ” ’ territory territories région Москва 北京 \
        cafe\u{301} \u{0}
        """)
}

@Test func phrasesMatchByBitsAsTheyDoByStrings() {
    // The same phrase matches whether its first word's bit is read (lexicon tokens) or every
    // bit is taken as set (cues without a lexicon, which compare strings alone).
    let tokens = lexiconTokens("China claims sovereignty over the disputed islands, which both sides claim, as the row over them goes on.")
    let numbered = CueWords(tokens, cues)
    let plain = CueWords(tokens, TerritoryCues.standard)
    #expect(!plain.isNumbered)
    var matched = 0
    for (name, role) in roles {
        for i in tokens.indices {
            let byBits = role.match(numbered, at: i)
            #expect(byBits == role.match(plain, at: i), "\(name) at \(tokens[i].text)")
            #expect(role.match(numbered, endingAt: i) == role.match(plain, endingAt: i), "\(name) ending at \(tokens[i].text)")
            if byBits != nil { matched += 1 }
        }
    }
    // The sentence holds cue phrases: the test compares matches, not only misses.
    #expect(matched > 3)
}

@Test func everyCuePhraseMatchesByNumbersAsByStrings() {
    // Each phrase of the cue file inside a sentence of its own, between words of no role, and
    // capitalized at its start: the phrases numbered with the lexicon find what the strings find.
    var phrases: [String] = []
    for row in Gazetteer.rows(Embedded.files["territory-cues.tsv"]) where row.count >= 2 {
        phrases += row[1].split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
    #expect(phrases.count > 20)
    var matched = 0
    for phrase in phrases {
        for text in ["Then \(phrase) it.", phrase.prefix(1).uppercased() + phrase.dropFirst() + " zzz's"] {
            let tokens = lexiconTokens(text)
            let numbered = CueWords(tokens, cues)
            let plain = CueWords(tokens, TerritoryCues.standard)
            for (name, role) in roles {
                for i in tokens.indices {
                    let byNumbers = role.match(numbered, at: i)
                    #expect(byNumbers == role.match(plain, at: i), "\(name) at \(tokens[i].text) in \(text)")
                    if byNumbers != nil { matched += 1 }
                }
            }
        }
    }
    // Most phrases are read as a whole in their own sentence (a few hold marks the tokenizer splits).
    #expect(matched > phrases.count / 2)
}
