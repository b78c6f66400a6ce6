import Foundation

/// Paths (or "-" for stdin) read as JSON Lines whatever their names or first bytes say: the
/// input contract of `dipkb extract --stream`, where a broken first record must yield one error
/// and not turn the whole stream into one plain-text article, as content sniffing would.
public struct JSONLinesArticles: Sendable {
    /// The paths as the system has them (bytes, not necessarily UTF-8).
    public var names: [PathName]
    public var options: IntakeOptions
    /// What "-" reads; tests put a pipe here.
    var standardInput = FileHandle.standardInput
    /// How much is read at once.
    var chunkSize = 64 << 10

    public init(paths: [String] = ["-"], options: IntakeOptions = IntakeOptions()) {
        self.init(names: paths.map(PathName.init), options: options)
    }

    public init(names: [PathName], options: IntakeOptions = IntakeOptions()) {
        self.names = names
        self.options = options
    }

    public func forEach(_ body: (IntakeItem) throws -> Void) rethrows {
        for path in names {
            let input: ChunkedInput
            if path.bytes == [UInt8(ascii: "-")] {
                input = ChunkedInput(handle: standardInput, chunkSize: chunkSize)
            } else {
                switch ChunkedInput.open(path: path, chunkSize: chunkSize) {
                case .failed(let reason):
                    try body(.failure(Origin(path: path.display), reason: reason))
                    continue
                case .opened(let opened):
                    input = opened
                }
            }
            try JSONLinesReader(input: input, path: path.display, options: options).forEach(body)
        }
    }
}
