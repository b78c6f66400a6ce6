/// The word lists the extraction stages test words against, read once from the data files in
/// `Gazetteers/` (embedded at build time), so that a reader can see and extend every cue word
/// without reading Swift. Each file's header says what its words are for.
enum WordLists {
    static let meetingTriggers = WordSet(load("meeting-triggers.txt"))
    static let encounterVerbs = WordSet(load("meeting-verbs.txt"))
    static let triggersNeedingObject = WordSet(load("meeting-triggers-needing-object.txt"))
    static let callWords = WordSet(load("call-words.txt"))
    static let voiding = WordSet(load("meeting-voiding.txt"))
    static let contactIntensifying = WordSet(load("contact-intensifying.txt"))
    static let gatheringDecisions = WordSet(load("gathering-decisions.txt"))
    static let cancelling = WordSet(load("meeting-cancelling.txt"))
    static let planning = WordSet(load("meeting-planning.txt"))
    static let postponing = WordSet(load("meeting-postponing.txt"))
    static let groupReferences = WordSet(load("group-references.txt"))
    static let speechVerbs = WordSet(load("speech-verbs.txt"))
    static let roleModifiers = WordSet(load("role-modifiers.txt"))
    static let nameConnectors = WordSet(load("name-connectors.txt"))
    static let organisationWords = WordSet(load("organisation-words.txt"))
    static let venueWords = WordSet(load("venue-words.txt"))
    static let institutionWords = WordSet(load("institution-words.txt"))
    /// Phrases as their lowercase words, keyed by the first word so a sentence is scanned once.
    static let delegationCues: [String: [[String]]] = Dictionary(
        grouping: load("delegation-cues.txt").map { $0.split(separator: " ").map(String.init) }, by: { $0[0] })
    static let placeContextWords = WordSet(load("place-context-words.txt"))
    static let settlementNouns = WordSet(load("settlement-nouns.txt"))
    static let announcing = WordSet(load("meeting-announcing.txt"))
    static let togetherWords = WordSet(load("meeting-together.txt"))
    static let arrivalWords = WordSet(load("arrival-words.txt"))
    static let departureWords = WordSet(load("departure-words.txt"))
    static let eventNouns = WordSet(load("event-nouns.txt"))
    static let reportDateWords = WordSet(load("report-date-words.txt"))
    static let pageListHeaders = WordSet(load("page-list-headers.txt"))
    static let menuSectionWords = WordSet(load("menu-section-words.txt"))
    static let pressRoles = WordSet(load("press-roles.txt"))
    static let facilityWords = WordSet(load("facility-words.txt"))
    static let thingObjects = WordSet(load("thing-objects.txt"))
    static let nameModifiedNouns = WordSet(load("name-modified-nouns.txt"))
    static let nounWillModifiers = WordSet(load("noun-will-modifiers.txt"))
    static let courtStyles = WordSet(load("court-styles.txt"))
    static let roundWords = WordSet(load("round-words.txt"))
    static let visitorGroups = WordSet(load("visitor-groups.txt"))
    static let rulerTitles = WordSet(load("ruler-titles.txt"))
    static let presenceWords = WordSet(load("meeting-presence.txt"))
    static let accepting = WordSet(load("meeting-accepting.txt"))
    static let tripVerbs = WordSet(load("trip-verbs.txt"))
    static let signingVerbs = WordSet(load("signing-verbs.txt"))
    static let callingOnPurposes = WordSet(load("calling-on-purposes.txt"))
    static let pressAudiences = WordSet(load("press-audiences.txt"))
    static let publicAudiences = WordSet(load("public-audiences.txt"))
    static let gatheringNouns = WordSet(load("gathering-nouns.txt"))
    static let sidelineWords = WordSet(load("sideline-words.txt"))
    static let honouredOccasions = WordSet(load("honoured-occasions.txt"))
    static let metObjects = WordSet(load("met-objects.txt"))
    static let newsOutlets = WordSet(load("news-outlets.txt"))
    static let comingClauseVerbs = WordSet(load("coming-clause-verbs.txt"))
    static let portfolioWords = WordSet(load("portfolio-words.txt"))
    /// "amb" → "Ambassador": abbreviated titles and ranks with the titles they stand for.
    static let titleAbbreviations = pairs("title-abbreviations.tsv")

