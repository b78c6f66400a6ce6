/// A `.json` file of articles read as a stream: a top-level array of objects, a single object,
/// or objects one after another. An incremental scanner finds where each top-level record
/// starts and ends (tracking nesting, strings and escapes) and hands that byte range alone to
/// the JSON decoder, so the file is never held in memory, only the record being read.
final class JSONArrayReader {
    let input: ChunkedInput
    let path: String
    let options: IntakeOptions
    private(set) var peakBufferedBytes = 0

    init(input: ChunkedInput, path: String, options: IntakeOptions) {
        self.input = input
        self.path = path
        self.options = options
    }

    private enum Layout { case unknown, array, objects, closed }

    func forEach(_ body: (IntakeItem) throws -> Void) rethrows {
        let limit = options.maxArticleBytes
        var layout = Layout.unknown
        var line = 1
        // The record being read: its bytes (dropped once it passes the limit) and nesting state.
        var record: [UInt8] = []
        var inRecord = false
        var oversized = false
        var recordLine = 0
        var depth = 0
        var inString = false
        var escaped = false

        reading: while true {
            let chunk: [UInt8]
            switch input.next() {
            case .bytes(let bytes): chunk = bytes
            case .end: break reading
            case .failed(let reason):
                try body(.failure(Origin(path: path, line: line), reason: reason))
                return
            }
            peakBufferedBytes = max(peakBufferedBytes, record.count + chunk.count)
            var i = 0
            var recordStart = 0
            while i < chunk.count {
                let c = chunk[i]
                if c == 0x0A { line += 1 }
                if inRecord {
                    if inString {
                        if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == 0x22 { inString = false }
                    } else if c == 0x22 {
                        inString = true
                    } else if c == 0x7B || c == 0x5B {
                        depth += 1
                    } else if c == 0x7D || c == 0x5D {
                        depth -= 1
                        if depth == 0 {
                            if !oversized { record.append(contentsOf: chunk[recordStart...i]) }
                            if record.count > limit { oversized = true }
                            let origin = Origin(path: path, line: recordLine)
                            if oversized {
                                try body(.failure(origin, reason: "record longer than the article limit of \(limit) bytes, refused"))
                            } else {
                                try ArticleDelivery.deliverRecord(record[...], origin: origin, options: options, to: body)
                            }
                            record.removeAll(keepingCapacity: record.capacity <= 1 << 20)
                            inRecord = false
                            oversized = false
                        }
                    }
                    i += 1
                    continue
                }
                switch c {
                case 0x20, 0x0A, 0x0D, 0x09:
                    break
                case 0x2C where layout == .array || layout == .objects:
                    break
                case 0x5B where layout == .unknown:
                    layout = .array
                case 0x5D where layout == .array:
                    layout = .closed
                case 0x7B where layout != .closed:
                    if layout == .unknown { layout = .objects }
                    inRecord = true
                    depth = 1
                    recordLine = line
                    recordStart = i
                default:
                    let origin = Origin(path: path, line: line)
                    let found = Self.describe(c)
                    switch layout {
                    case .unknown:
                        try body(.failure(origin, reason: "not a JSON array or object of articles (starts with \(found))"))
                    case .closed:
                        try body(.failure(origin, reason: "unexpected \(found) after the end of the array, ignored"))
                    case .array, .objects:
                        try body(.failure(origin, reason: "expected an article object but found \(found); rest of the file skipped"))
                    }
                    return
                }
                i += 1
            }
            if inRecord && !oversized {
                if record.count + (chunk.count - recordStart) > limit {
                    oversized = true
                    record = []
                } else {
                    record.append(contentsOf: chunk[recordStart...])
                }
            }
        }
        let origin = Origin(path: path, line: inRecord ? recordLine : line)
        if inRecord {
            try body(.failure(origin, reason: "file ends inside this record (truncated?), record skipped"))
        } else if layout == .array {
            try body(.failure(origin, reason: "file ends before the array is closed (truncated?)"))
        } else if layout == .unknown {
            try body(.failure(origin, reason: "no JSON records (only white space)"))
        }
    }

    private static func describe(_ c: UInt8) -> String {
        c >= 0x21 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x\(String(c, radix: 16))"
    }
}
