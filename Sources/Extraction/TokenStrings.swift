/// Where the `text` and `lower` of tokens live: the strings made for them (words the lexicon does
/// not hold, and every word of a tokenizer given no lexicon), at addresses that do not move, beside
/// the lexicon's own strings, which the tokens of its words point at. A token holds two pointers
/// instead of two `String`s, so that copying a token, an array of tokens or a sentence retains
/// nothing and destroying them releases nothing: the strings are released once, with this.
///
/// Whoever tokenizes keeps it alive for as long as the tokens are read: `Extractor.analyze` hands
/// one to each sentence of an article. A tokenizer called without one makes one that is never
/// freed (`unfreed`), for tests and other callers that keep tokens around.
final class TokenStrings: @unchecked Sendable {
    // Unchecked: it is filled only by the tokenizer that made it, before the tokens it makes are
    // read anywhere, and never changed after.

    /// The lexicon the tokens' word numbers are of, if any; held, since tokens point at its words.
    let lexicon: Lexicon?
    /// Strings are kept in blocks of this many, each allocated once and never moved, so that a
    /// token can point at its strings while more are added.
    static let blockSize = 256
    private var blocks: [UnsafeMutablePointer<String>] = []
    /// The next free place in the last block, and how many places are left in it.
    private var next: UnsafeMutablePointer<String>?
    private var left = 0

    init(lexicon: Lexicon?) {
        self.lexicon = lexicon
    }

    deinit {
        for (k, block) in blocks.enumerated() {
            block.deinitialize(count: k == blocks.count - 1 ? TokenStrings.blockSize - left : TokenStrings.blockSize)
            block.deallocate()
        }
    }

    /// Strings that stay for the rest of the process, so that tokens made with them can be kept
    /// anywhere: for tests and one-off callers, never per article (they are never freed).
    static func unfreed(lexicon: Lexicon?) -> TokenStrings {
        Unmanaged.passRetained(TokenStrings(lexicon: lexicon)).takeUnretainedValue()
    }

    /// Keeps `s`; where it is kept, for as long as this lives. Taken, not borrowed: the tokenizer
    /// hands over a string it has just made, which is moved here instead of being retained here
    /// and released by the tokenizer (some 79,000 strings over 300 articles).
    func add(_ s: consuming String) -> UnsafePointer<String> {
        if left == 0 {
            let block = UnsafeMutablePointer<String>.allocate(capacity: TokenStrings.blockSize)
            blocks.append(block)
            next = block
            left = TokenStrings.blockSize
        }
        let place = next!
        place.initialize(to: s)
        next = place + 1
        left -= 1
        return UnsafePointer(place)
    }
}
