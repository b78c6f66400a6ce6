/// The identity of an article's text: the same body saved twice, with different line breaks or
/// indentation, has one hash, so loading it again is recognised and skipped.
public enum ContentHash {
    /// SHA-256 (hex) of the body with every run of whitespace collapsed to one space and the ends trimmed.
    public static func of(body: String) -> String {
        SHA256.hex(normalized(body).utf8)
    }

    static func normalized(_ body: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in body.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
