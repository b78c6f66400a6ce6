/// A sentence's lowercase words as the territory stages read them, with each token's cue roles
/// (`TerritoryCues.roles(of:)`) beside it, so that "is this word a noun of territory" is a bit
/// test rather than a string hashed into a set. Without numbered cues every role bit is set, and
/// the phrases fall back to comparing strings.
struct CueWords: RandomAccessCollection, Sendable {
    /// The tokens, whose `lower` are the words: shared, not copied into an array of strings.
    let tokens: [Token]
    let roles: [UInt64]
    let isNumbered: Bool

    init(_ tokens: [Token], _ cues: TerritoryCues) {
        self.tokens = tokens
        isNumbered = cues.isNumbered
        roles = cues.isNumbered ? tokens.map { cues.roles(of: $0) } : [UInt64](repeating: ~0, count: tokens.count)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }
    @inline(__always) subscript(i: Int) -> String { tokens[i].lower }
}
