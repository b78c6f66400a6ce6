/// A sentence cut into runs, each marked or not: the words a fact was read from are marked.
/// The runs are plain text; the template escapes each one, so article text never becomes markup.
struct HighlightedText: Encodable, Sendable, Equatable {
    struct Run: Encodable, Sendable, Equatable {
        var text: String
        var marked: Bool
    }

    var text: String
    var runs: [Run]

    /// `spans` are ranges of Unicode scalar offsets into `text`; overlapping or out-of-range
    /// spans are clipped, so a stale offset never cuts the sentence wrongly or traps.
    init(text: String, spans: [Range<Int>]) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        var marked = [Bool](repeating: false, count: scalars.count)
        for span in spans {
            let lower = max(0, span.lowerBound)
            let upper = min(scalars.count, span.upperBound)
            if lower < upper { for index in lower..<upper { marked[index] = true } }
        }
        var runs: [Run] = []
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count && marked[end] == marked[start] { end += 1 }
            var run = String.UnicodeScalarView()
            run.append(contentsOf: scalars[start..<end])
            runs.append(Run(text: String(run), marked: marked[start]))
            start = end
        }
        self.runs = runs
    }

    /// The spans of every case-insensitive occurrence of `words` in `text` (for a fact given as a
    /// name rather than an offset, such as a meeting's place).
    static func occurrences(of words: String, in text: String) -> [Range<Int>] {
        guard !words.isEmpty else { return [] }
        let haystack = Array(text.lowercased().unicodeScalars)
        let needle = Array(words.lowercased().unicodeScalars)
        // Lower-casing can change the number of scalars; offsets are then not to be trusted.
        guard haystack.count == text.unicodeScalars.count, needle.count <= haystack.count else { return [] }
        var spans: [Range<Int>] = []
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) {
                spans.append(index..<(index + needle.count))
                index += needle.count
            } else {
                index += 1
            }
        }
        return spans
    }
}
