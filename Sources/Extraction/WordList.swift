/// Word lists the tagger, the sentence splitter and the rule stages test single tokens against, as
/// bits the lexicon keeps for each of its words (and copies into each token it numbers). Unlike `WordClass`, membership is exact: a possessive or a
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

    // The stages' own small sets of words, tested token by token: a bit each for the same reason.
    /// `Extractor.locatives`: "in", "at" before a capital that is then a place, not the state.
    static let locative = WordList(rawValue: 1 << 32)
    /// `MeetingPlaceReader.locatives`: words before the place of an encounter.
    static let placeLocative = WordList(rawValue: 1 << 33)
    /// `PersonResolver.counterpartWords`.
    static let counterpartWord = WordList(rawValue: 1 << 34)
    /// `PersonResolver.functionWords`.
    static let functionWord = WordList(rawValue: 1 << 35)
    /// `PersonResolver.officeJoiners`.
    static let officeJoiner = WordList(rawValue: 1 << 36)
    /// `PersonResolver.roleLinks`.
    static let roleLink = WordList(rawValue: 1 << 37)
    /// `RoleReferences.pluralRoles`.
    static let pluralRole = WordList(rawValue: 1 << 38)
    /// `ParticipantReader.subjectlessDeterminers`.
    static let subjectlessDeterminer = WordList(rawValue: 1 << 39)
    /// `ParticipantReader.listWords`.
    static let listWord = WordList(rawValue: 1 << 40)
    /// `ParticipantReader.afterTheTwo`.
    static let afterTheTwo = WordList(rawValue: 1 << 41)
    /// `EncounterClauses.clauseConjunctions`.
    static let clauseConjunction = WordList(rawValue: 1 << 42)
    /// `EncounterClauses.openingPrepositions`.
    static let openingPreposition = WordList(rawValue: 1 << 43)
    /// `MeetingPlaceReader.departureWords`.
    static let departureWord = WordList(rawValue: 1 << 44)
    /// `MeetingPlaceReader.nameParticles`.
    static let nameParticle = WordList(rawValue: 1 << 45)
    /// `ParticipantReader.oneByOneWords`.
    static let oneByOne = WordList(rawValue: 1 << 46)
    /// `ParticipantReader.relativePronouns`.
    static let relativePronoun = WordList(rawValue: 1 << 47)
    /// `ParticipantReader.settingDeterminers`.
    static let settingDeterminer = WordList(rawValue: 1 << 48)
    /// `ParticipantReader.settingPrepositions`.
    static let settingPreposition = WordList(rawValue: 1 << 49)
    /// `ParticipantReader.speakerAdverbs`.
    static let speakerAdverb = WordList(rawValue: 1 << 50)
    /// `MeetingPlaceReader.venuePrepositions`.
    static let venuePreposition = WordList(rawValue: 1 << 51)
    /// `MeetingExtractor.joiningWords`.
    static let joiningWord = WordList(rawValue: 1 << 52)
    /// `EncounterClauses.pressEventNouns`.
    static let pressEventNoun = WordList(rawValue: 1 << 53)
    /// `EncounterClauses.pressWords`.
    static let pressWord = WordList(rawValue: 1 << 54)
    /// `EncounterClauses.namePhraseOpeners`.
    static let namePhraseOpener = WordList(rawValue: 1 << 55)
    /// `EncounterClauses.delegationHeadVerbs`.
    static let delegationHeadVerb = WordList(rawValue: 1 << 56)
    /// `EncounterClauses.objectLinks`.
    static let objectLink = WordList(rawValue: 1 << 57)
    /// `RoleReferences.roleDeterminers`.
    static let roleDeterminer = WordList(rawValue: 1 << 58)
    /// `WordLists.presenceWords`.
    static let presenceWord = WordList(rawValue: 1 << 59)
    /// `WordLists.facilityWords`: the tagger tests the word after every run of names.
    static let facilityWord = WordList(rawValue: 1 << 60)
    /// `EncounterClauses.demandVerbs`: tested at every word before a meeting word.
    static let demandVerb = WordList(rawValue: 1 << 61)
    /// `EncounterClauses.sittingWords`.
    static let sittingWord = WordList(rawValue: 1 << 62)
    /// `EncounterClauses.verbsOfSpeaking`.
    static let speakingVerb = WordList(rawValue: 1 << 63)

    /// Every list of `WordLists` and of the stages with its bit: the lexicon makes their words its own.
    static let stageLists: [(WordList, Set<String>)] = [
        (.meetingTrigger, WordLists.meetingTriggers.words), (.encounterVerb, WordLists.encounterVerbs.words),
        (.triggerNeedingObject, WordLists.triggersNeedingObject.words), (.callWord, WordLists.callWords.words), (.voiding, WordLists.voiding.words),
        (.cancelling, WordLists.cancelling.words), (.planning, WordLists.planning.words), (.postponing, WordLists.postponing.words),
        (.groupReference, WordLists.groupReferences.words), (.speechVerb, WordLists.speechVerbs.words),
        (.roleModifier, WordLists.roleModifiers.words), (.venueWord, WordLists.venueWords.words), (.announcing, WordLists.announcing.words),
        (.together, WordLists.togetherWords.words), (.arrival, WordLists.arrivalWords.words), (.eventNoun, WordLists.eventNouns.words),
        (.reportDateWord, WordLists.reportDateWords.words), (.thingObject, WordLists.thingObjects.words),
        (.nameModifiedNoun, WordLists.nameModifiedNouns.words), (.nounWillModifier, WordLists.nounWillModifiers.words),
        (.courtStyle, WordLists.courtStyles.words), (.roundWord, WordLists.roundWords.words),
        (.locative, Extractor.locatives.words), (.placeLocative, MeetingPlaceReader.locatives.words),
        (.counterpartWord, PersonResolver.counterpartWords.words), (.functionWord, PersonResolver.functionWords.words),
        (.officeJoiner, PersonResolver.officeJoiners.words), (.roleLink, PersonResolver.roleLinks.words),
        (.pluralRole, RoleReferences.pluralRoles.words), (.subjectlessDeterminer, ParticipantReader.subjectlessDeterminers.words),
        (.listWord, ParticipantReader.listWords.words), (.afterTheTwo, ParticipantReader.afterTheTwo.words),
        (.clauseConjunction, EncounterClauses.clauseConjunctions.words), (.openingPreposition, EncounterClauses.openingPrepositions.words),
        (.departureWord, MeetingPlaceReader.departureWords.words), (.nameParticle, MeetingPlaceReader.nameParticles.words),
        (.oneByOne, ParticipantReader.oneByOneWords.words), (.relativePronoun, ParticipantReader.relativePronouns.words),
        (.settingDeterminer, ParticipantReader.settingDeterminers.words), (.settingPreposition, ParticipantReader.settingPrepositions.words),
        (.speakerAdverb, ParticipantReader.speakerAdverbs.words), (.venuePreposition, MeetingPlaceReader.venuePrepositions.words),
        (.joiningWord, MeetingExtractor.joiningWords.words), (.pressEventNoun, EncounterClauses.pressEventNouns.words),
        (.pressWord, EncounterClauses.pressWords.words), (.namePhraseOpener, EncounterClauses.namePhraseOpeners.words),
        (.delegationHeadVerb, EncounterClauses.delegationHeadVerbs.words), (.objectLink, EncounterClauses.objectLinks.words),
        (.roleDeterminer, RoleReferences.roleDeterminers.words), (.presenceWord, WordLists.presenceWords.words),
        (.facilityWord, WordLists.facilityWords.words), (.demandVerb, EncounterClauses.demandVerbs.words),
        (.sittingWord, EncounterClauses.sittingWords.words), (.speakingVerb, EncounterClauses.verbsOfSpeaking.words),
    ]
}
