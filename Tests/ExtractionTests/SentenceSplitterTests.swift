import Testing

@testable import Extraction

private func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
        var lines: [Range<Int>] = []
        var start = 0
        for i in 0...buffer.count where i == buffer.count || buffer[i] == 10 {
            if i > start { lines.append(start..<i) }
            start = i + 1
        }
        return SentenceSplitter.split(buffer, lines: lines).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }
}

@Test func abbreviationsInitialsAndTitlesDoNotEndSentences() {
    #expect(sentences("Mr. Moon met Gen. Kim on Jan. 22 in Seoul. They talked.") == ["Mr. Moon met Gen. Kim on Jan. 22 in Seoul.", "They talked."])
    #expect(sentences("George W. Bush spoke. K. Natwar Singh listened.") == ["George W. Bush spoke.", "K. Natwar Singh listened."])
    #expect(sentences("Resolution No. 5 passed. The U.S. agreed.") == ["Resolution No. 5 passed.", "The U.S. agreed."])
}

@Test func initialismAtTheEndOfASentenceEndsIt() {
    #expect(sentences("He flew to the U.S. The talks began.") == ["He flew to the U.S.", "The talks began."])
}

@Test func quotesStayWithTheirSentenceAndLinesEndSentences() {
    #expect(
        sentences("\u{201C}We agreed.\u{201D} Then they left.\nA headline without a stop") == [
            "\u{201C}We agreed.\u{201D}", "Then they left.", "A headline without a stop",
        ])
}

@Test func tokensKeepApostrophesHyphensAndInitialisms() {
    let text = "Russia’s Moon Jae-in met U.S. envoys in Côte d'Ivoire."
    let bytes = Array(text.utf8)
    let words = bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count).map(\.text) }
    #expect(words == ["Russia’s", "Moon", "Jae-in", "met", "U.S.", "envoys", "in", "Côte", "d'Ivoire", "."])
}

/// The pieces `text` (one line) is split into, as tokens.
private func pieces(_ text: String) -> [TokenizedSentence] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { SentenceSplitter.split($0, lines: [0..<$0.count]) }
}

@Test func aRunOfTwoHundredKilobytesWithoutSentenceEndsIsCutIntoBoundedPieces() {
    // Names, commas and words of encounter, the text that costs later stages the most per sentence.
    let words = ["Taro", "Kono", "met", "Sergei", "Lavrov", ",", "President", "Putin", "and", "talks", "with", "Minister", "Smith"]
    var text = ""
    var i = 0
    while text.utf8.count < 200_000 {
        text += (text.isEmpty ? "" : " ") + words[(i * 7 + i / 13) % words.count]
        i += 1
    }
    let split = pieces(text)
    #expect(split.allSatisfy { $0.tokens.count <= SentenceSplitter.maxSentenceTokens })
    // Every token is kept, in order, each in exactly one piece.
    let whole = pieces(text + ".").flatMap(\.tokens).count - 1
    #expect(split.reduce(0) { $0 + $1.tokens.count } == whole)
    for (a, b) in zip(split, split.dropFirst()) { #expect(a.end <= b.start) }
    // Pieces end after a comma where the second half of the window has one.
    #expect(split.dropLast().allSatisfy { $0.tokens.last?.text == "," })
}

@Test func aLongButRealSentenceStaysWhole() {
    let clause = "the minister said that the talks with his counterpart would go on, "
    let sentence = "In Moscow " + String(repeating: clause, count: 12) + "officials said."
    let split = pieces(sentence)
    #expect(split.count == 1)
    #expect(split[0].tokens.count > 100)
}
