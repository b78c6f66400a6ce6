import Extraction
import Foundation

/// An article's facts in the shape of the evaluation's gold files (../shared/eval/GUIDELINES.md):
/// what a gold file holds, and what the extractor's facts become for scoring (the fields
/// `dipkb extract --format json` gives score.py). Absent and empty values are kept apart only
/// where score.py keeps them apart.
public struct EvalFacts: Equatable, Sendable {
    public struct Person: Equatable, Sendable {
        public var name: String
        public var country: String?
        public var aliases: [String] = []
    }

    public struct Meeting: Equatable, Sendable {
        public var participants: [String]
        public var status: String?
        public var date: String?
        public var place: String?
        public var mode: String?
    }

    public struct Territory: Equatable, Sendable {
        public var names: [String]
        public var claimants: [String]
    }

    public var people: [Person] = []
    public var countries: [String] = []
    public var meetings: [Meeting] = []
    public var territories: [Territory] = []

    public init() {}

    /// The extractor's facts, as `dipkb extract --format json` prints them.
    public init(_ facts: ArticleFacts) {
        people = facts.people.map { Person(name: $0.name, country: $0.country) }
        countries = Array(Set(facts.countries.map(\.code))).sorted()
        meetings = facts.meetings.map {
            Meeting(participants: $0.participants, status: $0.status.rawValue, date: $0.date?.description, place: $0.place, mode: $0.mode.rawValue)
        }
        territories = facts.territories.map { Territory(names: $0.names.map(\.name), claimants: $0.claimants) }
    }

    /// A gold file's facts; throws `EvalError.badGold` when it is not JSON of the gold shape.
    public init(goldJSON data: Data, file: String) throws {
        guard let top = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw EvalError.badGold(file: file, reason: "not a JSON object")
        }
        func list(_ value: Any?, _ what: String) throws -> [Any] {
            if value == nil || value is NSNull { return [] }
            guard let items = value as? [Any] else { throw EvalError.badGold(file: file, reason: "\(what) is not a list") }
            return items
        }
        func object(_ value: Any, _ what: String) throws -> [String: Any] {
            guard let object = value as? [String: Any] else { throw EvalError.badGold(file: file, reason: "\(what) is not an object") }
            return object
        }
        func text(_ value: Any?) -> String? { value as? String }
        func texts(_ value: Any?, _ what: String) throws -> [String] { try list(value, what).map { "\($0)" } }

        for item in try list(top["people"], "people") {
            let p = try object(item, "a person")
            guard let name = text(p["name"]) else { throw EvalError.badGold(file: file, reason: "a person without a name") }
            people.append(Person(name: name, country: text(p["country"]), aliases: try texts(p["aliases"], "aliases")))
        }
        countries = try texts(top["countries"], "countries")
        for item in try list(top["meetings"], "meetings") {
            let m = try object(item, "a meeting")
            meetings.append(
                Meeting(
                    participants: try texts(m["participants"], "participants"), status: text(m["status"]),
                    date: text(m["date"]), place: text(m["place"]), mode: text(m["mode"])))
        }
        for item in try list(top["territories"], "territories") {
            let t = try object(item, "a territory")
            territories.append(Territory(names: try texts(t["names"], "names"), claimants: try texts(t["claimants"], "claimants")))
        }
    }
}

public enum EvalError: Error, Equatable, CustomStringConvertible {
    case badGold(file: String, reason: String)
    case notAFolder(String)

    public var description: String {
        switch self {
        case .badGold(let file, let reason): return "\(file): not a gold file: \(reason)"
        case .notAFolder(let path): return "\(path): not a folder of articles with gold files"
        }
    }
}
