/// Where each person was mentioned when the single-word pass of `PersonResolver` begins, sorted
/// by position, so that "the person mentioned last before this word" is a binary search instead
/// of a walk over all of a person's mentions for every word (quadratic in a long article).
///
/// The pass reads words in text order, so the mentions it adds to a person all lie before the
/// word being read, and the latest of them is the last one added.
struct EarlierMentions {
    /// Per person (by index when the pass began): positions of their mentions, ascending.
    private let positions: [[Int]]
    /// How many mentions each person had then; those after are the pass's own.
    private let counts: [Int]

    init(_ records: [PersonRecord]) {
        // Each record's mentions read in place: `records.map` handed the closure a copy of each
        // record (its name, words, aliases and mentions retained and released).
        positions = records.indices.map { i in records[i].mentions.map { Self.position($0.sentence, $0.first) }.sorted() }
        // A closure, not a key path: applying a key path costs thousands of instructions.
        counts = records.indices.map { records[$0].mentions.count }
    }

    /// A sentence has at most `SentenceSplitter.maxSentenceTokens` tokens, so sentence and
    /// token fit one number that orders as the pair does.
    static func position(_ sentence: Int, _ token: Int) -> Int { sentence * 10_000 + token }

    /// The position of the person's last mention before (`sentence`, `token`), given the person's
    /// mentions (not the whole record, which a call would copy); when there is none, a negative
    /// number ranking later first mentions below earlier ones.
    func lastMention(_ mentions: [PersonMention], id: Int, before sentence: Int, _ token: Int) -> Int {
        let target = Self.position(sentence, token)
        var best = -1
        if id < positions.count {
            let sorted = positions[id]
            var low = 0
            var high = sorted.count
            while low < high {
                let mid = (low + high) / 2
                if sorted[mid] < target { low = mid + 1 } else { high = mid }
            }
            if low > 0 { best = sorted[low - 1] }
        }
        let before = id < counts.count ? counts[id] : 0
        if mentions.count > before, let last = mentions.last {
            best = max(best, Self.position(last.sentence, last.first))
        }
        if best < 0, let first = mentions.first { best = -1 - first.sentence }
        return best
    }
}
