import Foundation

/// The named queries dipkb knows: those of the embedded queries.sql, and those of any file the
/// user adds with `--queries`.
///
/// A query file is SQL with header comments. Each query starts with `-- name: NAME`, may have
/// `-- description: TEXT` and `-- param: NAME — TEXT` lines (`NAME?` for an optional parameter),
/// and runs until the next `-- name:`. Other comments are kept as part of the SQL.
public struct QueryCatalog: Sendable {
    public private(set) var queries: [NamedQuery] = []

    public init() {}

    /// The queries built into dipkb, from queries.sql. `checked`: prepare each against the schema
    /// as a user's file is. Every command reads them, and preparing them costs more than the
    /// query most commands run, so they are checked by the tests, not at every start.
    public static func builtIn(checked: Bool = false) throws -> QueryCatalog {
        var catalog = QueryCatalog()
        try catalog.add(text: Embedded.files["queries.sql"] ?? "", file: "queries.sql", checked: checked)
        return catalog
    }

    public var names: [String] { queries.map(\.name) }

    public func query(named name: String) throws -> NamedQuery {
        guard let query = queries.first(where: { $0.name == name }) else {
            throw StoreError.unknownQuery(name: name, known: names)
        }
        return query
    }

    /// Adds the queries of a file the user gives.
    public mutating func add(file path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw StoreError.queryFile(path: path, line: 0, reason: exists ? "cannot be read" : "no such file")
        }
        try add(text: String(decoding: data, as: UTF8.self), file: path)
    }

    public mutating func add(text: String, file: String) throws {
        try add(text: text, file: file, checked: true)
    }

    mutating func add(text: String, file: String, checked: Bool) throws {
        var current: NamedQuery?
        var currentLine = 0
        var sqlLines: [String] = []
        var found: [NamedQuery] = []
        let check = checked ? try QueryCheck() : nil

        func finish(at line: Int) throws {
            guard var query = current else { return }
            query.sql = Self.trimmed(Substring(sqlLines.joined(separator: "\n")), newlines: true)
            if Self.isBlank(query.sql) {
                throw StoreError.queryFile(path: file, line: line, reason: "query \(query.name) has no SQL")
            }
            if let problem = check?.problem(with: query.sql) {
                throw StoreError.queryFile(path: file, line: currentLine, reason: "query \(query.name) \(problem)")
            }
            found.append(query)
            current = nil
            sqlLines = []
        }

        // "\r\n" is one Character, not a "\n": a file saved with Windows line ends is split too.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            let line = Self.trimmed(rawLine)
            if let value = Self.header("name", in: line) {
                try finish(at: number - 1)
                guard !value.isEmpty, value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                    throw StoreError.queryFile(path: file, line: number, reason: "a query name is letters, digits, - and _, not \"\(value)\"")
                }
                if names.contains(value) || found.contains(where: { $0.name == value }) {
                    throw StoreError.queryFile(path: file, line: number, reason: "query \(value) is already defined")
                }
                current = NamedQuery(name: value, description: "", parameters: [], sql: "", file: file)
                currentLine = number
            } else if let value = Self.header("description", in: line) {
                guard current != nil else {
                    throw StoreError.queryFile(path: file, line: number, reason: "-- description: before any -- name:")
                }
                current!.description += (current!.description.isEmpty ? "" : " ") + value
            } else if let value = Self.header("param", in: line) {
                guard current != nil else {
                    throw StoreError.queryFile(path: file, line: number, reason: "-- param: before any -- name:")
                }
                current!.parameters.append(try Self.parameter(value, file: file, line: number))
            } else if current != nil {
                sqlLines.append(String(rawLine))
            } else if !Self.isBlank(line) {
                throw StoreError.queryFile(path: file, line: number, reason: "SQL before any -- name: header")
            }
        }
        try finish(at: lines.count)
        queries += found
    }

    /// The value of a `-- KEY: value` header line, or nil when the line is not that header.
    static func header(_ key: String, in line: String) -> String? {
        guard line.hasPrefix("--") else { return nil }
        let rest = line.dropFirst(2).drop(while: { $0 == " " || $0 == "\t" })
        guard rest.lowercased().hasPrefix(key + ":") else { return nil }
        return rest.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
    }

    static func parameter(_ text: String, file: String, line: Int) throws -> NamedQuery.Parameter {
        let name = String(text.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        guard !name.isEmpty else {
            throw StoreError.queryFile(path: file, line: line, reason: "-- param: needs a name (letters, digits and _)")
        }
        var rest = text.dropFirst(name.count)
        let optional = rest.first == "?"
        if optional { rest = rest.dropFirst() }
        let description = rest.drop { $0 == " " || $0 == "\t" || $0 == "—" || $0 == "–" || $0 == "-" || $0 == ":" }
        return NamedQuery.Parameter(name: name, description: String(description).trimmingCharacters(in: .whitespaces), isOptional: optional)
    }

    /// True when the text holds nothing but whitespace and comments.
    static func isBlank(_ sql: String) -> Bool {
        sql.split(separator: "\n").allSatisfy { line in
            let trimmed = trimmed(line)
            return trimmed.isEmpty || trimmed.hasPrefix("--")
        }
    }

    /// A line (or, with `newlines`, a query) without the blanks around it (spaces, tabs, a
    /// carriage return): Foundation's trimming, line by line, cost more than most commands' query.
    static func trimmed(_ line: Substring, newlines: Bool = false) -> String {
        let isBlank = { (c: Character) in c == " " || c == "\t" || c == "\r" || c == "\u{A0}" || (newlines && (c == "\n" || c == "\r\n")) }
        guard let first = line.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = line.lastIndex(where: { !isBlank($0) })!
        return String(line[first...last])
    }
}
