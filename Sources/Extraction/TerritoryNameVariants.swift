/// The other forms news write a listed territory's name in, so that territories.tsv lists each
/// name once: the singular or plural of its last noun ("Migingo Island", "Migingo Islands",
/// "Migingo Isle"), the name without its diacritics ("Mbanie" for "Mbanié") and without its
/// apostrophe ("Halaib"), and a hyphenated name with a space ("Nagorno Karabakh").
/// A variant never takes a name another row lists: the gazetteer adds it only where the name is free.
enum TerritoryNameVariants {
    /// Last nouns of territory and the forms news use in their place. "Island" also reads "Isle"
    /// and "Islands" "Islets": news write either for the same small island groups.
    static let lastNounForms: [String: [String]] = [
        "Island": ["Islands", "Isle"], "Islands": ["Island", "Isles", "Islets"],
        "Isle": ["Island", "Isles"], "Isles": ["Islands", "Isle"],
        "Islet": ["Islets", "Island"], "Islets": ["Islet", "Islands"],
        "Reef": ["Reefs"], "Reefs": ["Reef"], "Shoal": ["Shoals"], "Shoals": ["Shoal"],
        "Cay": ["Cays"], "Cays": ["Cay"], "Rock": ["Rocks"], "Rocks": ["Rock"],
        "Bank": ["Banks"], "Banks": ["Bank"],
    ]

    static func variants(of name: String) -> [String] {
        var out: [String] = []
        func add(_ v: String) { if v != name, !out.contains(v) { out.append(v) } }
        var forms = [name]
        // The last noun, written capitalized or not ("Dokdo islets").
        if let space = name.lastIndex(of: " ") {
            let head = name[..<space]
            let last = String(name[name.index(after: space)...])
            let capitalized = last.prefix(1).uppercased() + last.dropFirst()
            for other in lastNounForms[capitalized] ?? [] { forms.append(head + " " + other) }
        }
        for form in forms {
            add(form)
            // Folded names are lowercase: the gazetteer matches names by their lowercase key.
            let plain = NameFolding.fold(form)
            if plain != form.lowercased() { add(plain) }
            for v in [form, plain] where v.contains("'") { add(String(v.filter { $0 != "'" })) }
            if form.contains("-"), !form.contains(" ") { add(String(form.map { $0 == "-" ? " " : $0 })) }
        }
        return out
    }
}
