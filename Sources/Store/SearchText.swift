/// What a user typed into a search, made into an FTS5 query that cannot be read as FTS5 syntax:
/// every word becomes a quoted string of its letters and digits (so `AND`, `OR`, `NEAR`, `*`,
/// `^`, `:` and stray quotes are plain text), the words all required, each also matching longer
/// words it begins ("Kuril" finds "Kurils"). Text between a pair of double quotes is one phrase,
/// matched word for word; an unpaired quote is ignored.
public struct SearchText: Equatable, Sendable {
    /// The words and phrases searched for, as the user wrote them (without punctuation).
    public let terms: [String]
    /// The FTS5 query, bound as a value to MATCH.
    public let ftsQuery: String

    /// A query of more terms is refused rather than run: each term is a lookup in the index.
    public static let maxTerms = 32

    /// nil when `text` holds no letter or digit to search for.
    public init?(_ text: String) {
        var terms: [(words: String, isPhrase: Bool)] = []
        let pieces = text.split(separator: "\"", omittingEmptySubsequences: false)
        // Pieces at odd positions lie between a pair of quotes; with an unpaired quote the last
        // piece is ordinary words.
        let paired = pieces.count % 2 == 1 ? pieces.count : pieces.count - 1
        for (i, piece) in pieces.enumerated() {
            if i % 2 == 1 && i < paired {
                let words = Self.words(of: piece)
                if !words.isEmpty { terms.append((words.joined(separator: " "), true)) }
            } else {
                for word in piece.split(whereSeparator: \.isWhitespace) {
                    let parts = Self.words(of: word)
                    if !parts.isEmpty { terms.append((parts.joined(separator: " "), false)) }
                }
            }
        }
        guard !terms.isEmpty else { return nil }
        let kept = terms.prefix(Self.maxTerms)
        self.terms = kept.map(\.words)
        // A quoted FTS5 string holds no quote here, so nothing in it is syntax; `*` after the
        // closing quote makes the last word a prefix.
        ftsQuery = kept.map { "\"\($0.words)\"" + ($0.isPhrase ? "" : "*") }.joined(separator: " ")
    }

    /// The runs of letters, digits and marks in `text`: what FTS5's unicode61 tokenizer keeps.
    static func words(of text: Substring) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark, .privateUse:
                word.append(scalar)
            default:
                if !word.isEmpty {
                    words.append(String(word))
                    word = String.UnicodeScalarView()
                }
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }
}
