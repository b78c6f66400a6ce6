/// The dictionaries extraction matches against, loaded once from the readable data files in
/// `Gazetteers/` (embedded into the binary at build time).
public final class Gazetteer: Sendable {
    /// How a mention names its state: by name, demonym, metonym (capital or seat of government,
    /// also a place) or institution (a ministry standing for the state, never a place).
    public enum CountryForm: Sendable { case name, demonym, metonym, institution }

    public struct CountryEntry: Sendable {
        public let code: String
        public let kind: String
        public let name: String
    }

    struct TerritoryEntry: Sendable {
        let id: Int
        /// Names with the state that uses each, where one side uses it.
        let names: [TerritoryName]
        let claimants: [String]
        let holder: String?
    }

    enum Entry: Sendable {
        case country(code: String, form: CountryForm, exactCase: Bool)
        /// A title; `plural` where it is a listed title's plural, made at load ("Cabinet
        /// Secretaries"), which is a title only right before a name.
        case title(plural: Bool)
        /// An ambiguous place ("Florence", "Split") is a place only in a strong place context.
        case place(country: String, ambiguous: Bool)
        case notName
        case territory(id: Int)
    }

    let phrases: [String: [Entry]]
    /// The phrases as a trie of lowercase words, walked token by token during tagging.
    let trie: PhraseTrie
    /// Every word of the phrases and of the word lists, numbered; tokens carry the numbers.
    let lexicon: Lexicon
    let countries: [String: CountryEntry]
    /// Each state's capital, the first of its metonyms in countries.tsv: the city that "the
    /// Kazakh capital" or "Qatar's capital" stands for when no city is named after it.
    let capitals: [String: String]
    let honorifics: Set<String>
    let givenNames: Set<String>
    let territories: [TerritoryEntry]
    /// The words of dispute, claiming and holding, by role.
    let territoryCues: TerritoryCues
    let pageJunk: PageJunk
    /// Every place name, keyed as phrases are, including those that are also a state's name
    /// ("Singapore"), which the phrase table gives to the state.
    let placeKeys: Set<String>
    /// Office holders with their terms, and the state or body they serve.
    let leaders: LeaderTable

    public static let standard = Gazetteer(files: Embedded.files)

