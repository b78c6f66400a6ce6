import Crypto

/// The identity of an article's text: the same body saved twice, with different line breaks or
/// indentation, has one hash, so loading it again is recognised and skipped.
public enum ContentHash {
    /// SHA-256 (hex) of the body with every run of whitespace collapsed to one space and the ends trimmed.
    public static func of(body: String) -> String {
        hex(SHA256.hash(data: normalized(body)))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The body's UTF-8 with whitespace collapsed, read byte by byte: every hash worked out by
    /// the load goes through here (a third of a million instructions an article when it went
    /// scalar by scalar and through a `String`). Whitespace is Unicode's (`White_Space`), which
    /// beyond ASCII is a fixed list of scalars (`whitespaceLength`).
    static func normalized(_ body: String) -> [UInt8] {
        var body = body
        return body.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let spaceLength = whitespaceLength(bytes, at: i)
                if spaceLength > 0 {
                    pendingSpace = !out.isEmpty
                    i += spaceLength
                    continue
                }
                if pendingSpace { out.append(32) }
                pendingSpace = false
                // A scalar's other bytes are never the first byte of whitespace: copied as they come.
                out.append(bytes[i])
                i += 1
            }
            return out
        }
    }

    /// The length in bytes of the whitespace scalar starting at `i`, 0 when there is none: tab to
    /// carriage return and space, and U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F, U+3000 (Unicode's `White_Space` list; a test holds it to
    /// `Unicode.Scalar.Properties.isWhitespace`).
    private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let lead = bytes[i]
        if lead < 0x80 { return lead == 32 || (9...13).contains(lead) ? 1 : 0 }
        guard i + 1 < bytes.count else { return 0 }
        let second = bytes[i + 1]
        if lead == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
        guard i + 2 < bytes.count else { return 0 }
        let third = bytes[i + 2]
        switch (lead, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
        case (0xE2, 0x80): return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0
        default: return 0
        }
    }
}
