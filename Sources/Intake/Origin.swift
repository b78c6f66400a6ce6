/// Where an article or a problem came from: a file (or "-" for stdin) and, for
/// multi-article files such as JSON Lines, the line or record number.
public struct Origin: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    public var description: String {
        line.map { "\(path):\($0)" } ?? path
    }
}
