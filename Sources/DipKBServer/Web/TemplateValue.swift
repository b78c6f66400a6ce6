import Foundation
import Mustache

/// A page as its template sees it: the page's JSON twin, so the HTML shows exactly what the
/// JSON says. A null is kept as an explicit empty value: in Mustache a missing key is looked up
/// in the enclosing objects, so a nil article title would otherwise show the person's title.
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
        case .object(let values): return values.mapValues(\.mustache)
        }
    }

    /// A null: found (so the lookup stops), false in a section, empty in a variable.
    struct Absent: MustacheCustomRenderable {
        var renderText: String { "" }
        var isNull: Bool { true }
    }
}
