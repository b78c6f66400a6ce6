/// Which territory names are names of one territory, from the gazetteer the extractor also uses
/// (Sources/Extraction/Gazetteers/territories.tsv: one territory a line, its names joined by `|`).
/// Articles rarely name a territory by all its names at once; the catalog merges the reports of
/// one that use different ones ("Southern Kurils" in one, "Northern Territories" in another).
struct TerritoryCatalog: Sendable {
    /// Each listed name's key (NameKey.territory), mapped to the keys of all names on its line.
    private let related: [String: [String]]

    static let standard = TerritoryCatalog(tsv: Embedded.files["territories.tsv"] ?? "")

    init(tsv: String) {
        var related: [String: [String]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            guard let field = line.split(separator: "\t", omittingEmptySubsequences: false).first else { continue }
            let keys = field.split(separator: "|")
                .map { NameKey.territory(String($0.split(separator: "@").first ?? "")) }
                .filter { !$0.isEmpty }
            for key in keys { related[key, default: []] += keys }
        }
        self.related = related
    }

    /// The keys of `names` and of every name the catalog lists with any of them.
    func keys(for names: [String]) -> Set<String> {
        var keys = Set(names.map(NameKey.territory).filter { !$0.isEmpty })
        for key in keys { keys.formUnion(related[key] ?? []) }
        return keys
    }
}
