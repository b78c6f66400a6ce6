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

    /// The queries built into dipkb, from queries.sql.
    public static func builtIn() throws -> QueryCatalog {
        var catalog = QueryCatalog()
        try catalog.add(text: Embedded.files["queries.sql"] ?? "", file: "queries.sql")
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
        var current: NamedQuery?
        var currentLine = 0
        var sqlLines: [String] = []
        var found: [NamedQuery] = []
        let check = try QueryCheck()

        func finish(at line: Int) throws {
            guard var query = current else { return }
            query.sql = sqlLines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if Self.isBlank(query.sql) {
                throw StoreError.queryFile(path: file, line: line, reason: "query \(query.name) has no SQL")
            }
            if let problem = check.problem(with: query.sql) {
                throw StoreError.queryFile(path: file, line: currentLine, reason: "query \(query.name) \(problem)")
            }
            found.append(query)
            current = nil
            sqlLines = []
        }

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
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
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("--")
        }
    }
}
