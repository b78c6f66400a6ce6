/// A surname that is also a city or a capital ("Joseph Muscat", then "Muscat said"): the
/// tagger reads the lone word as the place, so the person loses every mention after the first,
/// and the capital's state is counted as named. Once the people are known, a lone place word
/// that ends the full name of a person of the article, and stands where no place is governed (not
/// after "in", "to", "from" ...), is that person's mention again.
struct SurnamesNamedLikePlaces: Sendable {
    /// Words that govern a place after them: a place word right after one stays the place
    /// ("arrived in Muscat", "the road to Victoria").
    static let placeGoverning: WordSet = [
        "in", "to", "from", "at", "near", "of", "into", "outside", "via", "across", "toward", "towards", "around", "between", "visit", "visited",
        "visiting", "visits",
    ]

    /// Makes each such place mention a name mention and gives it to its person.
    func retag(_ sentences: inout [AnalyzedSentence], records: inout [PersonRecord]) {
        let surnames = Self.surnames(of: records)
        guard !surnames.isEmpty else { return }
        // Bit `byte & 63` for each surname's first byte lowered, and every bit where one opens
        // outside ASCII: a test of one bit turns away most tokens.
        let firstBytes = surnames.reduce(UInt64(0)) { $0 | ($1.firstByte >= 0x80 ? ~0 : 1 &<< UInt64($1.firstByte & 63)) }
        // The people given a mention, whose mentions are put in order again at the end.
        var gained: Set<Int> = []
        for si in sentences.indices {
            for mi in sentences[si].mentions.indices {
                // Told first by the token's length and first byte against each surname's, read in
                // place: nearly every mention is no surname, and reading its kind copied the
                // state's code it holds.
                let k = sentences[si].mentions[mi].first
                guard k == sentences[si].mentions[mi].last else { continue }
                let length = sentences[si].tokens[k].end - sentences[si].tokens[k].start
                let first = sentences[si].tokens[k].firstByte | 0x20
                guard first >= 0x80 || firstBytes & (1 &<< UInt64(first & 63)) != 0,
                    surnames.contains(where: { ($0.firstByte == first || first >= 0x80) && length >= $0.length && length <= $0.length + Self.lengthSlack }),
                    isPlaceOrCapital(sentences[si].mentions[mi].kind),
                    let id = personNamed(at: k, in: sentences[si], surnames)
                else { continue }
                sentences[si].mentions[mi].kind = .name
                records[id].mentions.append(PersonMention(person: id, sentence: si, first: k, last: k, byRole: false))
                gained.insert(id)
            }
        }
        for i in gained { records[i].mentions.sort { ($0.sentence, $0.first) < ($1.sentence, $1.first) } }
    }

    /// How many more UTF-8 bytes than its folded surname a token may have: a possessive ("'s",
    /// or "’s", four bytes) and accents that folding drops ("Córdoba").
    static let lengthSlack = 6

    /// A surname as compared: the folded word, its person, and its UTF-8 length and first byte
    /// lowered, which most tokens differ in.
    struct Surname {
        let folded: String
        let person: Int
        let length: Int
        let firstByte: UInt8
    }

    /// The last words of the people's full names; a surname shared by two people says nothing
    /// of which one a lone word is, and is left out.
    static func surnames(of records: [PersonRecord]) -> [Surname] {
        var list: [Surname] = []
        var shared: [String] = []
        // By index, read in place: a copy of each record retained its every array and string.
        for id in records.indices where records[id].folded.count >= 2 {
            guard let last = records[id].folded.last, let byte = last.utf8.first else { continue }
            if list.contains(where: { $0.folded == last && $0.person != id }) {
                shared.append(last)
                continue
            }
            list.append(Surname(folded: last, person: id, length: last.utf8.count, firstByte: byte | 0x20))
        }
        return shared.isEmpty ? list : list.filter { !shared.contains($0.folded) }
    }

    /// A city, or a state named by its capital; a state's own name ("Jordan") or demonym is
    /// never taken for a surname.
    func isPlaceOrCapital(_ kind: Mention.Kind) -> Bool {
        switch kind {
        case .place: return true
        case .country(_, let form, _): return form == .metonym
        default: return false
        }
    }

    /// The person whose surname the capitalised word at `k` is, where nothing before it governs a
    /// place.
    func personNamed(at k: Int, in s: AnalyzedSentence, _ surnames: [Surname]) -> Int? {
        let t = s.tokens[k]
        guard t.kind == .word, t.isCapitalized else { return nil }
        if k > 0, Self.placeGoverning.contains(s.tokens[k - 1].lower) { return nil }
        var word = PersonResolver.foldedText(s.tokens, k)
        if PersonResolver.endsInPossessiveS(word) { word = String(word.dropLast(2)) }
        return surnames.first { $0.folded == word }?.person
    }
}
