/// Stage 2 of meeting extraction: who took part in the encounter a clause reports — the people
/// it names (not those who only report it), people named by role ("his Russian counterpart"),
/// and "the two leaders", "they" or "he" for people named before.
struct ParticipantReader: Sendable {
    /// How far before the meeting word a pronoun subject may stand: an adverb, a verb and a noun
    /// phrase of up to three words ("they later held talks", "he then held a working session").
    static let pronounReach = 6
    /// How far before a name "according to" may stand with the source's role between them
    /// ("according to State House spokesperson A").
    static let sourceReach = 8
    /// How far, in words, the verb of speech may stand before "during the meeting" that sets it:
    /// "A warned B against any action in the border area during a meeting" has the warning's
    /// object and topic between them.
    static let speechSettingReach = 12
    /// How far before a group noun "two" or "both" may stand ("both foreign ministers").
    static let groupNumberReach = 4

    /// `subjectsBefore`: the subjects of the clause before in the same sentence ("A and B met and
    /// agreed to meet again": A and B).
    func participants(in s: AnalyzedSentence, clause: EncounterClause, named: [PersonMention], discourse: MeetingDiscourse, subjectsBefore: [Int] = []) -> [Int]
    {
        let inClause = named.filter { clause.range.contains($0.first) }
        let trigger = clause.trigger
        var participants: [Int] = []
        // Room for the people the clause names and those of the clause before, which most of its
        // participants are: grown one by one, the list was reallocated twice a clause.
        participants.reserveCapacity(inClause.count + subjectsBefore.count)
        let speakerTakesPart = isSettingOfSpeech(s, trigger: trigger, named: named)
        let relative = relativeClause(s, clause: clause)
        for m in inClause where (speakerTakesPart || !Self.isSpeaker(m, in: s)) && !participants.contains(m.person) {
            if isPossessorOfRole(m, in: s) { continue }
            // "delivered a message from President C", "on behalf of King C": C sent word, and was
            // not there.
            if Self.isSenderOfWord(m, in: s) { continue }
            // "their first meeting since President C took office": C dates the meeting.
            if Self.isTimeReference(m, in: s) { continue }
            // "discussed the coming visit of President C": C is the matter discussed.
            if Self.isInTopic(m, in: s, clause: clause.range) { continue }
            // "gave B a book about independence hero C": C is what the book is about.
            if Self.isNamedAsATopic(m, in: s) { continue }
            // "met B on the sidelines of the inauguration of President C": the occasion was C's.
            if Self.isHonoreeOfOccasion(m, in: s) { continue }
            // "A received B, who had come to lay a wreath for C": C was not at the meeting.
            if let r = relative, m.first > r { continue }
            // "officials of the Obama administration": Obama was not there.
            if m.last + 1 < s.tokens.count, s.tokens[m.last + 1].isListed(.nameModifiedNoun) { continue }
            if let t = clause.complementizer, m.last < t { continue }
            participants.append(m.person)
        }
        if clause.sharesSubject || clause.followsAside {
            for subject in subjectsBefore.reversed() where !participants.contains(subject) { participants.insert(subject, at: 0) }
        }
        // "'I will meet A and B,' she added": the quoted "I" is the speaker, named in the sentence
        // or, where the sentence says only "she added", the one last reported speaking.
        if !participants.isEmpty, firstPersonSubject(s, before: trigger),
            let speaker = named.first(where: { Self.isSpeaker($0, in: s) })?.person ?? discourse.lastSpeaker
        {
            // "'We will meet B,' A said beside C": the quotation tells the meeting; C, named only
            // after it, stood beside the speaker.
            if let close = EncounterClauses.closeOfOpeningQuote(s, range: 0..<s.tokens.count), trigger < close {
                participants.removeAll { p in !named.contains { $0.person == p && $0.first < close } }
            }
            if !participants.contains(speaker) { participants.insert(speaker, at: 0) }
            return participants
        }
        // "the meeting between A and B": the people the phrase names, and no one else of the clause.
        if let between = namedAfterBetween(s, clause: clause, named: inClause), between.count >= 2 {
            return between
        }
        // "The prime ministers of A and B will hold their summit": "their" is the unnamed group
        // the clause itself mentions, not the last pair.
        let unnamedGroup =
            participants.isEmpty
            && s.mentions.contains { m in
                m.isTitle && clause.range.contains(m.first) && m.first < trigger && s.tokens[m.last].lower.hasSuffix("s")
            }
        // "The two leaders then talked in private with A and B at their side": the pair is the
        // subject, the people named after the meeting word join it.
        let referred = discourse.referredGroup(
            at: s.index, holding: Self.groupOffice(s, clause.range), size: Self.groupSize(s, clause.range), ofLeaders: Self.namesLeaders(s, clause.range))
        let groupSubject =
            Self.hasGroupReference(s, clause.range.lowerBound..<trigger) && !inClause.contains { $0.last < trigger }
            && !referred.contains { participants.contains($0) }
        if groupSubject {
            participants.insert(contentsOf: referred, at: 0)
        } else if participants.count < 2 && Self.groupSize(s, clause.range) == 2 && !(participants.count == 1 && Self.speaksToBothSides(s, clause: clause)) {
            // A larger group only as the subject ("the three leaders talked"): after the meeting
            // word ("at a summit where the three leaders ...") it may be any three.
            for p in referred where !participants.contains(p) { participants.append(p) }
        } else if participants.isEmpty && Self.isBareGroupSubject(s, clause: clause) {
            // "The ministers first met in C on January 8": with no number, the group that opens
            // the clause right before its verb is the people last reported meeting.
            participants = discourse.reportedPair(at: s.index)
        } else if participants.count < 2 && !unnamedGroup && pronounSubject(s, before: trigger, plural: true) {
            // "They" stands for people reported meeting, not for any two people named last ("They
            // reportedly include talks between ...", "he added they had agreed to negotiate").
            for p in discourse.reportedPair(at: s.index) where !participants.contains(p) { participants.append(p) }
        } else if participants.count == 1, isOwnedByPronoun(s, trigger: trigger),
            !inClause.contains(where: { $0.last < trigger && participants.contains($0.person) }),
            let owner = discourse.personalPronoun(at: s.index, excluding: participants)
        {
            // "In his meeting with A, he ...": the owner is whom "he" means (the subject of the
            // encounters last reported, else the person last named), unless the clause names its
            // subject before ("B, during his meeting with A, ...").
            participants.insert(owner, at: 0)
        } else if !participants.isEmpty, pronounSubject(s, before: trigger, plural: false) || opensWithPronounSubject(s, before: trigger),
            participants.count == 1 || !inClause.contains(where: { $0.last < trigger && participants.contains($0.person) })
        {
            // With two or more named after the verb ("she will meet A and B"), "she" is the subject too.
            if participants.count >= 2, let other = discourse.subjectPronoun(at: s.index, excluding: participants) {
                participants.insert(other, at: 0)
                return participants
            }
            // "A said he would speak with B": "he" is the speaker of the sentence when there is
            // one, else the person last mentioned.
            let speaker = inClause.first { Self.isSpeaker($0, in: s) && $0.person != participants[0] }?.person
            // "A announced on Tuesday that he had met B": "he" is the one who reports it.
            let reporter = clause.complementizer.flatMap { Self.reporter(s, before: $0, named: inClause, excluding: participants) }
            // "A's visit, during which he was to meet B": "he" is the owner of the visit.
            let owner = named.last { $0.first < trigger && !participants.contains($0.person) && isPossessorOfRole($0, in: s) }?.person
            if let other = speaker ?? reporter ?? owner ?? discourse.subjectPronoun(at: s.index, excluding: participants) {
                participants.insert(other, at: 0)
            }
        } else if participants.count == 1, Self.saysObjectPronoun(s, after: trigger),
            inClause.contains(where: { $0.person == participants[0] && $0.last < trigger }),
            let object = discourse.objectPronoun(at: s.index, excluding: participants)
        {
            // "A arrived in C. B received him at the palace": "him" is the person named before.
            participants.append(object)
        } else if participants.count == 1, hasNoSubject(s, clause: clause, named: inClause),
            let subject = quotedSpeaker(s, before: trigger, named: named, excluding: participants)
                ?? discourse.encounterSubject(at: s.index, excluding: participants)
        {
            // "The talks held with A centred on coffee", "During the meeting with A, ...": a
            // meeting noun without a subject of its own continues the round of encounters the
            // article reports, whose subject is the one last reported meeting someone; inside a
            // quotation ("'Had a good meeting with A,' B said") it is the one quoted.
            participants.insert(subject, at: 0)
        }
        return participants
    }

