/// The mentions of an article's people, by the sentence they are in: the stages that walk the
/// sentences one by one (meetings, visits, delegations) read each sentence's mentions here.
///
/// An array by sentence number, not a dictionary: the lookup made for every sentence hashed
/// nothing but the sentence's number, and an empty sentence (most of them) costs no array.
struct PersonMentionsBySentence: Sendable {
    private let bySentence: [[PersonMention]]

    /// Every mention of `people`, in the order of the people and then of each one's mentions.
    init(_ people: [PersonRecord]) {
        var count = 0
        for p in people { for m in p.mentions where m.sentence >= count { count = m.sentence + 1 } }
        // Each sentence's mentions counted first, so that its array is made once at its size:
        // grown mention by mention, a sentence of three people's mentions allocated three times.
        var sizes = [Int](repeating: 0, count: count)
        for p in people { for m in p.mentions where m.sentence >= 0 { sizes[m.sentence] += 1 } }
        var bySentence = [[PersonMention]](repeating: [], count: count)
        for k in sizes.indices where sizes[k] > 1 { bySentence[k].reserveCapacity(sizes[k]) }
        for p in people { for m in p.mentions where m.sentence >= 0 { bySentence[m.sentence].append(m) } }
        self.bySentence = bySentence
    }

    /// The mentions in sentence `sentence`, none for a sentence no one is mentioned in.
    subscript(sentence: Int) -> [PersonMention] {
        sentence >= 0 && sentence < bySentence.count ? bySentence[sentence] : []
    }
}
