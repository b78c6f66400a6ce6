/// The dictionaries extraction matches against, loaded once from the readable data files in
/// `Gazetteers/` (embedded into the binary at build time).
public final class Gazetteer: Sendable {
    public enum CountryForm: Sendable { case name, demonym, metonym }

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
        case title
        case place(country: String)
        case notName
        case territory(id: Int)
    }

    let phrases: [String: [Entry]]
    /// The phrases as a trie of lowercase words, walked token by token during tagging.
    let trie: PhraseTrie
    let countries: [String: CountryEntry]
    let honorifics: Set<String>
    let givenNames: Set<String>
    let territories: [TerritoryEntry]
    /// The words of dispute, claiming and holding, by role.
    let territoryCues: TerritoryCues
    let pageJunk: PageJunk
    /// Every place name, keyed as phrases are, including those that are also a state's name
    /// ("Singapore"), which the phrase table gives to the state.
    let placeKeys: Set<String>
    /// Well-known office holders by folded name, and the state or body they serve.
    let leaders: [String: String]

    public static let standard = Gazetteer(files: Embedded.files)

    /// Builds a gazetteer from file texts keyed by file name, as in `Gazetteers/`.
    public init(files: [String: String]) {
        var phrases: [String: [Entry]] = [:]
        var countries: [String: CountryEntry] = [:]
        func add(_ phrase: String, _ entry: Entry) {
            let key = Gazetteer.key(phrase)
            guard !key.isEmpty else { return }
            phrases[key, default: []].append(entry)
        }
        for row in Gazetteer.rows(files["countries.tsv"]) where row.count >= 3 {
            let code = row[0], kind = row[1], name = row[2]
            countries[code] = CountryEntry(code: code, kind: kind, name: name)
            let field = { (i: Int) in row.count > i ? row[i].split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty } : [] }
            for n in [name] + field(3) { add(n, .country(code: code, form: .name, exactCase: Gazetteer.isAbbreviation(n))) }
            for n in field(4) { add(n, .country(code: code, form: .demonym, exactCase: Gazetteer.isAbbreviation(n))) }
            for n in field(5) { add(n, .country(code: code, form: .metonym, exactCase: false)) }
        }
        // Territories before places: "Crimea" is first of all a disputed territory.
        var territories: [TerritoryEntry] = []
        for row in Gazetteer.rows(files["territories.tsv"]) where row.count >= 2 {
            let names = row[0].split(separator: "|").map { part -> TerritoryName in
                let pieces = part.split(separator: "@")
                return TerritoryName(name: String(pieces[0]).trimmingSpaces(), usedBy: pieces.count > 1 ? String(pieces[1]) : nil)
            }
            let entry = TerritoryEntry(id: territories.count, names: names,
                                       claimants: row[1].split(separator: ",").map { String($0).trimmingSpaces() },
                                       holder: row.count > 2 && !row[2].isEmpty ? row[2] : nil)
            territories.append(entry)
            for n in names { add(n.name, .territory(id: entry.id)) }
        }
        var placeKeys: Set<String> = []
        for row in Gazetteer.rows(files["places.tsv"]) where row.count >= 2 {
            add(row[0], .place(country: row[1]))
            placeKeys.insert(Gazetteer.key(row[0]))
        }
        self.placeKeys = placeKeys
        for line in Gazetteer.lines(files["titles.txt"]) {
            add(line, .title)
        }
        for line in Gazetteer.lines(files["not-names.txt"]) { add(line, .notName) }
        self.phrases = phrases
        self.trie = PhraseTrie(phrases)
        self.countries = countries
        self.honorifics = Set(Gazetteer.lines(files["honorifics.txt"]).map { Gazetteer.key($0) })
        self.givenNames = Set(Gazetteer.lines(files["given-names.txt"]).map { Gazetteer.key($0) })
        self.territories = territories
        // Files without the cue words still read disputes, with the standard ones.
        self.territoryCues = files["territory-cues.tsv"].map { TerritoryCues(tsv: $0) } ?? TerritoryCues.standard
        var leaders: [String: String] = [:]
        var bySurname: [String: Set<String>] = [:]
        for row in Gazetteer.rows(files["leaders.tsv"]) where row.count >= 2 {
            leaders[NameFolding.fold(row[0])] = row[1]
            if let surname = row[0].split(separator: " ").last { bySurname[NameFolding.fold(String(surname)), default: []].insert(row[1]) }
        }
        // "President Biden": a surname that only office holders of one state carry.
        for (surname, codes) in bySurname where codes.count == 1 && leaders[surname] == nil { leaders[surname] = codes.first! }
        self.leaders = leaders
        self.pageJunk = PageJunk(lines: Gazetteer.lines(files["page-junk.txt"]).map { $0.lowercased() })
    }

    public func country(_ code: String) -> CountryEntry? { countries[code] }

    /// Phrases are matched token by token, lowercased, with typographic apostrophes made plain.
    static func key(_ phrase: String) -> String {
        var bytes = Array(phrase.utf8)
        var tokens: [String] = []
        bytes.withUnsafeMutableBufferPointer { buffer in
            tokens = Tokenizer.tokens(UnsafeBufferPointer(buffer), from: 0, to: buffer.count).map(\.lower)
        }
        return tokens.joined(separator: " ")
    }

    /// "US", "UAE", "U.S.": written in capitals, matched only as written ("us" is a pronoun).
    static func isAbbreviation(_ s: String) -> Bool {
        let letters = s.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase } && letters.count <= 5
    }

    static func lines(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    static func rows(_ text: String?) -> [[String]] {
        guard let text else { return [] }
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
        }
    }
}
