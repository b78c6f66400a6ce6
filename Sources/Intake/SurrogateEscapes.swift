/// JSON text escapes UTF-16: a character beyond the Basic Multilingual Plane is two `\uXXXX`
/// escapes, a high surrogate then a low one. One without its partner (`\ud800` alone, a
/// truncated emoji) names no character, and the JSON parser refuses the whole record for it.
enum SurrogateEscapes {
    /// `bytes` with every lone surrogate escape replaced by `\uFFFD`, and the first one found
    /// (as written, e.g. `\ud800`); nil when there is none. Escapes are read as JSON reads
    /// them: `\\ud800` is a backslash and text, not an escape.
    static func repaired(_ bytes: [UInt8]) -> (bytes: [UInt8], first: String)? {
        var output: [UInt8] = []
        var first: String?
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count else {
                output.append(bytes[i])
                i += 1
                continue
            }
            guard bytes[i + 1] == UInt8(ascii: "u"), let unit = codeUnit(in: bytes, at: i) else {
                // Any other escape is two bytes, copied as they are.
                output.append(contentsOf: bytes[i..<min(i + 2, bytes.count)])
                i += 2
                continue
            }
            let isHigh = (0xD800...0xDBFF).contains(unit)
            let isLow = (0xDC00...0xDFFF).contains(unit)
            if isHigh, let next = codeUnit(in: bytes, at: i + escapeLength), (0xDC00...0xDFFF).contains(next) {
                output.append(contentsOf: bytes[i..<i + 2 * escapeLength])
                i += 2 * escapeLength
            } else if isHigh || isLow {
                first = first ?? String(decoding: bytes[i..<i + escapeLength], as: UTF8.self)
                output.append(contentsOf: Array(#"\uFFFD"#.utf8))
                i += escapeLength
            } else {
                output.append(contentsOf: bytes[i..<i + escapeLength])
                i += escapeLength
            }
        }
        return first.map { (output, $0) }
    }

    /// `\uXXXX`: six bytes.
    private static let escapeLength = 6

    /// The code unit of the `\uXXXX` escape at `start`, nil when there is none there.
    private static func codeUnit(in bytes: [UInt8], at start: Int) -> Int? {
        guard start + escapeLength <= bytes.count, bytes[start] == UInt8(ascii: "\\"), bytes[start + 1] == UInt8(ascii: "u") else { return nil }
        var value = 0
        for byte in bytes[start + 2..<start + escapeLength] {
            guard let digit = hexDigit(byte) else { return nil }
            value = value * 16 + digit
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
