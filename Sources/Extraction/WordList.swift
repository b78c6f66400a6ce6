/// Word lists the tagger and the sentence splitter test single tokens against, as bits the lexicon
/// keeps for each of its words. Unlike `WordClass`, membership is exact: a possessive or a
/// hyphenated word is not in a list because its stem is, just as a `Set<String>` of the list's
/// words would say. A token made without the lexicon is in none (test it against the sets).
struct WordList: OptionSet, Sendable {
    let rawValue: UInt64

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

    // The one-word lists of `WordLists` the rule stages test tokens against, each a bit so that
    // `gazetteer.isListed(token, .speechVerb)` answers as `WordLists.speechVerbs.contains(token.lower)`
    // does for a token made with the lexicon, without hashing its string.
    /// `WordLists.meetingTriggers`.
    static let meetingTrigger = WordList(rawValue: 1 << 10)
    /// `WordLists.encounterVerbs`.
    static let encounterVerb = WordList(rawValue: 1 << 11)
    /// `WordLists.triggersNeedingObject`.
    static let triggerNeedingObject = WordList(rawValue: 1 << 12)
    /// `WordLists.callWords`.
    static let callWord = WordList(rawValue: 1 << 13)
    /// `WordLists.voiding`.
    static let voiding = WordList(rawValue: 1 << 14)
    /// `WordLists.cancelling`.
    static let cancelling = WordList(rawValue: 1 << 15)
    /// `WordLists.planning`.
    static let planning = WordList(rawValue: 1 << 16)
    /// `WordLists.postponing`.
    static let postponing = WordList(rawValue: 1 << 17)
    /// `WordLists.groupReferences`.
    static let groupReference = WordList(rawValue: 1 << 18)
    /// `WordLists.speechVerbs`.
    static let speechVerb = WordList(rawValue: 1 << 19)
    /// `WordLists.roleModifiers`.
    static let roleModifier = WordList(rawValue: 1 << 20)
    /// `WordLists.venueWords`.
    static let venueWord = WordList(rawValue: 1 << 21)
    /// `WordLists.announcing`.
    static let announcing = WordList(rawValue: 1 << 22)
    /// `WordLists.togetherWords`.
    static let together = WordList(rawValue: 1 << 23)
    /// `WordLists.arrivalWords`.
    static let arrival = WordList(rawValue: 1 << 24)
    /// `WordLists.eventNouns`.
    static let eventNoun = WordList(rawValue: 1 << 25)
    /// `WordLists.reportDateWords`.
    static let reportDateWord = WordList(rawValue: 1 << 26)
    /// `WordLists.thingObjects`.
    static let thingObject = WordList(rawValue: 1 << 27)
    /// `WordLists.nameModifiedNouns`.
    static let nameModifiedNoun = WordList(rawValue: 1 << 28)
    /// `WordLists.nounWillModifiers`.
    static let nounWillModifier = WordList(rawValue: 1 << 29)
    /// `WordLists.courtStyles`.
    static let courtStyle = WordList(rawValue: 1 << 30)
    /// `WordLists.roundWords`.
    static let roundWord = WordList(rawValue: 1 << 31)

    /// Every list of `WordLists` with its bit: the lexicon makes their words its own.
    static let stageLists: [(WordList, Set<String>)] = [
        (.meetingTrigger, WordLists.meetingTriggers), (.encounterVerb, WordLists.encounterVerbs),
        (.triggerNeedingObject, WordLists.triggersNeedingObject), (.callWord, WordLists.callWords), (.voiding, WordLists.voiding),
        (.cancelling, WordLists.cancelling), (.planning, WordLists.planning), (.postponing, WordLists.postponing),
        (.groupReference, WordLists.groupReferences), (.speechVerb, WordLists.speechVerbs),
        (.roleModifier, WordLists.roleModifiers), (.venueWord, WordLists.venueWords), (.announcing, WordLists.announcing),
        (.together, WordLists.togetherWords), (.arrival, WordLists.arrivalWords), (.eventNoun, WordLists.eventNouns),
        (.reportDateWord, WordLists.reportDateWords), (.thingObject, WordLists.thingObjects),
        (.nameModifiedNoun, WordLists.nameModifiedNouns), (.nounWillModifier, WordLists.nounWillModifiers),
        (.courtStyle, WordLists.courtStyles), (.roundWord, WordLists.roundWords),
    ]
}