    /// The speaker of a sentence that opens with a quotation holding the meeting word.
    func quotedSpeaker(_ s: AnalyzedSentence, before trigger: Int, named: [PersonMention], excluding excluded: [Int]) -> Int? {
        guard let opening = s.tokens.first, MentionTagger.quoteMarks.contains(opening.text),
            !(1..<max(1, trigger)).contains(where: { MentionTagger.quoteMarks.contains(s.tokens[$0].text) })
        else { return nil }
        return named.first { Self.isSpeaker($0, in: s) && !excluded.contains($0.person) }?.person
    }

    /// Pronouns that open a relative clause after a comma (", who arrived to ...").
    static let relativePronouns: WordSet = ["who", "which", "whose"]

    /// Where a relative clause without a meeting word of its own opens after the meeting word
    /// (", who arrived to ...", ", which ..."): people named in it are not at the meeting.
    func relativeClause(_ s: AnalyzedSentence, clause: EncounterClause) -> Int? {
        guard
            let r = (clause.trigger + 1..<clause.range.upperBound).first(where: { k in
                s.tokens[k].isListed(.relativePronoun) && Token.isMark(s.tokens, k - 1, UInt8(ascii: ","))
            })
        else { return nil }
        // "received A and his delegation, which included B": the delegation's members were there.
        if namesMembersOfParty(s, pronoun: r) || namesAttendance(s, pronoun: r) { return nil }
        return (r + 1..<clause.range.upperBound).contains { s.tokens[$0].classes.contains(.meetingTrigger) } ? nil : r
    }

    /// Whether the relative clause at `pronoun` lists the members of the party named before its
    /// comma: "the delegation, which included", "her entourage, that comprised" (the phrases of
    /// `delegation-cues.txt`, read across the comma).
    func namesMembersOfParty(_ s: AnalyzedSentence, pronoun r: Int) -> Bool {
        guard r >= 2, r + 1 < s.tokens.count, let cues = WordLists.delegationCues[s.tokens[r - 2].lower] else { return false }
        return cues.contains { $0.count == 3 && $0[1] == s.tokens[r].lower && $0[2] == s.tokens[r + 1].lower }
    }

    /// Whether the relative clause at `pronoun` says who attended the encounter: "hosted the
    /// meeting, which was attended by A and B" names people who were there.
    func namesAttendance(_ s: AnalyzedSentence, pronoun r: Int) -> Bool {
        var k = r + 1
        if k < s.tokens.count, ["was", "were"].contains(s.tokens[k].lower) { k += 1 }
        return k + 1 < s.tokens.count && s.tokens[k].lower == "attended" && s.tokens[k + 1].isWord(.by)
    }

    /// Words that may stand between a determiner and a meeting noun ("the bilateral discussion",
    /// "another fruitful meeting"): a short run of adjectives.
    static let nounModifierReach = 2

