import Extraction
import PropertyBased
import Testing

/// Pieces of news text, so that random documents reach the extractor's patterns (titles,
/// names, meeting words, dates, disputes) as well as odd bytes and unusual punctuation.
private let pieces = [
    "Russian Foreign Minister ", "Sergei Lavrov", " met ", "Taro Kono", " in Moscow", " on Monday", " on Jan. 22",
    " will meet ", "the two leaders", " held talks with ", "his Chinese counterpart, ", "Wang Yi", ". ", "\n", ", ",
    " and ", "Mr. ", "U.S. ", "the Kuril Islands", " known as ", " to Japan", " dispute over ", "Diaoyu", "China",
    " claims ", "-held ", "\u{2019}s ", "Kōno", "\u{201C}", "\u{201D}", "12345678901234567890", " 21 and 22 July",
    "Advertisement\n", "By Jane Doe | ", "é", "\u{00A0}", "\t", "..", "'", "-", "(", ")", "|", "that ", "said ",
]
private let documents = Gen.element(of: pieces).array(of: 0...60).map { $0.compactMap { $0 }.joined() }
private let anyText = Gen.uint8(in: 1...255).array(of: 0...400).map { String(decoding: $0, as: UTF8.self) }

private func checkInvariants(_ text: String) {
    let facts = Extractor().extract(Article(date: Day(year: 2019, month: 1, day: 16), body: text))
    let length = text.unicodeScalars.count
    var previousEnd = 0
    for (i, s) in facts.sentences.enumerated() {
        #expect(s.index == i)
        #expect(0 <= s.start && s.start <= s.end && s.end <= length)
        #expect(s.start >= previousEnd)
        previousEnd = s.end
    }
    var evidence: [Evidence] = facts.people.flatMap(\.mentions)
    evidence += facts.countries.flatMap(\.mentions)
    evidence += facts.meetings.flatMap(\.evidence)
    evidence += facts.territories.flatMap(\.evidence)
    for t in facts.territories { evidence += t.claims.map(\.evidence) }
    for e in evidence {
        #expect(facts.sentences.indices.contains(e.sentence))
        #expect(0 <= e.start && e.start <= e.end && e.end <= length)
        if facts.sentences.indices.contains(e.sentence) {
            let s = facts.sentences[e.sentence]
            #expect(s.start <= e.start && e.end <= s.end)
        }
    }
    for m in facts.meetings {
        #expect(Set(m.participants).count >= 2)
        #expect(m.participants.allSatisfy { name in facts.people.contains { $0.name == name } })
    }
    for t in facts.territories { #expect(!t.names.isEmpty && t.claimants.count >= 2) }
}

@Test func extractionTerminatesAndKeepsEveryOffsetInsideTheArticle() async {
    await propertyCheck(count: 400, input: documents) { checkInvariants($0) }
    await propertyCheck(count: 200, input: anyText) { checkInvariants($0) }
}
