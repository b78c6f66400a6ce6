/// A word, number or punctuation mark of a sentence, as a span of the body's UTF-8 bytes.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    var kind: Kind
    /// Byte range in the body.
    var start: Int
    var end: Int
    /// The text as written.
    var text: String
    /// Lowercased text, for dictionary lookups.
    var lower: String
    /// First letter is uppercase.
    var isCapitalized: Bool
    /// Whitespace (or the start of the sentence) comes before it.
    var spaceBefore: Bool
    /// The word lists it belongs to.
    var classes: WordClass = []

    static func isAllCapsText(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }
}
