#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks and conversions on raw input bytes before any format looks at them:
/// byte-order marks, binary detection, and UTF-8 with repair.
enum TextBytes {
    /// How much of a file is examined to tell text from binary and one format from another.
    static let sniffLength = 8192

    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func hasUTF8BOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    enum UTF16Order { case little, big }

    static func utf16BOM(_ bytes: [UInt8]) -> UTF16Order? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return .little }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return .big }
        return nil
    }

    /// Why the sample is not text, or nil if it is. NUL never occurs in text; other control
    /// characters occur rarely, so more than one byte in ten of them means binary.
    static func binaryReason(_ sample: [UInt8]) -> String? {
        let count = min(sample.count, sniffLength)
        let controls = sample.withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress else { return 0 }
            if memchr(base, 0, count) != nil { return nil }
            var controls = 0
            for i in 0..<count { controls &+= Int(controlTable[Int(b[i])]) }
            return controls
        }
        guard let controls else { return "binary file (contains NUL bytes), refused" }
        if controls * 10 > count { return "binary file (mostly non-text bytes), refused" }
        return nil
    }

    /// 1 for control characters that do not occur in text (tab, newlines, form feed and escape do).
    private static let controlTable: [UInt8] = (0...255).map { b in
        (b < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(b)) || b == 0x7F ? 1 : 0
    }

    /// The bytes as UTF-8, repaired with U+FFFD where invalid; the warning names the first bad byte.
    static func repairedUTF8(_ bytes: [UInt8]) -> (bytes: [UInt8], warning: String?) {
        guard let offset = firstInvalidUTF8(bytes) else { return (bytes, nil) }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        return (repaired, "invalid UTF-8 at byte \(offset), decoded with replacement characters")
    }

    /// The replacement character, as UTF-8.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Replaces every NUL byte with U+FFFD; the warning names the first one's offset.
    static func replacingNUL(_ bytes: inout [UInt8]) -> String? {
        guard let first = bytes.firstIndex(of: 0) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        for b in bytes {
            if b == 0 { out.append(contentsOf: replacement) } else { out.append(b) }
        }
        bytes = out
        return "NUL byte at byte \(first) replaced with a replacement character"
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        // The standard library's validator is fast; the slow walk runs only to name the offset.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    static func utf8(fromUTF16 bytes: [UInt8], order: UTF16Order) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(
                order == .little
                    ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                    : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Windows-1252, the superset of Latin-1 that pages labelled ISO-8859-1 actually use.
    static func utf8(fromWindows1252 bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
                continue
            }
            let scalar =
                (0x80...0x9F).contains(b)
                ? windows1252High[Int(b - 0x80)]
                : Unicode.Scalar(b)
            out.append(contentsOf: String(Character(scalar)).utf8)
        }
        return out
    }

    /// Windows-1252 code points 0x80...0x9F (also how browsers read `&#128;`...`&#159;`).
    static let windows1252High: [Unicode.Scalar] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ].map { Unicode.Scalar(UInt32($0))! }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
    }

    static func firstNonSpace(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        var i = start
        while i < bytes.count {
            if !isSpace(bytes[i]) { return i }
            i += 1
        }
        return nil
    }

    /// Whether `bytes` at `offset` start with `ascii`, ignoring ASCII case.
    static func hasPrefix(_ bytes: [UInt8], at offset: Int, caseInsensitive ascii: String) -> Bool {
        var i = offset
        for c in ascii.utf8 {
            guard i < bytes.count else { return false }
            let b = bytes[i]
            let lower = (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b
            guard lower == c else { return false }
            i += 1
        }
        return true
    }
}
