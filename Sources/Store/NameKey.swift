import Foundation

/// Folded forms of names, so that "Kōno" and "KONO", or "the Kuril Islands" and "Kuril", are
/// recognised as one name across articles.
public enum NameKey {
    /// Case- and diacritic-folded words of a name, joined by single spaces; punctuation and
    /// hyphens separate words ("Moon Jae-in" gives "moon jae in").
    public static func fold(_ name: String) -> String {
        // Plain ASCII names, the common case, need no Unicode decomposition.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var words: [String] = []
            var word: [UInt8] = []
            for b in name.utf8 {
                if b >= 65 && b <= 90 {
                    word.append(b + 32)
                } else if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) {
                    word.append(b)
                } else if b == 39 {
                    continue
                }  // "O'Brien" and "OBrien" are one name
                else if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            return words.joined(separator: " ")
        }
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                word.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "O'Brien" and "OBrien" are one name
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words.joined(separator: " ")
    }

    public static func person(_ name: String) -> String { fold(name) }

    static let territoryGenericNouns: Set<String> = ["islands", "island", "isles", "islets", "isle", "region", "heights"]

    /// The folded name without a leading "the" or a trailing generic noun ("Islands", "region"),
    /// so "the Kuril Islands", "Kuril Islands" and "Kuril" share a key.
    public static func territory(_ name: String) -> String {
        var words = fold(name).split(separator: " ").map(String.init)
        if words.count > 1, words.first == "the" { words.removeFirst() }
        if words.count > 1, let last = words.last, territoryGenericNouns.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }
}
