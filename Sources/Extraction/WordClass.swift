/// The classes of words the extraction stages test tokens against. Each token's classes are looked
/// up once, when it is made, so that later tests are a bit test rather than a string hash.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let meetingTrigger = WordClass(rawValue: 1 << 0)
    static let voiding = WordClass(rawValue: 1 << 1)
    static let territoryTrigger = WordClass(rawValue: 1 << 2)
    static let dateWord = WordClass(rawValue: 1 << 3)
    /// A word a pattern of dispute starts at ("claims", "disputed", "the", "both", ","), or a state
    /// joined to a word of holding ("Russian-held").
    static let territoryStart = WordClass(rawValue: 1 << 4)
    /// The first word of a delegation cue ("accompanied by", "delegation included").
    static let delegationCueStart = WordClass(rawValue: 1 << 5)
    /// Words of arrival and visit ("arrived", "visit"): a sentence may place people in a city.
    static let arrival = WordClass(rawValue: 1 << 6)
    /// Words that put an encounter off ("postponed").
    static let postponing = WordClass(rawValue: 1 << 7)
    /// Nouns of a gathering ("summit", "forum"), or a possessive of one ("summit's"): a bit tested
    /// before `WordLists.gatheringNouns` is asked, which the gathering stage asked of every word of
    /// every sentence with a date (some 23,000 strings hashed over 300 articles, 18.6 M
    /// instructions in `GatheringPlaces.dated`). Every word of the list has it; a possessive has
    /// its stem's classes, so the list is still asked of a word that has the bit.
    static let gatheringNoun = WordClass(rawValue: 1 << 8)
    /// Verbs of signing ("signed", "initialled"): `MeetingExtractor.signingFrame` asks it of every
    /// word of every sentence without a meeting word or a name.
    static let signing = WordClass(rawValue: 1 << 9)
    /// Verbs by which a gathering acts on people ("elected", "urged"): `EncounterClauses` asks it
    /// of the word after every meeting word.
    static let gatheringDecision = WordClass(rawValue: 1 << 10)
    /// Verbs of setting out ("left", "departed"): with "for" after them, a sentence may place
    /// people in the city they set out for.
    static let departure = WordClass(rawValue: 1 << 11)

    /// Lowercase word to its classes, from the extractors' own word lists.
    static let table: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func add(_ words: some Sequence<String>, _ c: WordClass) { for w in words { table[w, default: []].insert(c) } }
        add(WordLists.meetingTriggers, .meetingTrigger)
        add(WordLists.voiding, .voiding)
        add(WordLists.delegationCues.keys, .delegationCueStart)
        add(WordLists.arrivalWords, .arrival)
        add(WordLists.departureWords, .departure)
        add(WordLists.postponing, .postponing)
        add(WordLists.gatheringNouns, .gatheringNoun)
        add(WordLists.signingVerbs, .signing)
        add(WordLists.gatheringDecisions, .gatheringDecision)
        add(TerritoryCues.standard.triggerWords, .territoryTrigger)
        add(TerritoryCues.standard.startWords, .territoryStart)
        add(DateExpression.weekdays.keys, .dateWord)
        add(DateExpression.months.keys, .dateWord)
        add(["today", "yesterday", "tomorrow", "tonight", "this", "last"], .dateWord)
        return table
    }()

    static let holdingSuffixes = TerritoryCues.standard.hold.words.union(TerritoryCues.standard.claim.words)

    /// The classes of a lowercase word; a possessive ("monday's") has those of its stem.
    static func of(_ lower: String) -> WordClass {
        if let c = table[lower] { return c }
        // Byte tests first: most words have neither a possessive nor a hyphen, and String's
        // character-level searches cost more than the lookup itself.
        let bytes = lower.utf8
        if bytes.count > 2, bytes.last == UInt8(ascii: "s"), bytes.dropLast().last == UInt8(ascii: "'"),
            let c = table[String(lower.dropLast(2))]
        {
            return c
        }
        // "Moroccan-held", "Japanese-administered": a word of holding joined to a state.
        if let dash = bytes.lastIndex(of: UInt8(ascii: "-")),
            let suffix = String(bytes[bytes.index(after: dash)...]), holdingSuffixes.contains(suffix)
        {
            return [.territoryTrigger, .territoryStart]
        }
        return []
    }
}
