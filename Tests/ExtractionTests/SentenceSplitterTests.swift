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
    #expect(sentences("Mr. Moon met Gen. Kim on Jan. 22 in Seoul. They talked.") ==
            ["Mr. Moon met Gen. Kim on Jan. 22 in Seoul.", "They talked."])
    #expect(sentences("George W. Bush spoke. K. Natwar Singh listened.") == ["George W. Bush spoke.", "K. Natwar Singh listened."])
    #expect(sentences("Resolution No. 5 passed. The U.S. agreed.") == ["Resolution No. 5 passed.", "The U.S. agreed."])
}

@Test func initialismAtTheEndOfASentenceEndsIt() {
    #expect(sentences("He flew to the U.S. The talks began.") == ["He flew to the U.S.", "The talks began."])
}

@Test func quotesStayWithTheirSentenceAndLinesEndSentences() {
    #expect(sentences("\u{201C}We agreed.\u{201D} Then they left.\nA headline without a stop") ==
            ["\u{201C}We agreed.\u{201D}", "Then they left.", "A headline without a stop"])
}

@Test func tokensKeepApostrophesHyphensAndInitialisms() {
    let text = "Russia’s Moon Jae-in met U.S. envoys in Côte d'Ivoire."
    let bytes = Array(text.utf8)
    let words = bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count).map(\.text) }
    #expect(words == ["Russia’s", "Moon", "Jae-in", "met", "U.S.", "envoys", "in", "Côte", "d'Ivoire", "."])
}
