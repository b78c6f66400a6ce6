/// A stretch of an article around the words a search found, in pieces, each saying whether it
/// is one of those words: a terminal marks them one way, a web page another (escaping the text,
/// which is untrusted), and neither has to pick markers out of article text.
public struct Snippet: Equatable, Sendable {
    public struct Piece: Equatable, Sendable {
        public var text: String
        public var isMatch: Bool

        public init(text: String, isMatch: Bool) {
            self.text = text
            self.isMatch = isMatch
        }
    }

    public var pieces: [Piece]

    /// The markers search.sql asks FTS5's snippet() to put around each match: control
    /// characters, which news text does not use (a stray one in an article would at worst
    /// mark the wrong words, never reach SQL or markup).
    static let matchStart: Character = "\u{2}"
    static let matchEnd: Character = "\u{3}"

    public init(pieces: [Piece]) {
        self.pieces = pieces
    }

    /// Splits snippet() output at its markers; a line break or a run of spaces is one space,
    /// since a snippet is shown as one line.
    init(marked text: String) {
        var pieces: [Piece] = []
        var current = ""
        var inMatch = false
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace { current.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if character == Self.matchStart || character == Self.matchEnd {
                if !current.isEmpty { pieces.append(Piece(text: current, isMatch: inMatch)) }
                current = ""
                inMatch = character == Self.matchStart
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { pieces.append(Piece(text: current, isMatch: inMatch)) }
        self.pieces = Self.joiningAdjacentMatches(pieces)
    }

    /// FTS5 marks each word found on its own: "«Northern» «Territories»" reads as one match.
    static func joiningAdjacentMatches(_ pieces: [Piece]) -> [Piece] {
        var joined: [Piece] = []
        var i = 0
        while i < pieces.count {
            var piece = pieces[i]
            while piece.isMatch, i + 2 < pieces.count, pieces[i + 2].isMatch, !pieces[i + 1].isMatch,
                pieces[i + 1].text.allSatisfy(\.isWhitespace)
            {
                piece.text += pieces[i + 1].text + pieces[i + 2].text
                i += 2
            }
            joined.append(piece)
            i += 1
        }
        return joined
    }

    /// The text with each match between `open` and `close`.
    public func marked(open: String, close: String) -> String {
        pieces.map { $0.isMatch ? open + $0.text + close : $0.text }.joined()
    }

    /// The text alone.
    public var text: String { pieces.map(\.text).joined() }
}