    /// A meeting noun with a determiner, no person before it and "with" its one person after it
    /// ("the talks with A", "a second discussion held with A"): the noun names its guest only.
    func hasNoSubject(_ s: AnalyzedSentence, clause: EncounterClause, named: [PersonMention]) -> Bool {
        let t = clause.trigger
        guard !s.tokens[t].isListed(.encounterVerb), !named.contains(where: { $0.first < t }) else { return false }
        var k = t - 1
        while k >= clause.range.lowerBound, t - k <= Self.nounModifierReach, s.tokens[k].kind == .word, !s.tokens[k].isCapitalized || k == 0,
            !s.tokens[k].isListed(.subjectlessDeterminer)
        {
            k -= 1
        }
        guard k >= clause.range.lowerBound, s.tokens[k].isListed(.subjectlessDeterminer) else { return false }
        var w = t + 1
        if let next = s.word(w), ["held", "had"].contains(next) { w += 1 }
        guard s.isWord(w, .with) else { return false }
        return named.contains { $0.first > w && $0.first <= w + EncounterClauses.objectReach }
    }

    /// Determiners of a meeting noun that has no owner: "his meeting" is read by its owner.
    static let subjectlessDeterminers: WordSet = ["the", "a", "an", "another", "this", "that"]

    /// "A met B, C and D": one subject meeting a list of people by a verb of encounter is one
    /// encounter with each of them (the guidelines' meetings are between the people who met;
    /// a visitor calling on a president and a prime minister in turn meets each), unless the
    /// clause says they met together.
    /// Words that make a round of talks one encounter with each person ("bilateral talks with A and
    /// B", "will hold meetings with A and B": meetings in the plural are several, one each).
    static let oneByOneWords: WordSet = ["bilateral", "bilaterals", "separate", "separately", "meetings", "calls"]
    /// Meeting nouns in the plural: after "separate", one encounter for each person named (more
    /// than `EncounterClauses.pluralMeetingNouns`, whose nouns list encounters one by one alone).
    static let pluralsAfterSeparate: WordSet = ["meetings", "calls", "talks", "audiences", "consultations"]
    /// How far before its plural meeting noun "separate" may stand: "separate meetings",
    /// "separate courtesy calls", "separate bilateral talks".
    static let apartReach = 2

    /// "separate meetings", "separate courtesy calls": the meeting word a plural noun, with
    /// "separate" right before it or one modifier before.
    static func saysMetApart(_ s: AnalyzedSentence, trigger: Int) -> Bool {
        guard pluralsAfterSeparate.contains(s.tokens[trigger].lower) else { return false }
        return (max(0, trigger - apartReach)..<trigger).contains { s.tokens[$0].lower == "separate" }
    }

    /// "with A and with B", "with A, and with B": "with" again right after the "and" that joins
    /// the people of the clause after its meeting word.
    static func saysWithAgain(_ s: AnalyzedSentence, clause: EncounterClause) -> Bool {
        (clause.trigger + 1..<max(clause.trigger + 1, clause.range.upperBound - 1)).contains { k in
            s.tokens[k].isWord(.and) && s.tokens[k + 1].isWord(.with)
        }
    }

    /// The subject with the people named after each "with" of the clause, one encounter each,
    /// when two "with"s or more name people; nil otherwise.
    func groupsByWith(_ participants: [Int], in s: AnalyzedSentence, clause: EncounterClause, named: [PersonMention]) -> [[Int]]? {
        let withs = (clause.trigger + 1..<clause.range.upperBound).filter { s.tokens[$0].isWord(.with) }
        let after = named.filter { $0.first > clause.trigger && clause.range.contains($0.first) && participants.contains($0.person) }
        let subjects = participants.filter { p in !after.contains { $0.person == p } }
        guard !subjects.isEmpty else { return nil }
        var groups: [[Int]] = []
        for (i, w) in withs.enumerated() {
            let end = i + 1 < withs.count ? withs[i + 1] : clause.range.upperBound
            var group: [Int] = []
            for m in after where m.first > w && m.first < end && !group.contains(m.person) { group.append(m.person) }
            if !group.isEmpty { groups.append(subjects + group) }
        }
        return groups.count >= 2 ? groups : nil
    }

    /// Verbs of hosting: the guests they list came to one occasion.
    static let hostingVerbs: WordSet = ["host", "hosts", "hosted", "hosting"]

    func bilateralPairs(_ participants: [Int], in s: AnalyzedSentence, clause: EncounterClause, named: [PersonMention]) -> [[Int]] {
        // "held bilateral talks with A and B", "separate meetings with A and B": one each, whatever the word.
        // "talks with A and with B": the preposition said again before each, one encounter each
        // (the people after one "with" together: "with C, and with A and B").
        if Self.saysWithAgain(s, clause: clause), let groups = groupsByWith(participants, in: s, clause: clause, named: named) { return groups }
        let oneByOne = clause.range.contains { s.tokens[$0].isListed(.oneByOne) }
        // "The envoy is to make separate courtesy calls on A and B": with no one but those
        // named after the meeting word, each met someone the clause did not name, not each other.
        // (Not "In a separate meeting, A and B ...": one meeting apart from another.)
        if participants.count >= 2, oneByOne, Self.saysMetApart(s, trigger: clause.trigger) {
            let after = Set(named.filter { $0.first > clause.trigger && clause.range.contains($0.first) }.map(\.person))
            if participants.allSatisfy(after.contains) { return [] }
        }
        // ("A called B and C": the verb with its objects right after it, a telephone call to each.
        // Not "was called upon by B and C", who came together.)
        guard participants.count >= 3,
            oneByOne || s.tokens[clause.trigger].isListed(.encounterVerb) || Self.callsEach(s, trigger: clause.trigger),
            // "A hosted B and C": a host's guests are received together, one encounter.
            oneByOne || !Self.hostingVerbs.contains(s.tokens[clause.trigger].lower),
            !clause.range.contains(where: { s.tokens[$0].isListed(.together) }),
            // "received A and his delegation, which included B": B came with A, one encounter.
            // "hosted the meeting, which was attended by A, B and C": one encounter of them all.
            !clause.range.contains(where: {
                $0 >= 2 && Token.isMark(s.tokens, $0 - 1, UInt8(ascii: ",")) && (namesMembersOfParty(s, pronoun: $0) || namesAttendance(s, pronoun: $0))
            })
        else { return [participants] }
        // "lunched with B, accompanied by C and D": those named after a word of delegation came
        // with the subject, to the one encounter.
        if let cue = (clause.trigger + 1..<clause.range.upperBound).first(where: { s.tokens[$0].classes.contains(.delegationCueStart) }),
            named.contains(where: { $0.first > cue && clause.range.contains($0.first) })
        {
            return [participants]
        }
        let after = Set(named.filter { $0.first > clause.trigger && clause.range.contains($0.first) }.map(\.person))
        let objects = participants.filter { after.contains($0) }
        guard objects.count >= 2, objects.count == participants.count - 1 else { return [participants] }
        let subject = participants.first { !objects.contains($0) }!
        return objects.map { [subject, $0] }
    }

