import Extraction
import Foundation

@testable import Store

/// A database path in a fresh temporary folder.
func temporaryDatabase() -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dipkb-store-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("kb.sqlite").path
}

/// Facts with sentences cut from `body` at ". ", so evidence can point at real sentences.
struct FactsBuilder {
    let body: String
    var facts = ArticleFacts()

    init(body: String) {
        self.body = body
        var start = 0
        let scalars = Array(body.unicodeScalars)
        var index = 0
        var i = 0
        while i < scalars.count {
            if scalars[i] == "." && (i + 1 == scalars.count || scalars[i + 1] == " ") {
                let text = String(String.UnicodeScalarView(scalars[start...i]))
                facts.sentences.append(Sentence(index: index, start: start, end: i + 1, text: text))
                index += 1
                start = i + 2
            }
            i += 1
        }
    }

    /// Evidence for the first occurrence of `text`, in the sentence that holds it.
    func evidence(_ text: String) -> Evidence {
        let scalars = Array(body.unicodeScalars)
        let needle = Array(text.unicodeScalars)
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            let sentence = facts.sentences.first { $0.start <= start && start < $0.end }!
            return Evidence(sentence: sentence.index, start: start, end: start + needle.count)
        }
        fatalError("\(text) not in body")
    }
}

let kurilBody =
    "Russian Foreign Minister Sergei Lavrov met Japanese Foreign Minister Taro Kono in Moscow. The islands are known as the Kuril to Russia and the Northern Territories to Japan. Russia holds the islands. Shinzo Abe is to meet Russian President Vladimir Putin."

/// The seed article's facts, written by hand.
func kurilArticle(date: Day? = Day(year: 2019, month: 1, day: 16)) -> (Article, ArticleFacts) {
    var b = FactsBuilder(body: kurilBody)
    b.facts.countries = [
        CountryFact(code: "RUS", name: "Russia", mentions: [b.evidence("Russia")]),
        CountryFact(code: "JPN", name: "Japan", mentions: [b.evidence("Japan")]),
    ]
    b.facts.people = [
        PersonFact(name: "Sergei Lavrov", country: "RUS", title: "Foreign Minister", aliases: ["Lavrov"], mentions: [b.evidence("Sergei Lavrov")]),
        PersonFact(name: "Taro Kono", country: "JPN", title: "Foreign Minister", mentions: [b.evidence("Taro Kono")]),
        PersonFact(name: "Shinzo Abe", country: "JPN", title: "Prime Minister", mentions: [b.evidence("Shinzo Abe")]),
        PersonFact(name: "Vladimir Putin", country: "RUS", title: "President", mentions: [b.evidence("Vladimir Putin")]),
    ]
    b.facts.meetings = [
        MeetingFact(
            participants: ["Taro Kono", "Sergei Lavrov"], status: .held, date: date.map { $0.adding(days: -2) },
            datePrecision: date == nil ? .unresolved : .day, place: "Moscow", evidence: [b.evidence("met")]),
        MeetingFact(participants: ["Shinzo Abe", "Vladimir Putin"], status: .planned, evidence: [b.evidence("is to meet")]),
    ]
    b.facts.territories = [
        TerritoryFact(
            names: [TerritoryName(name: "Kuril", usedBy: "RUS"), TerritoryName(name: "Northern Territories", usedBy: "JPN")],
            claims: [
                Claim(country: "JPN", kind: .claims, evidence: b.evidence("Northern Territories")),
                Claim(country: "RUS", kind: .holds, evidence: b.evidence("Russia holds")),
            ],
            evidence: [b.evidence("Kuril")])
    ]
    return (Article(title: "Russia Asks Japan", date: date, source: "https://example.org/kuril", body: kurilBody), b.facts)
}

/// The repository's root folder, found from this file's path.
func repositoryRoot() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
