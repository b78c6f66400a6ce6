import Crypto

/// The identity of an article's text: the same body saved twice, with different line breaks or
/// indentation, has one hash, so loading it again is recognised and skipped.
public enum ContentHash {
    /// SHA-256 (hex) of the body with every run of whitespace collapsed to one space and the ends trimmed.
    public static func of(body: String) -> String {
        SHA256.hash(data: Array(normalized(body).utf8)).map(hexDigits).joined()
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return byte < 16 ? "0" + digits : digits
    }

    static func normalized(_ body: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(body.utf8.count)
        var pendingSpace = false
        // ASCII bytes are classified directly; only the rare non-ASCII scalar asks Unicode
        // whether it is whitespace (no-break space, em space, ...).
        var scalars = body.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            let v = scalar.value
            let isSpace = v < 0x80 ? (v == 32 || (v >= 9 && v <= 13)) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(32) }
                pendingSpace = false
                if v < 0x80 { out.append(UInt8(v)) } else { out.append(contentsOf: String(scalar).utf8) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