    /// "called B and C": the verb "called" with a person's title or name right after it.
    static func callsEach(_ s: AnalyzedSentence, trigger: Int) -> Bool {
        s.tokens[trigger].isWord(.called) && s.mention(at: trigger + 1).map { $0.isTitle || $0.isName } == true
    }

    /// The people listed right after "between" following the meeting word ("talks between the
    /// foreign ministers of A and B, C and D"), reading over roles, states and list words.
    func namedAfterBetween(_ s: AnalyzedSentence, clause: EncounterClause, named: [PersonMention]) -> [Int]? {
        let b = clause.trigger + 1
        guard b < clause.range.upperBound, s.tokens[b].isWord(.between) else { return nil }
        var people: [Int] = []
        var k = b + 1
        while k < clause.range.upperBound {
            if let m = named.first(where: { $0.first == k }) {
                if !people.contains(m.person) { people.append(m.person) }
                k = m.last + 1
            } else if let m = s.mention(at: k), m.first == k, m.isTitle || m.countryCode != nil {
                k = m.last + 1
            } else if s.tokens[k].isListed(.listWord) {
                k += 1
            } else {
                break
            }
        }
        return people
    }

    /// Words that may stand between the names of a list after "between".
    static let listWords: WordSet = ["and", ",", "the", "his", "her", "their", "its", "of", "'s", "mr", "mrs", "ms", "dr", "."]

    /// "A said during talks with B that ...": the meeting is where the speaker spoke, so the
    /// speaker took part.
    /// Determiners between the preposition and the meeting word of a setting ("during their talks").
    static let settingDeterminers: WordSet = ["the", "his", "her", "their", "its", "a"]
    /// Prepositions that make a meeting the setting of what is said ("during the meeting", "told B
    /// in a telephone call").
    static let settingPrepositions: WordSet = ["during", "at", "after", "following", "in"]

