/// Finds the gazetteer phrases and the capitalized name runs of a sentence, longest match first.
struct MentionTagger: Sendable {
    let gazetteer: Gazetteer


    /// Abbreviated given names written with a full stop: "Ma." (Maria), "Mohd." (Mohammed).
    static let abbreviatedGivenNames: Set<String> = ["ma", "mohd", "muhd", "wm", "chas", "jos", "thos", "geo"]


    func tag(_ tokens: [Token]) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        let n = tokens.count
        // The longest phrase at each position, looked up at most once.
        var memo = [Int8](repeating: 0, count: n)  // 0 unknown, 1 none, 2 found
        var found = [([Entry], Int, Bool)?](repeating: nil, count: n)
        func longestMatch(_ tokens: [Token], at k: Int) -> ([Entry], Int, Bool)? {
            if memo[k] == 0 {
                found[k] = gazetteer.trie.longestMatch(tokens, at: k)
                memo[k] = found[k] == nil ? 1 : 2
            }
            return found[k]
        }
        while i < n {
            let t = tokens[i]
            if t.kind != .word { i += 1; continue }
            if let (entries, length, possessive) = longestMatch(tokens, at: i) {
                switch choose(entries, tokens, i, length, possessive) {
                case .mention(let m): out.append(m); i += length; continue
                case .skip: i += length; continue
                case .none: break
                }
            }
            if gazetteer.honorifics.contains(t.lower), t.isCapitalized {
                out.append(Mention(kind: .honorific, first: i, last: i))
                i += 1
                if i < n, tokens[i].text == "." { i += 1 }
                continue
            }
            // Parts of a hyphenated word: "Japanese-administered", "Russian-held".
            if t.isCapitalized, t.text.contains("-") {
                let parts = t.lower.split(separator: "-")
                if let head = parts.first, case .country(let code, let form, _)? = gazetteer.phrases[String(head)]?.first(where: { if case .country = $0 { return true }; return false }) {
                    out.append(Mention(kind: .country(code: code, form: form, possessive: false), first: i, last: i))
                    i += 1
                    continue
                }
            }
            if t.isCapitalized {
                // A run of capitalized words (with connectors such as "bin" or "de" inside).
                var j = i
                while j < n {
                    let u = tokens[j]
                    // Initials and abbreviated given names inside a name: "George W. Bush", "Ma. Theresa Lazaro".
                    if u.text == ".", j > i, j + 1 < n, tokens[j + 1].isCapitalized, tokens[j + 1].spaceBefore,
                       tokens[j - 1].text.count == 1 || MentionTagger.abbreviatedGivenNames.contains(tokens[j - 1].lower) {
                        j += 1; continue
                    }
                    if u.kind != .word { break }
                    if j > i, let (entries, length, possessive) = longestMatch(tokens, at: j) {
                        if case .none = choose(entries, tokens, j, length, possessive) {} else { break }
                    }
                    if u.isCapitalized || MentionTagger.isParticleName(u) {
                        j += 1
                        if u.lower.hasSuffix("'s") { break }
                        continue
                    }
                    if WordLists.nameConnectors.contains(u.lower), j + 1 < n, tokens[j + 1].isCapitalized { j += 1; continue }
                    break
                }
                // A run that contains an organisation word names a body or a thing, not a person.
                let isOrganisation = (i..<j).contains { WordLists.organisationWords.contains(tokens[$0].lower) }
                if !isOrganisation {
                    out.append(Mention(kind: .name, first: i, last: j - 1))
                } else if let previous = out.last, previous.last == i - 1,
                          case .country(_, .name, false) = previous.kind {
                    // "China National Petroleum Corp.": the state's name is part of a company's.
                    out.removeLast()
                }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
        return out
    }

    /// "al-Bashir", "el-Sisi", "bin-Salman": a lowercase particle joined to a capitalized name.
    static func isParticleName(_ t: Token) -> Bool {
        guard let dash = t.text.firstIndex(of: "-") else { return false }
        let head = t.text[..<dash].lowercased()
        let rest = t.text[t.text.index(after: dash)...]
        return WordLists.nameConnectors.contains(head) && (rest.first?.isUppercase ?? false)
    }

    /// The longest gazetteer phrase starting at `i`: its entries, length in tokens, and whether
    /// its last word carries a possessive "'s".
    func longestMatch(_ tokens: [Token], at i: Int) -> ([Entry], Int, Bool)? {
        gazetteer.trie.longestMatch(tokens, at: i)
    }

    typealias Entry = Gazetteer.Entry

    /// Titles this short are abbreviations ("PM", "FM", "EAM") and count only in capitals.
    static let titleAbbreviationLength = 3

    enum Choice { case mention(Mention), skip, none }

    private func choose(_ entries: [Entry], _ tokens: [Token], _ i: Int, _ length: Int, _ possessive: Bool) -> Choice {
        let first = tokens[i]
        let text = (i..<(i + length)).map { tokens[$0].text }.joined(separator: " ")
        for e in entries {
            switch e {
            case .notName:
                if first.isCapitalized { return .skip }
            case .country(let code, let form, let exact):
                if exact {
                    let written = text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") ? String(text.dropLast(2)) : text
                    guard Gazetteer.isAbbreviation(written) else { continue }
                } else {
                    guard first.isCapitalized else { continue }
                }
                return .mention(Mention(kind: .country(code: code, form: form, possessive: possessive), first: i, last: i + length - 1))
            case .territory(let id):
                guard first.isCapitalized else { continue }
                return .mention(Mention(kind: .territory(id: id), first: i, last: i + length - 1))
            case .place(let country):
                guard first.isCapitalized else { continue }
                return .mention(Mention(kind: .place(country: country), first: i, last: i + length - 1))
            case .title:
                // "PM", "FM", "EAM" are titles only in capitals: "3 pm" is an hour.
                if length == 1, first.text.count <= Self.titleAbbreviationLength, !Gazetteer.isAbbreviation(first.text) { continue }
                return .mention(Mention(kind: .title, first: i, last: i + length - 1))
            }
        }
        return .none
    }
}
