#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// JSON Lines (one article object per line) read as a stream: the file comes in fixed-size
/// chunks and only the current line is kept, so memory stays bounded by the chunk size plus
/// the article limit however large the file. A bad line is reported and the next one read.
final class JSONLinesReader {
    let input: ChunkedInput
    let path: String
    let options: IntakeOptions
    /// The most bytes held at once (the chunk plus the unfinished line); tests check it stays bounded.
    private(set) var peakBufferedBytes = 0

    init(input: ChunkedInput, path: String, options: IntakeOptions) {
        self.input = input
        self.path = path
        self.options = options
    }

    func forEach(_ body: (IntakeItem) throws -> Void) rethrows {
        let limit = options.maxArticleBytes
        var partial: [UInt8] = []
        var line = 1
        // An over-long line is dropped as it arrives, up to its newline.
        var discarding = false
        reading: while true {
            let chunk: [UInt8]
            switch input.next() {
            case .bytes(let bytes): chunk = bytes
            case .end: break reading
            case .failed(let reason):
                try body(.failure(Origin(path: path, line: line), reason: reason))
                return
            }
            peakBufferedBytes = max(peakBufferedBytes, partial.count + chunk.count)
            var start = 0
            while let newline = Self.newline(in: chunk, from: start) {
                if discarding {
                    discarding = false
                } else if partial.isEmpty {
                    try record(chunk[start..<newline], line: line, body)
                } else if partial.count + (newline - start) > limit {
                    try refuse(line: line, body)
                    partial = []
                } else {
                    partial.append(contentsOf: chunk[start..<newline])
                    try record(partial[...], line: line, body)
                    partial.removeAll(keepingCapacity: true)
                }
                line += 1
                start = newline + 1
            }
            if !discarding && start < chunk.count {
                if partial.count + (chunk.count - start) > limit {
                    try refuse(line: line, body)
                    partial = []
                    discarding = true
                } else {
                    partial.append(contentsOf: chunk[start...])
                }
            }
        }
        if !discarding && !partial.isEmpty { try record(partial[...], line: line, body) }
    }

    private func refuse(line: Int, _ body: (IntakeItem) throws -> Void) rethrows {
        try body(
            .failure(
                Origin(path: path, line: line),
                reason: "line longer than the article limit of \(options.maxArticleBytes) bytes, refused"))
    }

    private func record(_ bytes: ArraySlice<UInt8>, line: Int, _ body: (IntakeItem) throws -> Void) rethrows {
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper, TextBytes.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, TextBytes.isSpace(bytes[upper - 1]) { upper -= 1 }
        // Files joined with cat keep each one's byte-order mark at the start of a line.
        if upper - lower >= 3, TextBytes.hasUTF8BOM(Array(bytes[lower..<lower + 3])) { lower += 3 }
        if lower == upper { return }
        let origin = Origin(path: path, line: line)
        if upper - lower > options.maxArticleBytes {
            try refuse(line: line, body)
            return
        }
        try ArticleDelivery.deliverRecord(bytes[lower..<upper], origin: origin, options: options, to: body)
    }

    static func newline(in chunk: [UInt8], from start: Int) -> Int? {
        guard start < chunk.count else { return nil }
        return chunk.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, let hit = memchr(base + start, 0x0A, b.count - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }
}
