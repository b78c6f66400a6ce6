/// Office holders from leaders.tsv with the years they held office, asked which state a person
/// serves when the article does not say ("President Medvedev" in a 2010 article).
struct LeaderTable: Sendable {
    struct Term: Sendable {
        let code: String
        let office: String
        /// The calendar years of the term, both ends included; nil where the file gives none.
        let years: ClosedRange<Int>?
        /// The first letter of the holder's first name, folded: "Katalin Novák" is not "Petr Novák".
        var initial: Character? = nil
    }

    /// States whose office holders' names are written family name first in the table.
    static let familyNameFirst: Set<String> = ["CHN", "TWN", "PRK", "KOR"]

    /// A term still running ("2022-") is read as lasting until this year.
    static let openEnd = 9999

    private var byName: [String: [Term]] = [:]
    private var bySurname: [String: [Term]] = [:]

    /// Rows are `name, code, office, years`; years are `1999-2008`, `2022-` or `2019`.
    init(rows: [[String]]) {
        for row in rows where row.count >= 2 {
            let words = row[0].split(separator: " ")
            let term = Term(
                code: row[1], office: row.count > 2 ? row[2] : "",
                years: row.count > 3 ? LeaderTable.years(row[3]) : nil,
                initial: words.count >= 2 ? NameFolding.fold(String(words[0])).first : nil)
            byName[NameFolding.fold(row[0]), default: []].append(term)
            if let surname = row[0].split(separator: " ").last {
                bySurname[NameFolding.fold(String(surname)), default: []].append(term)
            }
            // "Xi Jinping", "Moon Jae-in": the family name comes first where these states write it.
            if words.count >= 2, Self.familyNameFirst.contains(row[1]) {
                bySurname[NameFolding.fold(String(words[0])), default: []].append(term)
            }
        }
    }

    static func years(_ field: String) -> ClosedRange<Int>? {
        let parts = field.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, let from = Int(first) else { return nil }
        if parts.count == 1 { return from...from }
        let to = parts[1].isEmpty ? openEnd : Int(parts[1]) ?? from
        return from...max(from, to)
    }

    /// The state or body a person serves, by full name or, failing that, by a surname that only one
    /// state's office holders carry in the given year ("President Biden").
    /// `givenInitial`: for a surname, the first letter of the first name the article gives the
    /// person elsewhere, if it does; office holders with another first name are someone else.
    func code(forFolded name: String, year: Int?, givenInitial: Character? = nil) -> String? {
        if let terms = byName[name] ?? LeaderTable.transliteratedIfChanged(name).flatMap({ byName[$0] }) ?? byName[LeaderTable.withoutDynasty(name)] {
            return LeaderTable.resolve(terms, year: year, requireOne: false)
        }
        // "Omar Hassan al-Bashir", listed as "Omar al-Bashir": a middle name the table leaves out.
        if let short = LeaderTable.withoutMiddleName(name), let terms = byName[short] {
            return LeaderTable.resolve(terms, year: year, requireOne: false)
        }
        // One word: for ASCII (nearly every name) a byte test, not a search by Characters.
        let oneWord = name.utf8.allSatisfy({ $0 < 0x80 }) ? !name.utf8.contains(UInt8(ascii: " ")) : !name.contains(" ")
        if oneWord, var terms = bySurname[name] ?? LeaderTable.transliteratedIfChanged(name).flatMap({ bySurname[$0] }) {
            if let givenInitial { terms = terms.filter { $0.initial == nil || $0.initial == givenInitial } }
            return terms.isEmpty ? nil : LeaderTable.resolve(terms, year: year, requireOne: true)
        }
        return nil
    }

    /// The one state or body whose office a full name held in `year`, by the table's terms with
    /// years; nil where no term covers the year or the terms of that year serve two.
    func inOffice(forFolded name: String, year: Int) -> String? {
        guard let terms = byName[name] ?? LeaderTable.transliteratedIfChanged(name).flatMap({ byName[$0] }) else { return nil }
        return LeaderTable.single(terms.filter { $0.years?.contains(year) ?? false })
    }

