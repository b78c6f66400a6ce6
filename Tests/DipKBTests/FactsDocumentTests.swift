import DipKB
import Extraction
import Foundation
import PropertyBased
import Testing

/// Random facts built from a seed: every field filled or left out, strings with the characters
/// JSON must escape (quotes, backslashes, control characters, U+2028) and non-ASCII ones.
private struct RandomFacts {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    private mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    private static let pieces = ["Kōno", "\"", "\\", "\n", "\t", "\u{0001}", "\u{2028}", "/", "é", "😀", " ", "Lavrov", "", "{}", "[\"x\"]"]
    private mutating func text() -> String { (0..<next(5)).map { _ in Self.pieces[next(Self.pieces.count)] }.joined() }
    private mutating func maybe<T>(_ make: (inout Self) -> T) -> T? { next(2) == 0 ? nil : make(&self) }
    private mutating func list<T>(_ most: Int, _ make: (inout Self) -> T) -> [T] { (0..<next(most + 1)).map { _ in make(&self) } }
    private mutating func evidence() -> Evidence { Evidence(sentence: next(6) - 1, start: next(1000), end: next(1000)) }
    private mutating func day() -> Day? { Day(year: 1800 + next(300), month: 1 + next(12), day: 1 + next(28)) }

    mutating func facts() -> ArticleFacts {
        ArticleFacts(
            sentences: list(5) { r in Sentence(index: r.next(9), start: r.next(500), end: r.next(500), text: r.text()) },
            people: list(4) { r in
                PersonFact(
                    name: r.text(), country: r.maybe { $0.text() }, title: r.maybe { $0.text() },
                    aliases: r.list(3) { $0.text() }, mentions: r.list(3) { $0.evidence() })
            },
            countries: list(4) { r in CountryFact(code: r.text(), name: r.text(), mentions: r.list(3) { $0.evidence() }) },
            meetings: list(3) { r in
                MeetingFact(
                    participants: r.list(4) { $0.text() }, status: r.next(2) == 0 ? .held : .planned,
                    date: r.maybe { $0.day() } ?? nil, datePrecision: [.day, .unresolved, .none][r.next(3)],
                    place: r.maybe { $0.text() }, mode: r.next(2) == 0 ? .inPerson : .call, evidence: r.list(3) { $0.evidence() })
            },
            territories: list(3) { r in
                TerritoryFact(
                    names: r.list(3) { TerritoryName(name: $0.text(), usedBy: $0.maybe { $0.text() }) },
                    claims: r.list(3) { Claim(country: $0.text(), kind: $0.next(2) == 0 ? .claims : .holds, evidence: $0.evidence()) },
                    evidence: r.list(3) { $0.evidence() })
            })
    }
}

private func roundTrip(_ facts: ArticleFacts) throws -> ArticleFacts {
    let data = try JSONEncoder().encode(FactsDocument(facts))
    return try JSONDecoder().decode(FactsDocument.self, from: data).facts()
}

@Test func decodingEncodedFactsGivesTheSameFacts() async {
    await propertyCheck(count: 300, input: Gen.uint64(in: 0 ... .max)) { seed in
        var random = RandomFacts(seed: seed)
        let facts = random.facts()
        #expect((try? roundTrip(facts)) == facts)
    }
}

@Test func extractedFactsSurviveTheRoundTrip() throws {
    let body = """
        Japanese Foreign Minister Taro Kono held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Monday.
        Japan claims the Kuril Islands, which Russia holds. Chinese President Xi Jinping will meet French President \
        Emmanuel Macron in Paris next week. Kashmir is claimed by India and Pakistan.
        """
    let facts = Extractor().extract(Article(date: Day(year: 2019, month: 1, day: 16), body: body))
    #expect(!facts.meetings.isEmpty && !facts.territories.isEmpty)
    #expect(try roundTrip(facts) == facts)
}

@Test func theDocumentHasTheKeysOfExtractFormatJSON() throws {
    let article = Article(
        title: "Talks", date: Day(year: 2019, month: 1, day: 16),
        body:
            "Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow on Monday. Japan claims the Kuril Islands, which Russia holds."
    )
    let facts = Extractor().extract(article)
    let printed = try JSONSerialization.jsonObject(with: Data(FactsJSON.encode(facts, of: article).serialized().utf8)) as! [String: Any]
    let document = try JSONSerialization.jsonObject(with: JSONEncoder().encode(FactsDocument(facts))) as! [String: Any]
    for key in ["people", "countries", "meetings", "territories"] {
        #expect(NSDictionary(dictionary: [key: printed[key]!]).isEqual(to: [key: document[key]!]), "\(key) differs")
    }
}

@Test func aMeetingDateThatIsNoDayIsRefused() throws {
    let json =
        #"{"sentences":[],"people":[],"countries":[],"country_mentions":[],"territories":[],"meetings":[{"participants":["A","B"],"status":"held","date":"2019-02-30","date_precision":"day","place":null,"mode":"call","evidence":[]}]}"#
    let document = try JSONDecoder().decode(FactsDocument.self, from: Data(json.utf8))
    #expect(throws: FactsDocumentError.self) { try document.facts() }
}
