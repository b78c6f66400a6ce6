import Foundation
import Mustache

/// A page as its template sees it: the page's JSON twin, so the HTML shows exactly what the
/// JSON says. Each object answers for its own keys only: in Mustache a key an object lacks is
/// looked up in the enclosing objects, so an article without a title would otherwise show the
/// title of the person whose page it is on. (JSON leaves nil values out, so a missing key and a
/// null are the same here.)
enum TemplateValue: Decodable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([TemplateValue])
    case object([String: TemplateValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([TemplateValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: TemplateValue].self))
        }
    }

    /// The page through its JSON encoding.
    static func of<Page: Encodable>(_ page: Page) throws -> Any {
        try JSONDecoder().decode(TemplateValue.self, from: JSONEncoder().encode(page)).mustache
    }

    /// What Mustache renders: dictionaries, arrays and plain values.
    var mustache: Any {
        switch self {
        case .null: return Absent()
        case .bool(let value): return value
        case .integer(let value): return value
        case .number(let value): return value
        case .string(let value): return value
        case .array(let values): return values.map(\.mustache)
        case .object(let values): return Scope(values: values.mapValues(\.mustache))
        }
    }

    /// An object whose missing keys are absent, not looked up further out.
    struct Scope: MustacheParent {
        let values: [String: Any]

        func child(named name: String) -> Any? {
            values[name] ?? Absent()
        }
    }

    /// A null: found (so the lookup stops), false in a section, empty in a variable.
    struct Absent: MustacheCustomRenderable {
        var renderText: String { "" }
        var isNull: Bool { true }
    }
}
