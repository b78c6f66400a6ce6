#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where articles go: one plain-text file each in a folder, or one JSON object per line in a file.
/// Output is buffered and flushed in large blocks, so a gigabyte of JSON Lines costs constant memory
/// and a few large writes.
struct CorpusSink {
    enum Target {
        case folder(String)
        case jsonLines(String)
    }

    let target: Target
    private var buffer: [UInt8] = []
    private var file: UnsafeMutablePointer<FILE>?
    private let flushAt = 1 << 20

    init(_ target: Target) throws(CorpusError) {
        self.target = target
        switch target {
        case .folder(let path):
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw CorpusError("\(path): cannot create folder (\(String(cString: strerror(errno))))") }
        case .jsonLines(let path):
            guard let f = fopen(path, "wb") else { throw CorpusError("\(path): cannot create file (\(String(cString: strerror(errno))))") }
            file = f
        }
        buffer.reserveCapacity(flushAt + (64 << 10))
    }

    mutating func write(_ article: GeneratedArticle, number: Int) throws(CorpusError) {
        switch target {
        case .folder(let folder):
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: "Title: \(article.title)\nDate: \(article.date)\nSource: \(article.url)\n\n".utf8)
            buffer.append(contentsOf: article.body)
            buffer.append(10)
            var name = String(number)
            name = String(repeating: "0", count: max(0, 7 - name.count)) + name
            let path = "\(folder)/\(name).txt"
            guard let f = fopen(path, "wb") else { throw CorpusError("\(path): cannot create file (\(String(cString: strerror(errno))))") }
            let written = buffer.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
            let closed = fclose(f)
            guard written == buffer.count, closed == 0 else { throw CorpusError("\(path): write failed") }
        case .jsonLines:
            buffer.append(contentsOf: #"{"title":"#.utf8)
            appendJSONString(Array(article.title.utf8))
            buffer.append(contentsOf: #","date":""#.utf8)
            buffer.append(contentsOf: article.date.utf8)
            buffer.append(contentsOf: #"","url":"#.utf8)
            appendJSONString(Array(article.url.utf8))
            buffer.append(contentsOf: #","text":"#.utf8)
            appendJSONString(article.body)
            buffer.append(contentsOf: "}\n".utf8)
            if buffer.count >= flushAt { try flush() }
        }
    }

    mutating func finish() throws(CorpusError) {
        guard let f = file else { return }
        try flush()
        file = nil
        guard fclose(f) == 0 else { throw CorpusError("JSON Lines output: close failed") }
    }

    private mutating func flush() throws(CorpusError) {
        guard let f = file, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
        guard written == buffer.count else { throw CorpusError("JSON Lines output: write failed (\(String(cString: strerror(errno))))") }
        buffer.removeAll(keepingCapacity: true)
    }

    /// JSON string with the escapes RFC 8259 requires; other UTF-8 is copied as is.
    private mutating func appendJSONString(_ bytes: [UInt8]) {
        buffer.append(34)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        for b in bytes {
            switch b {
            case 34:
                buffer.append(92)
                buffer.append(34)
            case 92:
                buffer.append(92)
                buffer.append(92)
            case 10:
                buffer.append(92)
                buffer.append(110)
            case 13:
                buffer.append(92)
                buffer.append(114)
            case 9:
                buffer.append(92)
                buffer.append(116)
            case 0..<32: buffer.append(contentsOf: [92, 117, 48, 48, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: buffer.append(b)
            }
        }
        buffer.append(34)
    }
}

struct CorpusError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
