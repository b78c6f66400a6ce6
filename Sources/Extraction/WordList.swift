/// Word lists the tagger and the sentence splitter test single tokens against, as bits the lexicon
/// keeps for each of its words. Unlike `WordClass`, membership is exact: a possessive or a
/// hyphenated word is not in a list because its stem is, just as a `Set<String>` of the list's
/// words would say. A token made without the lexicon is in none (test it against the sets).
struct WordList: OptionSet, Sendable {
    let rawValue: UInt16

    /// The gazetteer's courtesy titles ("mr", "sheikh").
    static let honorific = WordList(rawValue: 1 << 0)
    /// The gazetteer's given names.
    static let givenName = WordList(rawValue: 1 << 1)
    /// Lowercase words inside a name ("bin", "de").
    static let nameConnector = WordList(rawValue: 1 << 2)
    /// Words that make a run of names a body or a thing ("ministry", "corp").
    static let organisation = WordList(rawValue: 1 << 3)
    /// Words before a place that make it one ("in", "near").
    static let placeContext = WordList(rawValue: 1 << 4)
    /// "city", "town": "the city of Split".
    static let settlementNoun = WordList(rawValue: 1 << 5)
    /// Words after which a full stop does not end a sentence ("mr", "gen", "jan").
    static let abbreviation = WordList(rawValue: 1 << 6)
    /// Abbreviated given names written with a full stop ("ma", "mohd").
    static let abbreviatedGivenName = WordList(rawValue: 1 << 7)
    /// Capitalized words that begin a sentence after an initialism ("the", "but").
    static let sentenceStarter = WordList(rawValue: 1 << 8)
    /// Marks that set a nickname apart inside a name.
    static let quoteMark = WordList(rawValue: 1 << 9)
}
