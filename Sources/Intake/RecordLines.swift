import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The non-blank lines of files, folders (recursively, as `ArticleFiles` walks them) and "-"
/// (stdin), as raw bytes for a caller that parses them itself: the fact lines of
/// `dipkb extract --stream`. Streamed in chunks, so only the current line is held. An empty file
/// holds no lines and is no problem, since an engine writing a folder of part files writes empty
/// ones for empty partitions (and an empty `_SUCCESS` marker).
public struct RecordLines: Sendable {
    public enum Item: Sendable {
        case line([UInt8], Origin)
        /// A file that cannot be read, or a line too long to hold.
        case failure(Origin, reason: String)
    }

    /// The paths as the system has them (bytes, not necessarily UTF-8).
    public var names: [PathName]
    /// A longer line is refused (and skipped up to its end), so one runaway line cannot exhaust memory.
    public var maxLineBytes: Int
    var standardInput = FileHandle.standardInput
    var chunkSize = 64 << 10

    public init(paths: [String], maxLineBytes: Int) {
        self.init(names: paths.map(PathName.init), maxLineBytes: maxLineBytes)
    }

    public init(names: [PathName], maxLineBytes: Int) {
        self.names = names
        self.maxLineBytes = maxLineBytes
    }

    public func forEach(_ body: (Item) throws -> Void) rethrows {
        for path in names {
            if path.bytes == [UInt8(ascii: "-")] {
                try read(ChunkedInput(handle: standardInput, chunkSize: chunkSize), path: "-", body)
                continue
            }
            var info = stat()
            guard path.withCString({ stat($0, &info) }) == 0 else {
                let code = errno
                let reason = code == ENOENT ? "no such file or folder" : "cannot be read: \(ChunkedInput.describe(errno: code))"
                try body(.failure(Origin(path: path.display), reason: reason))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                for entry in FolderWalker.entries(under: path) {
                    switch entry {
                    case .file(let file): try readFile(file, body)
                    case .problem(let where_, let reason): try body(.failure(Origin(path: where_.display), reason: reason))
                    }
                }
            } else {
                try readFile(path, body)
            }
        }
    }

    private func readFile(_ path: PathName, _ body: (Item) throws -> Void) rethrows {
        switch ChunkedInput.open(path: path, chunkSize: chunkSize) {
        case .failed(let reason): try body(.failure(Origin(path: path.display), reason: reason))
        case .opened(let input): try read(input, path: path.display, body)
        }
    }

    private func read(_ input: ChunkedInput, path: String, _ body: (Item) throws -> Void) rethrows {
        var partial: [UInt8] = []
        var line = 1
        // An over-long line is dropped as it arrives, up to its newline.
        var discarding = false
        func deliver(_ bytes: [UInt8]) throws {
            if bytes.contains(where: { !TextBytes.isSpace($0) }) { try body(.line(bytes, Origin(path: path, line: line))) }
        }
        func refuse() throws {
            try body(.failure(Origin(path: path, line: line), reason: "line longer than the limit of \(maxLineBytes) bytes, refused"))
        }
        reading: while true {
            let chunk: [UInt8]
            switch input.next() {
            case .bytes(let bytes): chunk = bytes
            case .end: break reading
            case .failed(let reason):
                try body(.failure(Origin(path: path, line: line), reason: reason))
                return
            }
            var start = 0
            while let newline = JSONLinesReader.newline(in: chunk, from: start) {
                if discarding {
                    discarding = false
                } else if partial.count + (newline - start) > maxLineBytes {
                    try refuse()
                } else {
                    partial.append(contentsOf: chunk[start..<newline])
                    try deliver(partial)
                }
                partial.removeAll(keepingCapacity: true)
                line += 1
                start = newline + 1
            }
            if !discarding && start < chunk.count {
                if partial.count + (chunk.count - start) > maxLineBytes {
                    try refuse()
                    partial = []
                    discarding = true
                } else {
                    partial.append(contentsOf: chunk[start...])
                }
            }
        }
        if !discarding && !partial.isEmpty { try deliver(partial) }
    }
}
