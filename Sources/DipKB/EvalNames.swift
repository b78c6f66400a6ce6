import Foundation

/// The name rules of score.py, word for word: how a system's name is matched to a gold
/// person's, and a territory's names to each other. They must agree with score.py to the
/// third decimal, so they follow it rather than the knowledge base's own (PersonName, NameKey).
enum EvalNames {
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "king", "queen", "prince",
        "princess", "sheikh", "emir", "president", "minister", "gen", "general",
    ]
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "vi"]
    static let territoryGenericNouns: Set<String> = ["islands", "island", "isles", "islets", "isle", "region", "heights"]

    /// score.py's fold(): compatibility-decomposed, combining marks dropped, lower-cased, then
    /// the words of ASCII letters and digits (anything else separates words).
    static func fold(_ text: String?) -> [String] {
        guard let text else { return [] }
        var kept = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass == .notReordered {
            kept.append(scalar)
        }
        var words: [String] = []
        var word = ""
        for scalar in String(kept).lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    static func joinedFold(_ text: String?) -> String { fold(text).joined(separator: " ") }

    static func nameTokens(_ name: String) -> [String] {
        var tokens = fold(name).filter { !honorifics.contains($0) }
        while tokens.count > 1, let last = tokens.last, suffixes.contains(last) { tokens.removeLast() }
        return tokens
    }

    /// score.py's same_person().
    static func samePerson(_ a: String, _ b: String, uniqueSurname: Bool = false) -> Bool {
        let ta = nameTokens(a)
        let tb = nameTokens(b)
        guard let lastA = ta.last, let lastB = tb.last else { return false }
        if ta == tb { return true }
        if lastA == lastB {
            if ta.count == 1 || tb.count == 1 || ta[0].first == tb[0].first || uniqueSurname { return true }
        }
        let (short, long) = ta.count <= tb.count ? (ta, tb) : (tb, ta)
        if Set(short).isSubset(of: Set(long)) && (short.count >= 2 || short[0] == long[0] || short[0] == long[long.count - 1]) {
            return true
        }
        return false
    }

    /// score.py's territory_key(): no "the", no trailing generic noun.
    static func territoryKey(_ name: String) -> String {
        var words = fold(name).filter { $0 != "the" }
        if words.count > 1, let last = words.last, territoryGenericNouns.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Python's ordering of strings (by code point), which score.py's sorted() uses.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
