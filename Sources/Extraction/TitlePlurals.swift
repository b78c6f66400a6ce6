/// The plural of a title phrase, as news write it before several names ("Cabinet Secretaries A
/// and B", "Foreign Ministers A and B"): the head noun takes the plural, which is the last word,
/// or the word before the first preposition ("secretaries of state", "ministers for trade").
public enum TitlePlurals {
    /// Prepositions after a title's head noun.
    static let prepositions: Set<Substring> = ["of", "for", "to", "at", "on", "in"]

    /// The plural, or the title itself where it has none to make: a title of one word (the
    /// plurals news write before names, "Presidents", "Ministers", are listed; the others are
    /// names of places and things too: "Queens", "Princes Street", "Generals") and a head noun
    /// that ends in "s" (listed plurals, "boss").
    public static func plural(of title: String) -> String {
        var words = title.split(separator: " ")
        guard words.count >= 2 else { return title }
        let head = (words.firstIndex { prepositions.contains($0) } ?? words.count) - 1
        guard head >= 0, !words[head].hasSuffix("s") else { return title }
        words[head] = Substring(pluralWord(String(words[head])))
        return words.joined(separator: " ")
    }

    /// English plural of one noun of office not ending in "s": "secretary" -> "secretaries",
    /// "chairman" -> "chairmen", "monarch" -> "monarchs", "minister" -> "ministers". The phrase
    /// made is only a candidate the text must contain.
    static func pluralWord(_ word: String) -> String {
        if word.hasSuffix("man") { return String(word.dropLast(3)) + "men" }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) { return String(word.dropLast()) + "ies" }
        // "monarch", "patriarch": a hard "ch" takes "s".
        if word.hasSuffix("arch") { return word + "s" }
        if word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
        return word + "s"
    }
}
