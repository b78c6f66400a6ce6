import SQLite

/// One value of a query's row: text for the page, its own JSON type (number, string, null)
/// for the twin, as `dipkb query --format json` writes it.
struct QueryCell: Encodable, Sendable, Equatable {
    var text: String?
    private let value: Value

    init(_ value: Value) {
        self.value = value
        text = value.text
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch value {
        case .null: try container.encodeNil()
        case .integer(let number): try container.encode(number)
        case .real(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        case .blob: try container.encode(text ?? "")
        }
    }
}

/// A row of cells, for the template (a list of lists cannot be walked by name in Mustache).
struct QueryRow: Encodable, Sendable, Equatable {
    var cells: [QueryCell]

    func encode(to encoder: any Encoder) throws {
        try cells.encode(to: encoder)
    }
}