    /// Builds a gazetteer from file texts keyed by file name, as in `Gazetteers/`.
    public init(files: [String: String]) {
        var phrases: [String: [Entry]] = [:]
        // places.tsv alone has some 40,000 names: growing the table step by step would rehash it often.
        phrases.reserveCapacity(Gazetteer.expectedPhraseCount)
        var countries: [String: CountryEntry] = [:]
        var capitals: [String: String] = [:]
        @discardableResult
        func add(_ phrase: String, _ entry: Entry) -> String {
            let key = Gazetteer.key(phrase)
            guard !key.isEmpty else { return key }
            phrases[key, default: []].append(entry)
            return key
        }
        for row in Gazetteer.rows(files["countries.tsv"]) where row.count >= 3 {
            let code = row[0]
            let kind = row[1]
            let name = row[2]
            countries[code] = CountryEntry(code: code, kind: kind, name: name)
            let field = { (i: Int) in row.count > i ? row[i].split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty } : [] }
            for n in [name] + field(3) { add(n, .country(code: code, form: .name, exactCase: Gazetteer.isAbbreviation(n))) }
            for n in field(4) { add(n, .country(code: code, form: .demonym, exactCase: Gazetteer.isAbbreviation(n))) }
            for n in field(5) { add(n, .country(code: code, form: .metonym, exactCase: false)) }
            for n in field(6) { add(n, .country(code: code, form: .institution, exactCase: Gazetteer.isAbbreviation(n))) }
            if kind == "state", let capital = field(5).first { capitals[code] = capital }
        }
        self.capitals = capitals
        // Territories before places: "Crimea" is first of all a disputed territory.
        var territories: [TerritoryEntry] = []
        var territoryKeys: Set<String> = []
        for row in Gazetteer.rows(files["territories.tsv"]) where row.count >= 2 {
            let names = row[0].split(separator: "|").map { part -> TerritoryName in
                let pieces = part.split(separator: "@")
                return TerritoryName(name: String(pieces[0]).trimmingSpaces(), usedBy: pieces.count > 1 ? String(pieces[1]) : nil)
            }
            let entry = TerritoryEntry(
                id: territories.count, names: names,
                claimants: row[1].split(separator: ",").map { String($0).trimmingSpaces() },
                holder: row.count > 2 && !row[2].isEmpty ? row[2] : nil)
            territories.append(entry)
            for n in names { territoryKeys.insert(add(n.name, .territory(id: entry.id))) }
        }
        // The other forms of each name ("Migingo Islands" for "Migingo Island", "Mbanie" for
        // "Mbanié"), where no listed name or country form has them already.
        for entry in territories {
            for n in entry.names {
                for variant in TerritoryNameVariants.variants(of: n.name) {
                    let key = Gazetteer.key(variant)
                    guard !key.isEmpty, !territoryKeys.contains(key), phrases[key] == nil else { continue }
                    territoryKeys.insert(add(variant, .territory(id: entry.id)))
                }
            }
        }
        var placeKeys: Set<String> = []
        placeKeys.reserveCapacity(Gazetteer.expectedPhraseCount)
        Gazetteer.forEachPlace(files["places.tsv"]) { name, country, ambiguous in
            placeKeys.insert(add(name, .place(country: country, ambiguous: ambiguous)))
            // News write "Sharm el-Sheikh" and "Sharm el Sheikh" alike: a hyphenated name is
            // also matched with spaces.
            if name.contains("-") {
                let spaced = String(name.map { $0 == "-" ? " " : $0 })
                if !placeKeys.contains(Gazetteer.key(spaced)) { placeKeys.insert(add(spaced, .place(country: country, ambiguous: ambiguous))) }
            }
        }
        self.placeKeys = placeKeys
        let titleLines = Gazetteer.lines(files["titles.txt"])
        for line in titleLines { add(line, .title(plural: false)) }
        // "Cabinet Secretaries A and B", "the foreign ministers of": each title in the plural too,
        // where no other phrase is written so.
        for line in titleLines {
            let plural = TitlePlurals.plural(of: line)
            if plural != line, phrases[Gazetteer.key(plural)] == nil { add(plural, .title(plural: true)) }
        }
        // "Attorney-General A", "Director-General B": a title of two words written with a hyphen.
        for line in titleLines where line.split(separator: " ").count == 2 {
            let hyphenated = String(line.map { $0 == " " ? "-" : $0 })
            if phrases[Gazetteer.key(hyphenated)] == nil { add(hyphenated, .title(plural: false)) }
        }
        for line in Gazetteer.lines(files["not-names.txt"]) + Gazetteer.lines(files["news-outlets.txt"]) { add(line, .notName) }
        self.phrases = phrases
        let honorifics = Set(Gazetteer.lines(files["honorifics.txt"]).map { Gazetteer.key($0) })
        let givenNames = Set(Gazetteer.lines(files["given-names.txt"]).map { Gazetteer.key($0) })
        // Files without the cue words still read disputes, with the standard ones.
        let cueFile = files["territory-cues.tsv"] ?? Embedded.files["territory-cues.tsv"]
        var phraseWords: [[Int32]] = []
        phraseWords.reserveCapacity(phrases.count)
        self.lexicon = Lexicon(
            phrases: phrases.keys,
            lists: [
                (.honorific, honorifics), (.givenName, givenNames), (.nameConnector, WordLists.nameConnectors.words),
                (.organisation, WordLists.organisationWords.words), (.placeContext, WordLists.placeContextWords.words),
                (.settlementNoun, WordLists.settlementNouns.words), (.abbreviation, SentenceSplitter.abbreviations.words),
                (.abbreviatedGivenName, MentionTagger.abbreviatedGivenNames.words), (.sentenceStarter, SentenceSplitter.sentenceStarters.words),
                (.quoteMark, MentionTagger.quoteMarks.words),
                // No list of its own: the cue words are numbered so that their roles are bits.
                (WordList(), TerritoryCues(tsv: cueFile).everyWord),
            ] + WordList.stageLists,
            phraseWords: &phraseWords)
        self.trie = PhraseTrie(phrases, words: phraseWords)
        self.countries = countries
        self.honorifics = honorifics
        self.givenNames = givenNames
        self.territories = territories
        self.territoryCues = TerritoryCues(tsv: cueFile, lexicon: lexicon)
        self.leaders = LeaderTable(rows: Gazetteer.rows(files["leaders.tsv"]))
        self.pageJunk = PageJunk(lines: Gazetteer.lines(files["page-junk.txt"]).map { $0.lowercased() })
    }

    public func country(_ code: String) -> CountryEntry? { countries[code] }

    /// Whether a token is a courtesy title ("Mr", "Sheikh"): by its word number when it has one.
    func isHonorific(_ t: Token) -> Bool {
        t.word != Lexicon.unknown ? lexicon.listed[Int(t.word)].contains(.honorific) : honorifics.contains(t.lower)
    }

    /// Whether a token made with this gazetteer's lexicon is a word of `list`: a bit read by its
    /// word number, no string hashed. Every word of the lists is a lexicon word, so a token the
    /// lexicon does not know is in none.
    @inline(__always) func isListed(_ t: Token, _ list: WordList) -> Bool {
        t.word != Lexicon.unknown && lexicon.listed[Int(t.word)].contains(list)
    }

    /// `isListed(tokens[i], list)` read in place: a token passed as an argument is copied (its
    /// two strings retained and released), and the tagger asks this of most words.
    @inline(__always) func isListed(_ tokens: [Token], _ i: Int, _ list: WordList) -> Bool {
        let word = tokens[i].word
        return word != Lexicon.unknown && lexicon.listed[Int(word)].contains(list)
    }

    /// `isListed(_:_:_:)` of the word, or of a possessive's word without its "'s": "the
    /// Department's decision" holds an organisation word as much as "the Department" does.
    @inline(__always) func isListedOrPossessiveOf(_ tokens: [Token], _ i: Int, _ list: WordList) -> Bool {
        if isListed(tokens, i, list) { return true }
        let stem = tokens[i].stem
        return stem != Lexicon.unknown && lexicon.listed[Int(stem)].contains(list)
    }

    /// `isHonorific(tokens[i])` read in place, as `isListed(_:_:_:)`. Every honorific is a lexicon
    /// word: a token the lexicon numbered but does not know is none, without hashing its string.
    func isHonorific(_ tokens: [Token], _ i: Int) -> Bool {
        let word = tokens[i].word
        if word != Lexicon.unknown { return lexicon.listed[Int(word)].contains(.honorific) }
        return !tokens[i].numbered && honorifics.contains(tokens[i].lower)
    }

    /// The third column of places.tsv for a name that is also a person's name, a word or a title.
    static let ambiguousFlag = "ambiguous"

    /// About the number of distinct phrases in the gazetteers, so the phrase table is sized once.
    static let expectedPhraseCount = 50_000

    /// Phrases are matched token by token, lowercased, with typographic apostrophes made plain.
    static func key(_ phrase: String) -> String {
        if let simple = simpleKey(phrase) { return simple }
        var bytes = Array(phrase.utf8)
        var tokens: [String] = []
        let strings = TokenStrings(lexicon: nil)
        bytes.withUnsafeMutableBufferPointer { buffer in
            tokens = withExtendedLifetime(strings) { Tokenizer.tokens(UnsafeBufferPointer(buffer), from: 0, to: buffer.count, into: strings).map(\.lower) }
        }
        return tokens.joined(separator: " ")
    }

    /// A phrase of ASCII letters and single spaces is its own tokens, so its key is the phrase
    /// lowercased. Most of the tens of thousands of places are such names, and building their keys
    /// without the tokenizer keeps startup cheap.
    static func simpleKey(_ phrase: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(phrase.utf8.count)
        var afterSpace = true
        for b in phrase.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                out.append(b + 32)
                afterSpace = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                out.append(b)
                afterSpace = false
            case UInt8(ascii: " ") where !afterSpace:
                out.append(b)
                afterSpace = true
            default: return nil
            }
        }
        return afterSpace ? nil : String(decoding: out, as: UTF8.self)
    }

    /// "US", "UAE", "U.S.": written in capitals, matched only as written ("us" is a pronoun).
    static func isAbbreviation(_ s: String) -> Bool {
        let letters = s.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase } && letters.count <= 5
    }

    /// The lines of a word list, trimmed, without empty lines and comments. The word lists are
    /// read on first use, inside the first article's extraction, some forty of them: split by
    /// `Character` and trimmed by scalar property, they cost 10 M instructions, the whole of a
    /// short article's extraction several times over.
    static func lines(_ text: String?) -> [String] {
        guard let text else { return [] }
        // Split on the byte of "\n", as by `Character` wherever no "\r" stands (a "\r\n" is one
        // `Character`, which that split did not split at; a text with a "\r" is read that way).
        guard !text.utf8.contains(UInt8(ascii: "\r")) else {
            return text.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        var out: [String] = []
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n")) {
            // A line that begins and ends with ASCII other than whitespace is its own trimmed form
            // (no byte of such a scalar is part of a whitespace scalar); any other is trimmed.
            let line =
                Self.isASCIINonSpace(bytes.first!) && Self.isASCIINonSpace(bytes.last!)
                ? String(decoding: bytes, as: UTF8.self) : String(Substring(bytes)).trimmingSpaces()
            // Only a line whose first byte is "#" may begin with the `Character` "#".
            if line.isEmpty || (line.utf8.first == UInt8(ascii: "#") && line.hasPrefix("#")) { continue }
            out.append(line)
        }
        return out
    }

    /// An ASCII byte that is not whitespace (tab, line feed, vertical tab, form feed, carriage
    /// return, space).
    @inline(__always) private static func isASCIINonSpace(_ b: UInt8) -> Bool {
        b < 0x80 && b != 32 && !(9...13).contains(b)
    }

    /// The rows of places.tsv (`place<TAB>country<TAB>flag`) read straight from the bytes, without
    /// the arrays of fields `rows` builds: the file has some 40,000 lines, read at every start.
    static func forEachPlace(_ text: String?, _ body: (String, String, Bool) -> Void) {
        guard let text else { return }
        let tab = UInt8(ascii: "\t")
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            guard let firstTab = line.firstIndex(of: tab) else { continue }
            let rest = line[line.index(after: firstTab)...]
            let secondTab = rest.firstIndex(of: tab) ?? rest.endIndex
            let flag = secondTab == rest.endIndex ? rest[secondTab...] : rest[rest.index(after: secondTab)...]
            body(
                String(decoding: line[..<firstTab], as: UTF8.self),
                String(decoding: rest[..<secondTab], as: UTF8.self),
                flag.elementsEqual(ambiguousFlag.utf8))
        }
    }

    /// Tab-separated rows, split on bytes: places.tsv has tens of thousands of lines, and splitting
    /// them as Characters cost most of the startup time.
    static func rows(_ text: String?) -> [[String]] {
        guard let text else { return [] }
        let tab = UInt8(ascii: "\t")
        let space = UInt8(ascii: " ")
        let cr = UInt8(ascii: "\r")
        return text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            if line.first == UInt8(ascii: "#") || line.allSatisfy({ $0 == space || $0 == tab || $0 == cr }) { return nil }
            return line.split(separator: tab, omittingEmptySubsequences: false).map { field in
                let text = String(decoding: field, as: UTF8.self)
                // Only a field with something around it needs the Unicode-aware trim.
                guard let first = field.first, let last = field.last, first > space, last > space, first < 0x80, last < 0x80 else {
                    return text.trimmingSpaces()
                }
                return text
            }
        }
    }
}
