import Foundation

/// Paths (or "-" for stdin) read as JSON Lines whatever their names or first bytes say: the
/// input contract of `dipkb extract --stream`, where a broken first record must yield one error
/// and not turn the whole stream into one plain-text article, as content sniffing would.
public struct JSONLinesArticles: Sendable {
    public var paths: [String]
    public var options: IntakeOptions
    /// What "-" reads; tests put a pipe here.
    var standardInput = FileHandle.standardInput
    /// How much is read at once.
    var chunkSize = 64 << 10

    public init(paths: [String] = ["-"], options: IntakeOptions = IntakeOptions()) {
        self.paths = paths
        self.options = options
    }

    public func forEach(_ body: (IntakeItem) throws -> Void) rethrows {
        for path in paths {
            let input: ChunkedInput
            if path == "-" {
                input = ChunkedInput(handle: standardInput, chunkSize: chunkSize)
            } else {
                switch ChunkedInput.open(path: path, chunkSize: chunkSize) {
                case .failed(let reason):
                    try body(.failure(Origin(path: path), reason: reason))
                    continue
                case .opened(let opened):
                    input = opened
                }
            }
            try JSONLinesReader(input: input, path: path, options: options).forEach(body)
        }
    }
}
