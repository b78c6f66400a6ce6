/// The cue words of territorial disputes (Gazetteers/territory-cues.tsv), by the role each plays:
/// words before a territory's name, after it, of claiming, of holding, of territory.
struct TerritoryCues: Sendable {
    /// Phrases of one role, matched word by word against lowercase tokens.
    struct Phrases: Sendable {
        /// Each phrase's words, under its first word, longest first.
        private var byFirstWord: [String: [[String]]] = [:]
        /// The one-word phrases.
        private(set) var words: Set<String> = []
        /// Every word of every phrase.
        private(set) var allWords: Set<String> = []

        init(_ phrases: [String]) {
            for p in phrases {
                let parts = p.split(separator: " ").map(String.init)
                guard let head = parts.first else { continue }
                byFirstWord[head, default: []].append(parts)
                if parts.count == 1 { words.insert(head) }
                allWords.formUnion(parts)
            }
            for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.count > $1.count } }
        }

        var firstWords: Set<String> { Set(byFirstWord.keys) }

        /// The length in tokens of the longest phrase starting at token `i`, if any.
        func match(_ words: [String], at i: Int) -> Int? {
            guard i >= 0, i < words.count, let candidates = byFirstWord[words[i]] else { return nil }
            for parts in candidates where i + parts.count <= words.count {
                if (1..<parts.count).allSatisfy({ words[i + $0] == parts[$0] }) { return parts.count }
            }
            return nil
        }

        /// The length of the longest phrase ending at token `i` (its last word at `i`), if any.
        func match(_ words: [String], endingAt i: Int) -> Int? {
            var best: Int?
            for length in 1...4 where i - length + 1 >= 0 {
                if match(words, at: i - length + 1) == length { best = length }
            }
            return best
        }

        func contains(_ word: String) -> Bool { words.contains(word) }
    }

    let leadIn: Phrases
    let quarrel: Phrases
    let quarrelHead: Phrases
    let trailing: Phrases
    let adjective: Phrases
    let copula: Phrases
    let relative: Phrases
    let taking: Phrases
    let transfer: Phrases
    let claimedBy: Phrases
    let boundary: Phrases
    let connector: Phrases
    let placeNoun: Phrases
    let notTerritory: Phrases
    let cue: Phrases
    let claim: Phrases
    let hold: Phrases
    let holdBy: Phrases
    let control: Phrases
    let nameTie: Phrases
    let context: Phrases
    let common: Phrases

    /// The cues of the embedded data file: the word classes of tokens are set from these.
    static let standard = TerritoryCues(tsv: Embedded.files["territory-cues.tsv"])

    init(tsv: String?) {
        var roles: [String: [String]] = [:]
        for row in Gazetteer.rows(tsv) where row.count >= 2 {
            roles[row[0], default: []] += row[1].split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        }
        func role(_ name: String) -> Phrases { Phrases(roles[name] ?? []) }
        leadIn = role("lead-in")
        quarrel = role("quarrel")
        quarrelHead = role("quarrel-head")
        trailing = role("trailing")
        adjective = role("adjective")
        copula = role("copula")
        relative = role("relative")
        taking = role("taking")
        transfer = role("transfer")
        claimedBy = role("claimed-by")
        boundary = role("boundary")
        connector = role("connector")
        placeNoun = role("place-noun")
        notTerritory = role("not-territory")
        cue = role("cue")
        claim = role("claim")
        hold = role("hold")
        holdBy = role("hold-by")
        control = role("control")
        nameTie = role("name-tie")
        context = role("context")
        common = role("common")
    }

    /// A verb by which a state claims or holds land ("claims", "administers", "has controlled"):
    /// the words of claiming and holding in their present or past form, not the nouns
    /// ("sovereignty", "control") nor the words of naming ("calls", "belongs").
    func isClaimOrHoldVerb(_ word: String) -> Bool {
        guard word.hasSuffix("s") || word.hasSuffix("ed"), word != "calls", word != "belongs" else { return false }
        return claim.contains(word) || hold.contains(word) || word == "disputes" || word == "contests"
    }

    /// The first words of the patterns the finder tries at a token: every other token is passed
    /// over with a bit test. (Punctuation is never a word; the comma before "which" and the
    /// hyphenated "Russian-held" are classed apart.)
    var startWords: Set<String> {
        [leadIn, quarrel, trailing, adjective, claimedBy, nameTie, transfer].reduce(into: Set<String>()) { $0.formUnion($1.firstWords) }
            .union(placeNoun.words).union(["over"])  // "a dispute with A over X"
    }

    /// Words without which a sentence can neither name an unlisted territory nor refer back to
    /// one: the sentences without any are skipped at the cost of a bit test per token. (The words
    /// of claiming and taking open the clauses of "X, which A calls Y", "X, which A seized".)
    var triggerWords: Set<String> {
        [leadIn, quarrel, trailing, adjective, placeNoun, nameTie, claim, taking, transfer].reduce(into: Set<String>()) { $0.formUnion($1.allWords) }
            .subtracting(common.words)
    }
}
