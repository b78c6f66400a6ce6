/// Turns an article into facts. Pure Swift: no I/O, no SQLite.
///
/// The pipeline: page junk is set aside line by line; the rest is split into sentences and
/// tokens; the gazetteer tagger marks countries, titles, places, territories and name runs;
/// then people are resolved across the article, and meetings and territorial disputes are read
/// from the sentences with the people and countries known.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .standard) {
        self.gazetteer = gazetteer
    }

    public func extract(_ article: Article) -> ArticleFacts {
        let bytes = Array(article.body.utf8)
        let offsets = ScalarOffsets(bytes)
        var sentences = analyze(bytes)

        var records = HeadlineFragments().removing(
            from: PressPeople().removing(from: PersonResolver(gazetteer: gazetteer).resolve(sentences), sentences: sentences), sentences: sentences)
        SurnamesNamedLikePlaces().retag(&sentences, records: &records)
        let countryCounts = countMentions(sentences)
        // The dateline, found once for the two stages that read it (each found it again).
        let dateline = Dateline.find(in: sentences, gazetteer: gazetteer)
        assignMissingCountries(
            &records, sentences: sentences, counts: countryCounts, year: article.date?.year,
            dateline: dateline.flatMap { $0.sentence < Dateline.homeDepth ? $0 : nil })

        var meetings = MeetingExtractor(gazetteer: gazetteer).extract(sentences, people: records, publication: article.date, dateline: dateline)
        let stateCounts = countryCounts.filter { gazetteer.country($0.key)?.kind != "body" }
        let territories = TerritoryExtractor(gazetteer: gazetteer, publication: article.date).extract(sentences, stateCounts: stateCounts, people: records)
        // A name the article gives a disputed territory ("known by Austrians as Mount A") is
        // not a person's, however much it looks like one.
        let territoryNames = Set(territories.flatMap { $0.names.map { NameFolding.fold($0.name) } })
        // Most articles name no territory: then no person's name is joined and folded to be compared.
        if !territoryNames.isEmpty, records.contains(where: { territoryNames.contains(NameFolding.fold($0.name)) }) {
            records.removeAll { territoryNames.contains(NameFolding.fold($0.name)) }
            let kept = Set(records.map(\.name))
            meetings = meetings.compactMap { m in
                var m = m
                m.participants = m.participants.filter(kept.contains)
                return m.participants.count >= 2 ? m : nil
            }
        }

        func evidence(_ sentence: Int, _ startByte: Int, _ endByte: Int) -> Evidence {
            Evidence(sentence: sentence, start: offsets.scalarOffset(startByte), end: offsets.scalarOffset(endByte))
        }
        func rebase(_ e: Evidence) -> Evidence { evidence(e.sentence, e.start, e.end) }

        var facts = ArticleFacts()
        // Each text decoded from the bytes read in place: a slice of the array retained and
        // released it at every sentence.
        facts.sentences = bytes.withUnsafeBufferPointer { buffer in
            sentences.map { s in
                Sentence(
                    index: s.index, start: offsets.scalarOffset(s.start), end: offsets.scalarOffset(s.end),
                    text: String(decoding: UnsafeBufferPointer(rebasing: buffer[s.start..<s.end]), as: UTF8.self))
            }
        }
        // Each record read in place: `records.map` handed the closure a copy of each.
        facts.people = records.indices.map { i in
            PersonFact(
                name: records[i].name, country: records[i].country, title: records[i].title, aliases: records[i].aliases.sorted(),
                mentions: records[i].mentions.map { m in
                    let s = sentences[m.sentence]
                    return evidence(m.sentence, s.tokens[m.first].start, s.tokens[m.last].end)
                })
        }
        // Each state's fact by its place in `countryFacts`, looked up once a mention (a lookup
        // hashes the code's string); an international body, which gets no fact, by `Self.noFact`,
        // so that whether a code is a body is asked of the gazetteer once an article, not once a
        // mention (a second lookup, and a copy of the gazetteer's entry).
        // The codes met so far beside their places, searched from the start as in `countMentions`:
        // an article names a handful of states, and a dictionary hashed the code at every mention.
        var countryFacts: [CountryFact] = []
        var placeCodes: [String] = []
        var places: [Int] = []
        // The sentences and their mentions read in place, as in `countMentions`: a copy of each
        // sentence retained and released its arrays, a copy of each mention its code.
        for si in sentences.indices {
            for mi in sentences[si].mentions.indices {
                guard let code = sentences[si].mentions[mi].countryCode else { continue }
                // A capital as the place where something happens ("a summit in Vienna") is a place,
                // not the state acting; "Moscow said", "the Kremlin" are the state. A dateline
                // ("LONDON -", "MOSCOW (agency)") says where the report was filed, not that the
                // state acts.
                if case .country(_, .metonym, _) = sentences[si].mentions[mi].kind,
                    Self.followsLocative(sentences[si].mentions[mi], in: sentences[si])
                        || Dateline.opensDateline(sentences[si].mentions[mi], in: sentences[si])
                {
                    continue
                }
                let k: Int
                if let known = placeCodes.firstIndex(of: code) {
                    k = places[known]
                } else if let entry = gazetteer.country(code), entry.kind == "body" {
                    k = Self.noFact
                    placeCodes.append(code)
                    places.append(k)
                } else {
                    k = countryFacts.count
                    placeCodes.append(code)
                    places.append(k)
                    countryFacts.append(CountryFact(code: code, name: gazetteer.country(code)?.name ?? code))
                }
                guard k != Self.noFact else { continue }
                let (first, last) = (sentences[si].mentions[mi].first, sentences[si].mentions[mi].last)
                countryFacts[k].mentions.append(evidence(sentences[si].index, sentences[si].tokens[first].start, sentences[si].tokens[last].end))
            }
        }
        facts.countries = countryFacts
        // Rebased in place and moved: a copy of each meeting was changed and the original dropped.
        for i in meetings.indices { meetings[i].evidence = meetings[i].evidence.map(rebase) }
        facts.meetings = meetings
        facts.territories = territories.map { t in
            var t = t
            t.evidence = t.evidence.map(rebase)
            t.claims = t.claims.map { c in Claim(country: c.country, kind: c.kind, evidence: rebase(c.evidence)) }
            return t
        }
        return facts
    }

    /// The place in `countryFacts` of a code that gets no fact (an international body).
    static let noFact = -1

    /// Stages 1 to 3: page junk set aside, sentences and tokens, gazetteer mentions.
    func analyze(_ bytes: [UInt8]) -> [AnalyzedSentence] {
        var sentences: [AnalyzedSentence] = []
        let tagger = MentionTagger(gazetteer: gazetteer)
        // The tokens' strings, one store for the article, held by each of its sentences.
        let strings = TokenStrings(lexicon: gazetteer.lexicon)
        bytes.withUnsafeBufferPointer { buffer in
            var lines: [Range<Int>] = []
            var start = 0
            var inList = false
            // A line ends with LF, or CR alone (old Mac files); in CR LF the CR is trailing space.
            while start <= buffer.count {
                let i = LineBreaks.next(in: buffer, from: start)
                if i > start {
                    // Read in place: no copy of each line.
                    let line = UnsafeBufferPointer(rebasing: buffer[start..<i])
                    // A menu on one line ("Home | World | Russia", "World Africa Asia Europe") is furniture
                    // whatever its words.
                    let isMenu = PageJunk.isSeparatedMenu(line) || PageJunk.isSectionMenu(line)
                    let verdict: PageJunk.Verdict = isMenu ? .furniture : gazetteer.pageJunk.verdict(lineBytes: line)
                    switch verdict {
                    case .furniture:
                        // "Related coverage", "Read more": the headlines listed under it are not the article.
                        inList = inList || gazetteer.pageJunk.opensList(lineBytes: line)
                    case .articleUpTo(let count):
                        inList = false
                        lines.append(start..<start + count)
                    case .article:
                        if inList && PageJunk.isListItem(line) {
                            // another headline of the list
                        } else {
                            inList = false
                            lines.append(start..<i)
                        }
                    }
                }
                start = i + 1
            }
            lines = Self.withoutMenus(lines, in: buffer)
            lines = LineWraps.joined(lines, in: buffer)
            var split = SentenceSplitter.split(buffer, lines: lines, into: strings)
            // Room for every sentence at once: growing copied (and retained) the sentences made.
            sentences.reserveCapacity(split.count)
            for s in split.indices {
                // Each sentence's tokens taken out of `split`, not copied: a copy retained them, and
                // `split` released them when it went.
                var tokens: [Token] = []
                swap(&tokens, &split[s].tokens)
                let mentions = tagger.tag(tokens)
                sentences.append(
                    AnalyzedSentence(index: sentences.count, start: split[s].start, end: split[s].end, tokens: tokens, mentions: mentions, strings: strings))
            }
        }
        return sentences
    }

    /// "in Vienna", "at the White House", "outside the Kremlin": a seat of government after a
    /// word of place, with or without an article, is where something happens.
    static func followsLocative(_ m: Mention, in s: AnalyzedSentence) -> Bool {
        var k = m.first - 1
        if k >= 1, s.tokens[k].isWord(.the) { k -= 1 }
        return k >= 0 && s.tokens[k].isListed(.locative)
    }

    /// The lines kept, less the runs of menu items one to a line ("World", "Russia", "China").
    static func withoutMenus(_ lines: [Range<Int>], in buffer: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var kept: [Range<Int>] = []
        kept.reserveCapacity(lines.count)
        var run: [Range<Int>] = []
        func closeRun() {
            if run.count < PageJunk.menuRunLines { kept += run }
            run.removeAll(keepingCapacity: true)
        }
        for line in lines {
            if PageJunk.isMenuItem(UnsafeBufferPointer(rebasing: buffer[line])) {
                run.append(line)
            } else {
                closeRun()
                kept.append(line)
            }
        }
        closeRun()
        return kept
    }

    /// The states of the people a person meets: named on the other side of a word of meeting in
    /// one of the person's sentences ("A held talks with US Secretary B"). A host seldom serves
    /// the state of the guest, so these are the last guesses for a person whose state is unsaid.
    func statesAcrossAMeeting(from i: Int, _ records: [PersonRecord], sentences: [AnalyzedSentence]) -> Set<String> {
        var out: Set<String> = []
        for m in records[i].mentions {
            let s = sentences[m.sentence]
            let triggers = s.tokens.indices.filter { s.tokens[$0].classes.contains(.meetingTrigger) }
            guard let firstTrigger = triggers.first else { continue }
            if namesOnlyTwo(m.sentence, records) {
                for (j, other) in records.enumerated() where j != i {
                    guard let code = other.country else { continue }
                    for o in other.mentions where o.sentence == m.sentence {
                        let (a, b) = o.first > m.last ? (m.last, o.first) : (o.last, m.first)
                        if triggers.contains(where: { $0 > a && $0 < b }) { out.insert(code) }
                    }
                }
            } else if m.first > firstTrigger, Self.isListedObject(m, of: firstTrigger, in: s),
                let host = onlyOneBefore(firstTrigger, in: m.sentence, records), host != i, let code = records[host].country
            {
                // "A also met Vice President B and Prime Minister C": the one person before the
                // meeting word met everyone named after it, who are all across from them.
                out.insert(code)
            }
        }
        return out
    }

    /// Whether the mention stands in the list of people right after the meeting word: nothing
    /// but names, titles, states, commas and "and" (and a "with") between them.
    static func isListedObject(_ m: PersonMention, of trigger: Int, in s: AnalyzedSentence) -> Bool {
        var k = trigger + 1
        if s.isWord(k, .with) { k += 1 }
        while k < m.first {
            if let mention = s.mention(at: k) {
                k = mention.last + 1
            } else if s.tokens[k].isWord(.and) || Token.isMark(s.tokens, k, UInt8(ascii: ",")) {
                k += 1
            } else {
                return false
            }
        }
        return true
    }

    /// The one person a sentence names before token `k`, when there is exactly one.
    func onlyOneBefore(_ k: Int, in sentence: Int, _ records: [PersonRecord]) -> Int? {
        let before = records.indices.filter { r in records[r].mentions.contains { $0.sentence == sentence && $0.last < k } }
        return before.count == 1 ? before[0] : nil
    }

    /// Whether a sentence names exactly two people: a host and a guest, with no one else whose
    /// side is unclear.
    func namesOnlyTwo(_ sentence: Int, _ records: [PersonRecord]) -> Bool {
        records.filter { r in r.mentions.contains { $0.sentence == sentence } }.count == 2
    }

    /// The state of the royal house a folded name ends in ("... al saud", "... al-thani"), for a
    /// name of three words or more: a given name before the house.
    static func royalHouse(of folded: [String]) -> String? {
        guard let last = folded.last else { return nil }
        if folded.count >= 3, let code = WordLists.royalHouses[folded[folded.count - 2] + " " + last] { return code }
        if folded.count >= 2, last.hasPrefix("al-") { return WordLists.royalHouses["al " + last.dropFirst(3)] }
        return nil
    }

    /// Titles that also head companies and clubs: the state an article is about says nothing of
    /// whom such a person serves.
    static let titlesOutsideGovernment = ["chief executive", "chairman", "chairwoman", "chairperson"]

    static let locatives: WordSet = ["in", "at", "near", "outside", "around", "to", "from", "via", "into", "across"]

    /// How often the article names each state: what it is most about, for the guesses below. The
    /// second state of a pair in one word ("India-Nepal") is left out: the pair says the two
    /// states' relations are the subject, not that the article is more about the second.
    func countMentions(_ sentences: [AnalyzedSentence]) -> [String: Int] {
        // Counted in a list searched from the start, then made a dictionary: an article names a
        // handful of states, and comparing a code with a few others (equal short codes compare
        // as two words) costs less than hashing it into a dictionary that grows as they come.
        var codes: [String] = []
        var counts: [Int] = []
        // The sentences read in place: a copy of each retained and released its arrays.
        for si in sentences.indices {
            for k in sentences[si].mentions.indices where !sentences[si].pairsWithPrevious(k) {
                guard let c = sentences[si].mentions[k].countryCode else { continue }
                if let i = codes.firstIndex(of: c) {
                    counts[i] += 1
                } else {
                    codes.append(c)
                    counts.append(1)
                }
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(codes, counts))
    }

    /// The state of the person a pronoun owning a title stands for ("his spokesman"): the person
    /// named first in that sentence, before the title, who has a state.
    func pronounOwner(of i: Int, _ records: [PersonRecord]) -> String? {
        guard let owned = records[i].pronounOwnedMention else { return nil }
        let earlier = records.indices.compactMap { j -> (Int, String)? in
            guard j != i, let code = records[j].country,
                let m = records[j].mentions.filter({ $0.sentence == owned.sentence && $0.first < owned.first }).map(\.first).min()
            else { return nil }
            return (m, code)
        }
        return earlier.min { $0.0 < $1.0 }?.1
    }

    /// Office holders are looked up in the article's year ("President Medvedev" in 2010 serves Russia).
    /// "Foreign Minister Taro Kono" in a Japanese paper serves Japan: a titled person without a
    /// stated state is taken to serve the state the article is most about, other than the states
    /// of the people they are reported beside ("his Chinese counterpart").
    func assignMissingCountries(
        _ records: inout [PersonRecord], sentences: [AnalyzedSentence], counts: [String: Int], year: Int?, dateline: Dateline.Found?
    ) {
        // "Putin's top diplomat Sergei Lavrov" serves Putin's state.
        for i in records.indices where records[i].country == nil {
            if let owner = records[i].possessor,
                let j = records.indices.first(where: { $0 != i && (records[$0].folded.last == owner || records[$0].folded.first == owner) })
            {
                records[i].country = records[j].country ?? gazetteer.leaders.code(forFolded: NameFolding.fold(records[j].name), year: year)
            }
        }
        // Each title lowercased once here, where the tests below and the role stage asked it of
        // each title again (some 4,700 `lowercased()` calls over 300 articles, 420 instructions
        // each): nothing from here on changes a title.
        let lowerTitles = records.map { $0.title?.lowercased() }
        // "Greek FM A and EAM B": a title only one state gives is B's own word on B's state.
        for i in records.indices {
            if let title = lowerTitles[i], let code = WordLists.nationalTitles[title] { records[i].country = code }
        }
        // "Prince Faisal bin Khalid Al Saud": a royal house's name is the person's own word on
        // the state they serve.
        for i in records.indices {
            if let code = Self.royalHouse(of: records[i].folded) { records[i].country = code }
        }
        // "the Equatoguinean president", of the one president the article names.
        StatesByRole().assign(&records, sentences: sentences, lowerTitles: lowerTitles)
        // A well-known office holder the text names without a state: "President Donald Trump".
        for i in records.indices where records[i].country == nil {
            // "King Salman" is listed with his title: a one-word name is looked up with it too.
            var forms = [records[i].name] + records[i].aliases.sorted()
            if let title = records[i].title { forms.append(title + " " + records[i].name) }
            // "Petr Novak" called "Novak" later is not Katalin Novák of the table.
            let initial = records[i].words.count >= 2 ? records[i].folded.first?.first : nil
            if let code = forms.lazy.compactMap({ gazetteer.leaders.code(forFolded: NameFolding.fold($0), year: year, givenInitial: initial) }).first {
                records[i].country = code
            }
        }
        DelegationStates().assign(&records, sentences: sentences)
        IncludedOfficials().assign(&records, sentences: sentences)
        // "Manmohan Singh" in a 2006 article, named beside Pakistan's officials: a full name the
        // leaders' table has in office in the article's year serves that state, whatever state
        // the sentences around it suggested.
        if let year {
            for i in records.indices where records[i].words.count >= 2 && !(lowerTitles[i]?.hasPrefix("former") ?? false) {
                if let code = gazetteer.leaders.inOffice(forFolded: NameFolding.fold(records[i].name), year: year) { records[i].country = code }
            }
        }
        let rankedByCount = counts.filter { gazetteer.country($0.key)?.kind == "state" }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        var ranked = rankedByCount
        // "PORT-AU-PRINCE - ... Foreign Minister A said": filed from a capital, a bare title of
        // government serves that capital's state before the state the article names most.
        if let home = dateline?.capitalOf, gazetteer.country(home)?.kind == "state" {
            ranked.removeAll { $0 == home }
            ranked.insert(home, at: 0)
        }
        // Two rounds: first each person's own sentence (whom a pronoun ties them to, a state named
        // before their title), then the article's main state for those still without one, so that
        // the guess from the whole article does not take a state the text gave someone else first
        // ("A will travel to C to meet President B": C is B's, and not A's).
        for round in 0..<2 {
            for i in records.indices where records[i].country == nil {
                guessCountry(
                    of: i, &records, sentences: sentences, lowerTitles: lowerTitles, ranked: ranked, rankedByCount: rankedByCount, fromArticle: round == 1)
            }
        }
    }

    /// A state for person `i`, from their own sentences (`fromArticle` false) or from the
    /// article's ranking of states (`fromArticle` true), none another person across a meeting
    /// or a counterpart's phrase already has.
    private func guessCountry(
        of i: Int, _ records: inout [PersonRecord], sentences: [AnalyzedSentence], lowerTitles: [String?], ranked: [String], rankedByCount: [String],
        fromArticle: Bool
    ) {
        // The first round decides only by a pronoun's owner or a state named nearby: a person with
        // neither waits for the second, without the states of others gathered twice.
        if !fromArticle, records[i].nearbyCountry == nil {
            if let owner = pronounOwner(of: i, records) { records[i].country = owner }
            return
        }
        let sentencesOfI = Set(records[i].mentions.map(\.sentence))
        // A counterpart serves another state than the people reported with them.
        let counterpartOfOthers = !records[i].counterpartSentences.isEmpty
        var others = Set(
            records.indices.filter { j in
                j != i
                    && (!records[j].counterpartSentences.isDisjoint(with: sentencesOfI)
                        || (counterpartOfOthers && records[j].mentions.contains { records[i].counterpartSentences.contains($0.sentence) }))
            }.compactMap { records[$0].country })
        others.formUnion(statesAcrossAMeeting(from: i, records, sentences: sentences))
        if let owner = pronounOwner(of: i, records) {
            // "A met B, his spokesman C said": C serves A, the sentence's first-named person.
            records[i].country = owner
        } else if let near = records[i].nearbyCountry, !others.contains(near) {
            records[i].country = near
        } else if fromArticle, lowerTitles[i].map({ !Extractor.titlesOutsideGovernment.contains(where: $0.hasSuffix) }) ?? true {
            // The article's main state, for a title of government and for a person it names
            // with no office at all (news name their own country's people so); a former
            // office holder is as often another state's, so the dateline does not decide it.
            let former = lowerTitles[i]?.hasPrefix("former ") ?? false
            records[i].country = (former ? rankedByCount : ranked).first { !others.contains($0) }
        }
    }
}
