/// A query kept as data: SQL with `:param` placeholders, a name to run it by, and a description
/// and parameter list for `dipkb queries`.
public struct NamedQuery: Equatable, Sendable {
    public struct Parameter: Equatable, Sendable {
        public var name: String
        public var description: String
        /// An optional parameter left out is bound to NULL; the SQL says what NULL means
        /// (usually `(:person IS NULL OR ...)`, no filter).
        public var isOptional: Bool

        public init(name: String, description: String, isOptional: Bool) {
            self.name = name
            self.description = description
            self.isOptional = isOptional
        }
    }

    public var name: String
    public var description: String
    public var parameters: [Parameter]
    public var sql: String
    /// The file it was read from, for messages.
    public var file: String

    public init(name: String, description: String, parameters: [Parameter], sql: String, file: String) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.sql = sql
        self.file = file
    }

    public func parameter(_ name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }
}
