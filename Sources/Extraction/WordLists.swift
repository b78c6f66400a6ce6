/// The word lists the extraction stages test words against, read once from the data files in
/// `Gazetteers/` (embedded at build time), so that a reader can see and extend every cue word
/// without reading Swift. Each file's header says what its words are for.
enum WordLists {
    static let meetingTriggers = load("meeting-triggers.txt")
    static let encounterVerbs = load("meeting-verbs.txt")
    static let triggersNeedingObject = load("meeting-triggers-needing-object.txt")
    static let callWords = load("call-words.txt")
    static let voiding = load("meeting-voiding.txt")
    static let cancelling = load("meeting-cancelling.txt")
    static let planning = load("meeting-planning.txt")
    static let postponing = load("meeting-postponing.txt")
    static let groupReferences = load("group-references.txt")
    static let speechVerbs = load("speech-verbs.txt")
    static let roleModifiers = load("role-modifiers.txt")
    static let nameConnectors = load("name-connectors.txt")
    static let organisationWords = load("organisation-words.txt")
    static let venueWords = load("venue-words.txt")
    /// Phrases as their lowercase words, keyed by the first word so a sentence is scanned once.
    static let delegationCues: [String: [[String]]] = Dictionary(
        grouping: load("delegation-cues.txt").map { $0.split(separator: " ").map(String.init) }, by: { $0[0] })
    static let placeContextWords = load("place-context-words.txt")
    static let settlementNouns = load("settlement-nouns.txt")
    static let announcing = load("meeting-announcing.txt")
    static let togetherWords = load("meeting-together.txt")
    static let arrivalWords = load("arrival-words.txt")
    static let eventNouns = load("event-nouns.txt")
    static let reportDateWords = load("report-date-words.txt")
    static let pageListHeaders = load("page-list-headers.txt")
    static let menuSectionWords = load("menu-section-words.txt")
    static let pressRoles = load("press-roles.txt")
    static let facilityWords = load("facility-words.txt")
    static let thingObjects = load("thing-objects.txt")
    static let nameModifiedNouns = load("name-modified-nouns.txt")
    static let nounWillModifiers = load("noun-will-modifiers.txt")
    static let courtStyles = load("court-styles.txt")
    static let roundWords = load("round-words.txt")
    static let presenceWords = load("meeting-presence.txt")
    /// "amb" → "Ambassador": abbreviated titles and ranks with the titles they stand for.
    static let titleAbbreviations: [String: String] = Dictionary(
        Gazetteer.lines(Embedded.files["title-abbreviations.tsv"]).compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 1)
            return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
        }, uniquingKeysWith: { first, _ in first })

    /// The full title an abbreviation stands for ("Amb.", "Lt. Gen.", "PM"), or nil.
    static func expandedTitle(_ written: String) -> String? {
        titleAbbreviations[String(written.lowercased().filter { $0 != "." }.split(separator: " ").joined(separator: " "))]
    }

    /// The lowercase words of an embedded list; a missing file is a build mistake that the
    /// gazetteer tests catch, so it reads as an empty list rather than a crash.
    static func load(_ file: String) -> Set<String> {
        Set(Gazetteer.lines(Embedded.files[file]).map { $0.lowercased() })
    }
}
