/// A sentence's lowercase words as the territory stages read them, with each token's cue roles
/// (`TerritoryCues.roles(of:)`) read beside it, so that "is this word a noun of territory" is a
/// bit test rather than a string hashed into a set. Without numbered cues every role bit is set,
/// and the phrases fall back to comparing strings.
///
/// The roles are looked up in the cues' table at each test, not gathered into an array of the
/// sentence's own: the territory stage makes these for every sentence that may name a territory,
/// and the array made and freed for each cost more than the few tests most sentences have.
struct CueWords: RandomAccessCollection, Sendable {
    /// The tokens, whose `lower` are the words: shared, not copied into an array of strings.
    let tokens: [Token]
    /// The cues' roles by word number (`TerritoryCues.rolesByWord`): shared, not copied.
    private let rolesByWord: [UInt64]
    let isNumbered: Bool

    init(_ tokens: [Token], _ cues: TerritoryCues) {
        self.tokens = tokens
        isNumbered = cues.isNumbered
        rolesByWord = cues.rolesByWord
    }

    /// Token `i`'s cue roles: every bit without numbered cues, none for a word the lexicon does
    /// not know.
    @inline(__always) func roles(at i: Int) -> UInt64 {
        guard isNumbered else { return ~0 }
        let n = Int(tokens[i].word)
        return n >= 0 && n < rolesByWord.count ? rolesByWord[n] : 0
    }

    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }
    @inline(__always) subscript(i: Int) -> String { tokens[i].lower }

    /// Whether word `i` is `w` (`self[i] == w.text`), by number where the token has one.
    @inline(__always) func isWord(_ i: Int, _ w: FixedWord) -> Bool { tokens[i].isWord(w) }
}