    /// "external affairs minister" → "IND": titles only one state gives, with its code.
    static let nationalTitles = pairs("national-titles.tsv")

    /// "al saud" → "SAU": family names of reigning royal houses, folded, with their state.
    static let royalHouses = pairs("royal-houses.tsv")

    /// A two-column list (key, a tab, value) as a dictionary; the first row of a key wins.
    static func pairs(_ file: String) -> [String: String] {
        Dictionary(
            Gazetteer.lines(Embedded.files[file]).compactMap { line in
                let fields = line.split(separator: "\t", maxSplits: 1)
                return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
            }, uniquingKeysWith: { first, _ in first })
    }

    /// "heads of state" → ["president", "king", ...]: offices a group reference may name, by the
    /// words written after "the two" or "both", with the titles of the people they mean.
    static let groupOffices: [(words: [String], titles: Set<String>)] = Gazetteer.lines(Embedded.files["group-offices.tsv"]).compactMap {
        line in
        let fields = line.split(separator: "\t", maxSplits: 1)
        guard fields.count == 2 else { return nil }
        return (fields[0].split(separator: " ").map(String.init), Set(fields[1].split(separator: ",").map(String.init)))
    }

    /// The full title an abbreviation stands for ("Amb.", "Lt. Gen.", "PM"), or nil.
    static func expandedTitle(_ written: String) -> String? {
        var written = written
        if let key = written.withUTF8({ asciiAbbreviationKey($0) }) { return key.isEmpty ? nil : titleAbbreviations[key] }
        return titleAbbreviations[String(written.lowercased().filter { $0 != "." }.split(separator: " ").joined(separator: " "))]
    }

    /// The longest key of `titleAbbreviations` in bytes: a longer title ("foreign minister") is
    /// none of them, and is answered without making or hashing its key.
    static let longestAbbreviation = titleAbbreviations.keys.map(\.utf8.count).max() ?? 0

    /// The key `expandedTitle` looks an ASCII title up by, made on bytes as the Character path
    /// makes it (lowercased, full stops dropped, words joined by single spaces): by Characters
    /// this cost some 18,000 instructions a title. "" when the key is longer than any
    /// abbreviation; nil for a title with non-ASCII bytes (left to the Character path).
    private static func asciiAbbreviationKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        let limit = longestAbbreviation
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limit + 1) { out -> String in
            var n = 0
            var pendingSpace = false
            for b in bytes where b != UInt8(ascii: ".") {
                if b == UInt8(ascii: " ") {
                    pendingSpace = n > 0
                    continue
                }
                if pendingSpace {
                    guard n < limit else { return "" }
                    out[n] = UInt8(ascii: " ")
                    n += 1
                    pendingSpace = false
                }
                guard n < limit else { return "" }
                out[n] = b >= 65 && b <= 90 ? b + 32 : b
                n += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
        }
    }

    /// The lowercase words of an embedded list; a missing file is a build mistake that the
    /// gazetteer tests catch, so it reads as an empty list rather than a crash.
    static func load(_ file: String) -> Set<String> {
        // A line of ASCII without capitals (nearly every one) is its own lowercase form, kept
        // without `lowercased()` mapping each of its scalars.
        // A list missing from embed.list is a build mistake, not an empty list: it would switch a
        // rule off without a word.
        guard let text = Embedded.files[file] else { preconditionFailure("\(file) is not embedded: add it to Sources/Extraction/embed.list") }
        return Set(Gazetteer.lines(text).map { line in line.utf8.allSatisfy { $0 < 0x80 && $0 &- 65 >= 26 } ? line : line.lowercased() })
    }
}
