// Interim driver until the CLI lands: `dipkb extract --format json FILE`.
import Foundation
import Extraction
import Intake

let args = CommandLine.arguments
guard let path = args.last, args.count >= 2, let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("usage: dipkb extract --format json FILE\n".utf8)); exit(2)
}
let article = PlainText.parse(String(decoding: data, as: UTF8.self))
let facts = Extractor().extract(article)
func j(_ s: String?) -> Any { s.map { $0 as Any } ?? NSNull() }
let out: [String: Any] = [
    "people": facts.people.map { ["name": $0.name, "country": j($0.country), "title": j($0.title), "aliases": $0.aliases] },
    "countries": facts.countries.map(\.code),
    "meetings": facts.meetings.map { m in ["participants": m.participants, "status": m.status.rawValue, "date": j(m.date?.description), "place": j(m.place), "mode": m.mode.rawValue,
                                          "evidence": facts.sentences[m.evidence[0].sentence].text] as [String: Any] },
    "territories": facts.territories.map { t in ["names": t.names.map(\.name), "used_by": t.names.map { j($0.usedBy) }, "claimants": t.claimants, "controlled_by": j(t.controlledBy),
                                                "evidence": facts.sentences[t.evidence[0].sentence].text] as [String: Any] },
]
let json = try JSONSerialization.data(withJSONObject: out, options: [.prettyPrinted, .sortedKeys])
FileHandle.standardOutput.write(json)
print()
