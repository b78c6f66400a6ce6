/// A person's name taken apart for matching across articles: the surname and the given names,
/// each reduced to a transliteration-folded key, so that the spellings different outlets use
/// for one name ("Sergei"/"Sergey", "Kōno"/"Kono", "Zelensky"/"Zelenskiy"/"Zelenskyy") agree,
/// while names that differ in a letter that matters ("H. W." and "W.") do not.
public struct PersonName: Sendable, Hashable {
    /// Key of the last name word ("lavrov"); empty only for an empty name.
    public let surname: String
    /// Keys of the given names before it, in order ("sergei"); initials are one letter.
    public let given: [String]

    /// Forms of address and ranks that are not part of a name ("Mr Putin", "Sheikh Tamim").
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "sheikh", "sheik", "lord", "lady",
        "gen", "lt", "col", "maj", "capt", "adm", "sen", "rep", "gov", "amb", "messrs", "mme", "hh", "hrh",
    ]
    /// Generational suffixes after a surname ("George Bush Jr."): the surname is the word before.
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
    /// Joining words inside Arabic and European names ("Mohammed bin Salman", "Ursula von der
    /// Leyen"): not given names of their own, so they neither confirm nor contradict one.
    static let particles: Set<String> = ["bin", "ibn", "bint", "al", "el", "von", "van", "der", "de", "da", "di", "du", "la", "le"]

    public init(_ name: String) {
        var words = NameKey.fold(name).split(separator: " ").map(String.init)
        while words.count > 1, let first = words.first, Self.honorifics.contains(first) { words.removeFirst() }
        while words.count > 1, let last = words.last, Self.suffixes.contains(last) { words.removeLast() }
        guard let last = words.popLast() else {
            surname = ""
            given = []
            return
        }
        surname = Self.key(last)
        given = words.filter { !Self.particles.contains($0) }.map(Self.key)
    }

    /// One name word in a transliteration-folded spelling. The rules cover the variants news
    /// romanizations of Russian, Ukrainian and Arabic names actually differ by:
    /// "x" as "ks" (Alexei/Aleksei), "kh" as "h" (Khaled/Haled), "ou" as "u" (Youssef/Yusef),
    /// "j" as "y" (Jevgenij/Yevgeniy), "ph" as "f", "q" as "k", an ending of y's and i's as one "i"
    /// (Sergey/Sergei, Zelenskyy/Zelenskiy/Zelensky) and doubled letters as one (Mohammed/Mohamed).
    public static func key(_ word: String) -> String {
        // Plain ASCII words, the common case, are folded byte by byte (the same rules, without
        // Foundation's string search: six of them per word cost more than the rest of a name's
        // matching); any other word takes the general way.
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(Array(word.utf8)) }
        return anyKey(word)
    }

    /// `key` of any word, through `String`.
    static func anyKey(_ word: String) -> String {
        var s = word
        for (from, to) in [("x", "ks"), ("kh", "h"), ("ou", "u"), ("ph", "f"), ("j", "y"), ("q", "k")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        // Any ending spelled with y's and i's is one "i": -ey/-ei, -iy/-yy/-y/-ii.
        let stem = s.reversed().drop { $0 == "y" || $0 == "i" }
        if stem.count >= 2, stem.count < s.count, s.hasSuffix("y") || s.hasSuffix("ii") { s = String(stem.reversed()) + "i" }
        var folded = ""
        for character in s where character != folded.last { folded.append(character) }
        return folded
    }

    /// The rules of `key`, in its order, as bytes.
    private static let asciiRules: [(from: [UInt8], to: [UInt8])] = [
        ("x", "ks"), ("kh", "h"), ("ou", "u"), ("ph", "f"), ("j", "y"), ("q", "k"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// `key` of an ASCII word, given as its bytes.
    private static func asciiKey(_ word: [UInt8]) -> String {
        var s = word
        for rule in asciiRules { s = replacing(rule.from, with: rule.to, in: s) }
        let (y, i) = (UInt8(ascii: "y"), UInt8(ascii: "i"))
        var stem = s.count
        while stem > 0, s[stem - 1] == y || s[stem - 1] == i { stem -= 1 }
        let endsInIi = s.count >= 2 && s[s.count - 2] == i && s[s.count - 1] == i
        if stem >= 2, stem < s.count, s.last == y || endsInIi { s = Array(s[..<stem]) + [i] }
        var folded: [UInt8] = []
        folded.reserveCapacity(s.count)
        for byte in s where byte != folded.last { folded.append(byte) }
        return String(decoding: folded, as: UTF8.self)
    }

    /// Every occurrence of `pattern` in `bytes` replaced, left to right, as a string search does.
    private static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard let first = pattern.first, bytes.contains(first) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        var at = 0
        while at < bytes.count {
            if bytes[at] == first, at + pattern.count <= bytes.count, bytes[at..<at + pattern.count].elementsEqual(pattern) {
                out += replacement
                at += pattern.count
            } else {
                out.append(bytes[at])
                at += 1
            }
        }
        return out
    }

    /// Whether the two names can be one person's: the same surname key, and given names that
    /// do not contradict (one missing; otherwise the first given names agree, and so do the
    /// middle ones where both names have them). "George Bush" fits "George W. Bush", but
    /// "George H. W. Bush" does not: their middle names, "h" and "w", differ.
    public func isCompatible(with other: PersonName) -> Bool {
        guard !surname.isEmpty, surname == other.surname else { return false }
        if given.isEmpty || other.given.isEmpty { return true }
        guard Self.agree(given[0], other.given[0]) else { return false }
        let middle = given.dropFirst()
        let otherMiddle = other.given.dropFirst()
        if middle.isEmpty || otherMiddle.isEmpty { return true }
        return middle.count == otherMiddle.count && zip(middle, otherMiddle).allSatisfy(Self.agree)
    }

    /// Equal keys, or one an initial of the other ("W" and "william"), or a short form that
    /// begins the long one ("alex" and "aleksander" fold to "aleks", "aleksander").
    static func agree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return (short.count == 1 || short.count >= 3) && long.hasPrefix(short)
    }
}
