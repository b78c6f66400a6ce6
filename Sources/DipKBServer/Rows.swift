import SQLite

/// One row of a page query, read by column name: the page code names what it reads, and a
/// column added to or moved in pages.sql does not shift the others.
struct Row {
    let columns: [String]
    let values: [Value]

    func text(_ column: String) -> String? {
        guard let index = columns.firstIndex(of: column) else { return nil }
        return values[index].text
    }

    func int(_ column: String) -> Int64? {
        guard let index = columns.firstIndex(of: column) else { return nil }
        switch values[index] {
        case .integer(let value): return value
        case .text(let text): return Int64(text)
        default: return nil
        }
    }
}