    /// `transliterated(folded)` where it differs from `folded`, nil where it is the same name (then
    /// the table, already asked for `folded`, need not be asked again). An ASCII name with single
    /// spaces between its words and no word ending in "ov", "ev", "ow" or "ew" (nearly every name)
    /// is its own transliteration, told by one pass over its bytes: making the other spelling cost
    /// some 2,200 instructions a name, and the people stage asks for most full names it finds.
    static func transliteratedIfChanged(_ folded: String) -> String? {
        var name = folded
        let same: Bool = name.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: " "), last != UInt8(ascii: " ") else {
                // Empty, or a space at either end (which the rewriting drops).
                return bytes.isEmpty
            }
            var previous: UInt8 = 0
            for k in bytes.indices {
                let b = bytes[k]
                if b >= 0x80 { return false }
                let wordEnds = k + 1 == bytes.count || bytes[k + 1] == UInt8(ascii: " ")
                if b == UInt8(ascii: " ") && previous == UInt8(ascii: " ") { return false }
                if wordEnds, b == UInt8(ascii: "v") || b == UInt8(ascii: "w"), previous == UInt8(ascii: "o") || previous == UInt8(ascii: "e") {
                    return false
                }
                previous = b
            }
            return true
        }
        if same { return nil }
        let other = transliterated(folded)
        return other == folded ? nil : other
    }

    /// Russian and Central Asian surnames are written with a final -v or -w ("Berdimuhamedov",
    /// "Berdimuhamedow"); the table keeps one spelling, so the other is tried too.
    static func transliterated(_ folded: String) -> String {
        // An ASCII name (nearly all) is split and rewritten on bytes: by Characters this cost
        // more than the rest of the leader lookup.
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // The words between spaces (runs of spaces as one, none at either end), copied byte
            // by byte: splitting into views and appending them cost some 5,000 instructions a name.
            var out: [UInt8] = []
            out.reserveCapacity(folded.utf8.count)
            var wordStart = -1  // where the word being copied begins in `out`, -1 between words
            func endWord() {
                guard out.count - wordStart >= 2 else { return }
                let vowel = out[out.count - 2]
                let last = out[out.count - 1]
                guard vowel == UInt8(ascii: "o") || vowel == UInt8(ascii: "e") else { return }
                if last == UInt8(ascii: "w") {
                    out[out.count - 1] = UInt8(ascii: "v")
                } else if last == UInt8(ascii: "v") {
                    out[out.count - 1] = UInt8(ascii: "w")
                }
            }
            for b in folded.utf8 {
                if b == UInt8(ascii: " ") {
                    if wordStart >= 0 { endWord() }
                    wordStart = -1
                    continue
                }
                if wordStart < 0 {
                    if !out.isEmpty { out.append(UInt8(ascii: " ")) }
                    wordStart = out.count
                }
                out.append(b)
            }
            if wordStart >= 0 { endWord() }
            return String(decoding: out, as: UTF8.self)
        }
        return String(
            folded.split(separator: " ").map { word -> String in
                if word.hasSuffix("ow") || word.hasSuffix("ew") { return String(word.dropLast()) + "v" }
                if word.hasSuffix("ov") || word.hasSuffix("ev") { return String(word.dropLast()) + "w" }
                return String(word)
            }.joined(separator: " "))
    }

    /// A name of exactly three words without its middle one ("omar hassan al-bashir" gives "omar
    /// al-bashir"); nil for any other length, which a middle name does not explain: four words are
    /// a dynasty's or a compound name's ("mohammed bin zayed al nahyan").
    static func withoutMiddleName(_ folded: String) -> String? {
        // By the positions of the first and last spaces, with no array of words: the people stage
        // asks this of every full name the table does not hold as written.
        let bytes = folded.utf8
        guard let first = bytes.firstIndex(of: UInt8(ascii: " ")), let last = bytes.lastIndex(of: UInt8(ascii: " ")), first < last,
            bytes.index(after: first) < last, !bytes[bytes.index(after: first)..<last].contains(UInt8(ascii: " "))
        else { return nil }
        return String(folded[..<first]) + String(folded[last...])
    }

    /// "Salman bin Abdulaziz Al Saud": the name without the family name of a ruling house, which
    /// the table leaves out.
    static func withoutDynasty(_ folded: String) -> String {
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // Most names have fewer than four words: counted on bytes before anything is split.
            guard asciiWordCount(folded) >= 4 else { return folded }
            let words = folded.utf8.split(separator: UInt8(ascii: " "))
            guard words.count >= 4, words[words.count - 2].elementsEqual("al".utf8) else { return folded }
            return words.dropLast(2).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
        }
        var words = folded.split(separator: " ").map(String.init)
        guard words.count >= 4, words[words.count - 2] == "al" else { return folded }
        words.removeLast(2)
        return words.joined(separator: " ")
    }

    /// The words of an ASCII name as `split(separator: " ")` counts them: runs of other bytes.
    private static func asciiWordCount(_ name: String) -> Int {
        var count = 0
        var inWord = false
        for b in name.utf8 {
            let isSpace = b == UInt8(ascii: " ")
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// Terms in office that year decide; otherwise a name whose terms all serve one state is that
    /// state's whatever the year ("former President Bill Clinton" in 2015). A full name served two
    /// states (Donald Tusk: Poland, then the EU) goes to the later term; a surname that two states'
    /// office holders share is left unresolved.
    static func resolve(_ terms: [Term], year: Int?, requireOne: Bool) -> String? {
        if let year {
            let current = terms.filter { $0.years?.contains(year) ?? false }
            if let code = single(current) { return code }
            if !current.isEmpty { return requireOne ? nil : latest(current) }
        }
        if let code = single(terms) { return code }
        return requireOne ? nil : latest(terms)
    }

    private static func single(_ terms: [Term]) -> String? {
        guard let code = terms.first?.code, terms.allSatisfy({ $0.code == code }) else { return nil }
        return code
    }

    private static func latest(_ terms: [Term]) -> String? {
        terms.max { ($0.years?.lowerBound ?? 0) < ($1.years?.lowerBound ?? 0) }?.code
    }
}