    func isSettingOfSpeech(_ s: AnalyzedSentence, trigger: Int, named: [PersonMention]) -> Bool {
        var k = trigger - 1
        // "a phone call", "a video call": the kind of call between the determiner and the noun.
        while k >= 0, s.tokens[k].isListed(.callWord) { k -= 1 }
        while k >= 0, s.tokens[k].isListed(.settingDeterminer) { k -= 1 }
        // "After talks with B, A said", not "After the audience, A said that C had accepted": a
        // time after the meeting is its setting where the phrase names the one met.
        if k == 0, isFrontedSettingOfSpeech(s, trigger: trigger),
            !Self.frontedTimePrepositions.contains(s.tokens[0].lower) || namesTheOneMet(s, trigger: trigger, named: named)
        {
            return true
        }
        // "Meeting B, A said ...", "Talking to B, A stressed ...": a participle of meeting opens the
        // sentence, and the speaker after its comma is its subject.
        if trigger == 0, Self.opensWithParticipleOfMeeting(s), saysSomethingAfterTheComma(s, trigger: trigger) { return true }
        guard k >= 1, s.tokens[k].isListed(.settingPreposition) else { return false }
        // "Speaking to reporters after meeting B, A said ...": a participle of speech opens the
        // sentence, the meeting is its setting, and the speaker after the comma is its subject.
        if Self.opensWithParticipleOfSpeech(s), !(1..<k).contains(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }),
            namesTheOneMet(s, trigger: trigger, named: named), saysSomethingAfterTheComma(s, trigger: trigger)
        {
            return true
        }
        return (0..<k).contains { s.tokens[$0].isListed(.speechVerb) && s.words(from: $0, to: k) <= Self.speechSettingReach }
    }

    /// Prepositions that open a sentence with the encounter its speech took place in: "In a phone
    /// call on Monday, A told B", "During their meeting, A said".
    static let frontedSettingPrepositions: WordSet = ["in", "during", "at", "after", "following"]
    /// Those of them that tell a time after the meeting.
    static let frontedTimePrepositions: WordSet = ["after", "following"]

    /// Whether someone is named between the meeting word and the first comma after it: "after
    /// meeting B,", "after his talks with B,".
    func namesTheOneMet(_ s: AnalyzedSentence, trigger: Int, named: [PersonMention]) -> Bool {
        guard let comma = (trigger + 1..<s.tokens.count).first(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }) else { return false }
        return named.contains { $0.first > trigger && $0.last < comma }
    }

    /// Whether the sentence opens with a setting ("In a phone call on Monday,") whose comma is
    /// followed, within `speechSettingReach` words, by a verb of speech.
    func isFrontedSettingOfSpeech(_ s: AnalyzedSentence, trigger: Int) -> Bool {
        guard Self.frontedSettingPrepositions.contains(s.tokens[0].lower) else { return false }
        return saysSomethingAfterTheComma(s, trigger: trigger)
    }

    /// Whether the first comma after the meeting word is followed, within `speechSettingReach`
    /// words, by a verb of speech.
    func saysSomethingAfterTheComma(_ s: AnalyzedSentence, trigger: Int) -> Bool {
        guard let comma = (trigger + 1..<s.tokens.count).first(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }) else { return false }
        return (comma + 1..<s.tokens.count).contains { s.tokens[$0].isListed(.speechVerb) && s.words(from: comma, to: $0) <= Self.speechSettingReach }
    }

    /// Participles of speech that open a sentence whose speaker follows the comma: "Speaking to
    /// reporters after meeting B, A said".
    static let speechParticiples: WordSet = ["speaking", "addressing", "briefing", "commenting"]

    static func opensWithParticipleOfSpeech(_ s: AnalyzedSentence) -> Bool {
        s.tokens[0].isCapitalized && speechParticiples.contains(s.tokens[0].lower)
    }

    /// "Meeting", "Talking", "Receiving": a meeting word in -ing that opens a sentence.
    static func opensWithParticipleOfMeeting(_ s: AnalyzedSentence) -> Bool {
        s.tokens[0].isCapitalized && s.tokens[0].lower.hasSuffix("ing")
    }

    /// The participants of a clause that stand before its meeting word: its subjects.
    func subjects(of participants: [Int], in clause: EncounterClause, named: [PersonMention]) -> [Int] {
        let objects = Set(named.filter { $0.first > clause.trigger && clause.range.contains($0.first) }.map(\.person))
        return participants.filter { !objects.contains($0) }
    }

    /// Conjunctions of time before a clause whose subject only dates the meeting: "since C took
    /// office", "before C came to power", "until C left".
    static let timeConjunctions: WordSet = ["since", "until", "till"]

    /// Words of discussing, after which a name may be the matter discussed: the verbs whose
    /// object is the topic for places too, and their nouns.
    static let discussingWords = WordSet(MeetingPlaceReader.discussingVerbs.words.union(["discussion", "discussions"]))
    /// Words that tie a name to the matter discussed: "the visit of C", "remarks by C", "a letter
    /// from C". ("with" ties the one discussed with, who took part.)
    static let topicLinks: WordSet = ["of", "about", "regarding", "concerning"]

    /// "The two discussed the coming visit of President C", "held discussions on remarks by C":
    /// a name (past its title and state) tied into the matter after a word of discussing was not
    /// at the encounter.
    static func isInTopic(_ m: PersonMention, in s: AnalyzedSentence, clause: Range<Int>) -> Bool {
        guard !m.byRole else { return false }
        let k = EncounterClauses.roleStart(before: m.first, in: s) - 1
        guard k > clause.lowerBound, topicLinks.contains(s.tokens[k].lower) else { return false }
        return (clause.lowerBound..<k).contains { Token.mayBeginWith(s.tokens, $0, UInt8(ascii: "d")) && discussingWords.contains(s.tokens[$0].lower) }
    }

    /// Words that make what follows the matter spoken of: "a book about C", "talked about C".
    static let aboutLinks: WordSet = ["about", "concerning", "regarding"]
    /// How many lowercase words of description may stand between such a word and the name: "about
    /// independence hero C", "about the late former leader C".
    static let topicDescriptionReach = 4

    /// "a book about independence hero C": a name (past its title and state) after "about" and at
    /// most a few lowercase words describing C.
    static func isNamedAsATopic(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        guard !m.byRole else { return false }
        var k = EncounterClauses.roleStart(before: m.first, in: s) - 1
        var described = 0
        while k >= 0, described <= topicDescriptionReach, s.tokens[k].kind == .word, !s.tokens[k].isCapitalized {
            if aboutLinks.contains(s.tokens[k].lower) { return true }
            // "talks about the dispute with C": a word that ties C to the clause ends the description.
            if s.tokens[k].isListed(.functionWord), !s.tokens[k].isWord(.the), s.tokens[k].lower != "a", s.tokens[k].lower != "an" { return false }
            k -= 1
            described += 1
        }
        return false
    }

    /// "the inauguration of President C", "the funeral of former King C": a name (past its title
    /// and state) right after "of" and a noun of an occasion held for someone.
    /// ("A attended the inauguration of President C and met him afterwards": where "him" or
    /// "her" follows, the pronoun may be C, and C is kept.)
    static func isHonoreeOfOccasion(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        guard !m.byRole else { return false }
        let k = EncounterClauses.roleStart(before: m.first, in: s) - 1
        guard k >= 1, s.tokens[k].isWord(.of), WordLists.honouredOccasions.contains(s.tokens[k - 1].lower) else { return false }
        return !s.tokens[(m.last + 1)...].contains { $0.lower == "him" || $0.lower == "her" }
    }

    /// "since President C took office": a name (past its title and state) right after a
    /// conjunction of time and right before a lowercase verb.
    static func isTimeReference(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        guard !m.byRole, m.last + 1 < s.tokens.count, s.tokens[m.last + 1].kind == .word, !s.tokens[m.last + 1].isCapitalized,
            !s.tokens[m.last + 1].isWord(.and)
        else { return false }
        let k = EncounterClauses.roleStart(before: m.first, in: s) - 1
        return k >= 0 && timeConjunctions.contains(s.tokens[k].lower)
    }

    /// Things one conveys for someone absent, named after "of": "the greetings of King A". (Not
    /// every thing: "at the invitation of A" may be A's own encounter.)
    static let thingsConveyed: WordSet = [
        "greetings", "regards", "wishes", "message", "messages", "letter", "letters", "congratulations", "condolences",
    ]

    /// Words that may stand between a thing sent and "from" ("a message of support from").
    static let senderPhraseReach = 3

    /// "a message from A", "greetings from King A", "a letter of thanks from A", "on behalf of A":
    /// A is the one who sent the thing or the envoy, named past their title and state.
    static func isSenderOfWord(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        guard !m.byRole else { return false }
        let k = EncounterClauses.roleStart(before: m.first, in: s) - 1
        guard k >= 1 else { return false }
        let word = s.tokens[k].lower
        if word == "of", k >= 2, s.tokens[k - 1].lower == "behalf", s.tokens[k - 2].lower == "on" { return true }
        // "conveyed the greetings of King A", "a message of President A": A sent them.
        if word == "of", Self.thingsConveyed.contains(s.tokens[k - 1].lower) { return true }
        guard word == "from" else { return false }
        return (max(0, k - Self.senderPhraseReach)..<k).contains { s.tokens[$0].isListed(.thingObject) }
    }

    /// "The president's top diplomat": the possessor is not at the meeting.
    func isPossessorOfRole(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        // The last byte before the suffix compared by `Character`, which costs more than the rest.
        guard !m.byRole, s.tokens[m.last].lower.lastUTF8Byte == UInt8(ascii: "s"), s.tokens[m.last].lower.hasSuffix("'s"),
            m.last + 1 < s.tokens.count, s.tokens[m.last + 1].kind == .word
        else { return false }
        // "A's meeting", "A's long-awaited meeting with B": the possessor's own encounter. A verb
        // after the possessive has its subject between ("A's envoy met B"): the possessor's role.
        let owned = (m.last + 1...min(s.tokens.count - 1, m.last + 1 + Self.meetingModifierReach)).first { !isModifierOfMeeting(s, $0) }
        // "A's comments came during talks with B": the possessor's own words, spoken there (not
        // "C called A's remarks irresponsible").
        if m.last + 2 < s.tokens.count, MeetingExtractor.remarkNouns.contains(s.tokens[m.last + 1].lower),
            Self.remarksPlacedVerbs.contains(s.tokens[m.last + 2].lower)
        {
            return false
        }
        return !(owned.map { s.tokens[$0].isListed(.meetingTrigger) && !s.tokens[$0].isListed(.encounterVerb) } ?? false)
    }

    /// Verbs right after "A's remarks" that put them at an occasion: "came during", "were made at".
    static let remarksPlacedVerbs: WordSet = ["came", "come", "were", "was"]

    /// Lowercase words between a possessive and its meeting noun ("long-awaited", "first
    /// bilateral"): a short run of adjectives.
    static let meetingModifierReach = 3

    private func isModifierOfMeeting(_ s: AnalyzedSentence, _ k: Int) -> Bool {
        let t = s.tokens[k]
        return (t.kind == .word && !t.isCapitalized && !t.classes.contains(.meetingTrigger) && !t.isListed(.functionWord)) || t.isMark(UInt8(ascii: "-"))
    }

    /// How many words may separate a reporter's name from the "that" of the report: "A announced
    /// in a statement on Tuesday that", and no further, short of a clause of its own.
    static let reporterReach = 8

    /// The person named before the "that" at `complementizer` who reports what follows it: a
    /// verb of speech or of announcing ("announced", "revealed", "confirmed") between the name
    /// and the "that", no other name between.
    static func reporter(_ s: AnalyzedSentence, before complementizer: Int, named: [PersonMention], excluding excluded: [Int]) -> Int? {
        guard let m = named.last(where: { $0.last < complementizer }), !excluded.contains(m.person),
            s.words(from: m.last, to: complementizer) <= reporterReach,
            (m.last + 1..<complementizer).contains(where: { s.tokens[$0].isListed(anyOf: [.speechVerb, .reportDateWord]) })
        else { return nil }
        return m.person
    }

    /// Words between a speaker's name and the verb of speech ("A has said", "A later told").
    static let speakerAdverbs: WordSet = ["has", "had", "also", "later", "then", "reportedly"]

    /// A person who only reports the news: "..., the minister said", "A said Sunday that ...".
    static func isSpeaker(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        if m.last + 1 < s.tokens.count, s.tokens[m.last + 1].isListed(.speechVerb) { return true }
        if m.last + 2 < s.tokens.count, s.tokens[m.last + 1].isListed(.speakerAdverb),
            s.tokens[m.last + 2].isListed(.speechVerb)
        {
            return true
        }
        // ", said A", ", said Panamanian President A", "...,' said A" (the quotation's closing
        // mark after its comma).
        var v = m.first - 1
        // After a title the name must close its clause: in ", said President A had been
        // consulting" A is the one reported on, not the speaker.
        // (The cheap tests first: this is asked of every mention of every sentence.)
        if v >= 1, m.last + 1 >= s.tokens.count || s.tokens[m.last + 1].kind == .punctuation, s.tokens[v].isCapitalized,
            !s.tokens[v].isListed(.speechVerb), let title = s.mention(endingAt: v), title.isTitle
        {
            v = title.first - 1
            if v >= 0, let state = s.mention(endingAt: v), state.countryCode != nil { v = state.first - 1 }
        }
        if v >= 1, s.tokens[v].isListed(.speechVerb) {
            var c = v - 1
            if c >= 1, MentionTagger.quoteMarks.contains(s.tokens[c].text) { c -= 1 }
            if Token.isMark(s.tokens, c, UInt8(ascii: ",")) { return true }
        }
        if isSpeakerAfterAppositive(m, in: s) { return true }
        // "According to spokesperson A, B will receive C": A is the source, not a participant.
        if let to = (max(0, m.first - Self.sourceReach)..<m.first).last(where: {
            Token.mayBeginWith(s.tokens, $0, UInt8(ascii: "t")) && s.tokens[$0].isWord(.to)
        }),
            to >= 1,
            s.tokens[to - 1].isWord(.according),
            !(to + 1..<m.first).contains(where: { Token.isMark(s.tokens, $0, UInt8(ascii: ",")) }) || endsTheSentence(m, in: s)
        {
            return true
        }
        return false
    }

    /// How many words the role set off between a speaker's name and the verb of speech may run
    /// to: "the head of the prime minister's press office" with room to spare, short of a
    /// clause of its own.
    static let speakerRoleReach = 10

    /// "A met B in C on Saturday, D, the head of the press office, told the agency": a name that
    /// follows a comma and whose role, set off by commas, leads to a verb of speech is the
    /// report's source, not one more participant. The name must follow a comma: in "A met B, the
    /// envoy, said ..." it is B's role the commas set off, and the one who speaks is unsure.
    static func isSpeakerAfterAppositive(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        guard m.first >= 1, m.last + 2 < s.tokens.count, Token.isMark(s.tokens, m.first - 1, UInt8(ascii: ",")),
            Token.isMark(s.tokens, m.last + 1, UInt8(ascii: ","))
        else {
            return false
        }
        var k = m.last + 2
        while k < s.tokens.count, !Token.isMark(s.tokens, k, UInt8(ascii: ",")) {
            let t = s.tokens[k]
            // A name, a meeting word or a mark that closes a clause: no role of the speaker's.
            if s.mention(at: k).map({ $0.isName }) == true || t.classes.contains(.meetingTrigger) || t.isListed(.speechVerb) { return false }
            if t.kind != .word && !t.isMark(UInt8(ascii: "'")) && !t.isMark(UInt8(ascii: "-")) { return false }
            if s.words(from: m.last + 1, to: k) > Self.speakerRoleReach { return false }
            k += 1
        }
        guard k > m.last + 2, k + 1 < s.tokens.count else { return false }
        let next = s.tokens[k + 1]
        if next.isListed(.speechVerb) { return true }
        return k + 2 < s.tokens.count && next.isListed(.speakerAdverb) && s.tokens[k + 2].isListed(.speechVerb)
    }

    /// Whether only closing marks follow the name: "..., according to the President's spokesman,
    /// A." sets the source off by a comma after its role, with no clause after it.
    static func endsTheSentence(_ m: PersonMention, in s: AnalyzedSentence) -> Bool {
        (m.last + 1..<s.tokens.count).allSatisfy { s.tokens[$0].kind != .word }
    }

    /// "the two leaders", "both ministers", "the pair", "the three heads of state".
    static func hasGroupReference(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        groupSize(s, range) != nil
    }

    /// How many people a group told without names counts: "the five Nordic prime ministers"
    /// (`groupSize`), "the leaders of the three Baltic states" (a group word, then "of the", a
    /// number and, within `groupNumberReach`, a noun of states). Nil for none, or for a number
    /// not in `largerGroupSizes` or "two".
    static func unnamedGroupSize(_ s: AnalyzedSentence, _ range: Range<Int>) -> Int? {
        if let size = groupSize(s, range) { return size }
        for i in range where s.tokens[i].isListed(.groupReference) && s.isWord(i + 1, .of) && s.isWord(i + 2, .the) && i + 3 < range.upperBound {
            let number = s.tokens[i + 3].lower
            guard let size = number == "two" ? 2 : largerGroupSizes[number] else { continue }
            let rest = (i + 4..<min(range.upperBound, i + 4 + groupNumberReach))
            if rest.contains(where: { Self.statesNouns.contains(s.tokens[$0].lower) }) { return size }
        }
        return nil
    }

    /// Nouns of the states a group of officials comes from: "the leaders of the three Baltic states".
    static let statesNouns: WordSet = ["states", "countries", "nations", "republics"]

    /// Number words that name a group of more than two ("the three leaders", "all four
    /// ministers"): such a group is the encounter last reported when it had that many people.
    static let largerGroupSizes: [String: Int] = ["three": 3, "four": 4, "five": 5, "six": 6]

    /// How many people a group reference names: 2 for "the two leaders", "both ministers", "the
    /// pair"; 3 for "the three heads of state"; nil when the range holds none.
    static func groupSize(_ s: AnalyzedSentence, _ range: Range<Int>) -> Int? {
        for i in range where s.tokens[i].isListed(.groupReference) {
            let t = s.tokens[i]
            let back = (max(range.lowerBound, i - groupNumberReach)..<i).map { s.tokens[$0].lower }
            if back.contains("two") || back.contains("both") || ((t.isWord(.pair) || t.isWord(.duo)) && back.last == "the") { return 2 }
            if let size = back.lazy.compactMap({ largerGroupSizes[$0] }).last, back.contains("the") || back.contains("all") { return size }
        }
        return range.contains { isTheTwoAlone(s, $0) } ? 2 : nil
    }

    /// "A spoke with both sides", "A met the two sides in Geneva": after the meeting word, the
    /// sides are those A stands between, not a pair A belongs to; unnamed, they are no one.
    static func speaksToBothSides(_ s: AnalyzedSentence, clause: EncounterClause) -> Bool {
        (clause.trigger + 1..<clause.range.upperBound).contains { s.tokens[$0].isListed(.groupReference) && s.tokens[$0].lower == "sides" }
    }

    /// "the two leaders", "both leaders": a group called leaders.
    static func namesLeaders(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        range.contains { s.tokens[$0].isListed(.groupReference) && s.tokens[$0].lower == "leaders" }
    }

    /// The titles of the office a group reference names ("the two presidents", "both heads of
    /// state"), or nil for a group of no one office ("the two leaders", "the pair").
    static func groupOffice(_ s: AnalyzedSentence, _ range: Range<Int>) -> Set<String>? {
        for i in range where s.tokens[i].isListed(.groupReference) {
            let back = (max(range.lowerBound, i - groupNumberReach)..<i).map { s.tokens[$0].lower }
            guard back.contains("two") || back.contains("both") || back.contains(where: { largerGroupSizes[$0] != nil }) else { continue }
            for office in WordLists.groupOffices {
                // The group word is the office's head ("ministers") or its first word ("heads").
                for start in [i - office.words.count + 1, i] where start >= 0 && start + office.words.count <= s.tokens.count {
                    if office.words.indices.allSatisfy({ s.tokens[start + $0].lower == office.words[$0] }) { return office.titles }
                }
            }
        }
        return nil
    }

    /// Words that may follow "the two" used alone as the subject ("the two will meet", "the two
    /// met", "the two also discussed"), where no noun such as "leaders" follows.
    static let afterTheTwo: WordSet = ["will", "would", "are", "were", "have", "had", "also", "later", "then", "last", "first", "again"]

    /// "the two will meet in C": "the two" as a pronoun for the pair just reported.
    /// How many words may stand between a bare group subject and its verb: "the ministers first
    /// met", "the leaders had met".
    static let bareGroupAdverbReach = 1

    /// "The ministers first met", "The leaders met": "the" and a group word opening the clause,
    /// right before a verb of encounter (an adverb between), with nothing saying whose.
    static func isBareGroupSubject(_ s: AnalyzedSentence, clause: EncounterClause) -> Bool {
        let start = clause.range.lowerBound
        let trigger = clause.trigger
        guard s.tokens[trigger].isListed(.encounterVerb), start + 1 < trigger, s.tokens[start].isWord(.the),
            s.tokens[start + 1].isListed(.groupReference), trigger - (start + 2) <= bareGroupAdverbReach
        else { return false }
        return (start + 2..<trigger).allSatisfy { s.tokens[$0].kind == .word && !s.tokens[$0].isCapitalized && !s.tokens[$0].isWord(.of) }
    }

    static func isTheTwoAlone(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        guard i >= 1, i + 1 < s.tokens.count, s.tokens[i].isWord(.two), s.tokens[i - 1].isWord(.the) else { return false }
        let next = s.tokens[i + 1]
        return next.isListed(.afterTheTwo) || next.classes.contains(.meetingTrigger)
    }

    /// "his meeting", "her talks".
    func isOwnedByPronoun(_ s: AnalyzedSentence, trigger: Int) -> Bool {
        trigger >= 1 && (s.tokens[trigger - 1].isWord(.his) || s.tokens[trigger - 1].isWord(.her))
    }

    /// A quoted "I" as the subject of the meeting word ("I will also meet").
    func firstPersonSubject(_ s: AnalyzedSentence, before trigger: Int) -> Bool {
        if (max(0, trigger - Self.firstPersonReach)..<trigger).contains(where: { s.tokens[$0].text == "I" }) { return true }
        // "'We will be meeting with B,' A said": a quoted "we" that is the meeting verb's own
        // subject, with only auxiliaries between, counts the speaker in. A "we" further off
        // ("we welcome the talks between B and C") may be the speaker's government watching.
        // A "w" within reach first (a bit test): most clauses have no "we" to read.
        guard trigger >= 2 else { return false }
        let from = max(0, trigger - 1 - Self.weAuxiliaryReach)
        guard (from..<trigger - 1).contains(where: { Token.mayBeginWith(s.tokens, $0, UInt8(ascii: "w")) }) else { return false }
        var k = trigger - 1
        while k >= 0, trigger - k <= Self.weAuxiliaryReach, Self.weAuxiliaries.contains(s.tokens[k].lower) { k -= 1 }
        return k >= 0 && k < trigger - 1 && s.tokens[k].lower == "we"
    }

    /// Auxiliaries and adverbs between a quoted "we" and its meeting verb: "we will also be
    /// meeting", "we have just had talks".
    static let weAuxiliaries: WordSet = [
        "will", "would", "shall", "are", "were", "have", "had", "be", "been", "also", "then", "soon", "just", "again", "'ll", "'re", "'ve",
    ]
    /// How many such words may stand there.
    static let weAuxiliaryReach = 4

    /// How far before the meeting word the quoted "I" may stand: an adverb, a verb and a noun
    /// phrase of up to five words ("I really had a very good telephone conversation"). Only "I",
    /// which quoted speech uses for the speaker; no name is taken for it.
    static let firstPersonReach = 8

    /// Words after "her" that show it is the object, not a possessive ("received her at the
    /// palace", not "received her delegation").
    static let afterObjectHer: WordSet = [",", ".", "at", "in", "on", "for", "and", "to", "during", "upon", "when", "with"]

    /// "received him", "met with her at ...": an object pronoun right after the meeting word.
    static func saysObjectPronoun(_ s: AnalyzedSentence, after trigger: Int) -> Bool {
        var k = trigger + 1
        // "met with him", "spoke to her by phone".
        if s.isWord(k, .with) || (s.isWord(k, .to) && s.tokens[trigger].isListed(.speakingVerb)) { k += 1 }
        guard let word = s.word(k) else { return false }
        if word == "him" { return true }
        return word == "her" && (s.word(k + 1).map(Self.afterObjectHer.contains) ?? true)
    }

    /// How far from a sentence's opening "He" or "She" its meeting word may stand, with no
    /// name or comma between: "He will go on to C later in the week to see B" (a trip and its
    /// purpose), as `MeetingStatusReader.tripReach` reads such a clause.
    static let openingPronounReach = 12

    /// "He will go on to C later in the week to see B": the sentence opens with the pronoun,
    /// and nothing between it and the meeting word names anyone else, speaks or ends its clause.
    /// So does a possessive one before a noun: "Her trip took in talks with A and B" (not "His
    /// Excellency", "Her Majesty": a style, capitalised, that opens a name).
    func opensWithPronounSubject(_ s: AnalyzedSentence, before trigger: Int) -> Bool {
        guard trigger <= Self.openingPronounReach, trigger >= 1 else { return false }
        let opening = s.tokens[0]
        let possessive = trigger >= 2 && (opening.isWord(.his) || opening.isWord(.her)) && s.tokens[1].kind == .word && !s.tokens[1].isCapitalized
        guard opening.isWord(.he) || opening.isWord(.she) || possessive else { return false }
        // "He said A had accepted ...": a verb of speech makes the pronoun the speaker.
        return !(1..<trigger).contains { k in
            Token.isMark(s.tokens, k, UInt8(ascii: ",")) || s.tokens[k].isListed(.speechVerb) || s.mention(at: k).map { $0.isName || $0.isTitle } == true
        }
    }

    func pronounSubject(_ s: AnalyzedSentence, before trigger: Int, plural: Bool) -> Bool {
        // The two words compared, each only for a word that may begin with its letter: a set of
        // them built at every call, and every word before the trigger hashed into it, cost some
        // 2,800 instructions a call.
        (max(0, trigger - Self.pronounReach)..<trigger).contains { k in
            if plural {
                return Token.mayBeginWith(s.tokens, k, UInt8(ascii: "t")) && (s.tokens[k].isWord(.they) || s.tokens[k].isWord(.their))
            }
            return (Token.mayBeginWith(s.tokens, k, UInt8(ascii: "h")) && s.tokens[k].isWord(.he))
                || (Token.mayBeginWith(s.tokens, k, UInt8(ascii: "s")) && s.tokens[k].isWord(.she))
        }
    }
}
