/// The dateline of a news article: "WARSAW — ...", "NEW DELHI, March 3 (Reuters) -", "Nairobi:".
enum Dateline {
    /// How many sentences into the body a dateline may come: scraped pages put a section line,
    /// the headline, its repeat, a byline and a few lines of a site's furniture before it.
    static let searchDepth = 10
    /// How many sentences into the body a dateline may come and still tell the home of the
    /// officials the article names by a bare title: one past the page's head is as often a
    /// report from abroad quoted lower down.
    static let homeDepth = 6
    /// The dashes that close a dateline: the em dash, the en dash, the hyphen, and the double
    /// hyphen wires type for a dash ("SEOUL, July 15 (Yonhap) --").
    static let dashes: WordSet = ["—", "–", "-", "--"]
    static let separators = WordSet(dashes.words.union([":", ","]))
    /// Tokens after the city of a dateline that stands on its own line: a date and an agency
    /// ("12 September 2018 (MIA)") run to about eight.
    static let datelineTail = 9

    /// A dateline found: its city as the place names it, the sentence it opens, and whether that
    /// sentence is the dateline alone ("Baku, December 2, AZERTAC" on a line of its own).
    struct Found: Sendable {
        var city: String
        var sentence: Int
        var alone: Bool
        /// The day written after the city ("Baku, December 2"): the day of the encounter the
        /// dateline's report says has taken place, when the report gives none of its own.
        var date: DateExpression? = nil
        /// The state whose capital the city is ("MOSCOW —"), when it is one: where the article
        /// was filed from, most often the home of the officials it names with a bare title.
        var capitalOf: String? = nil
        /// The state the city is in, where the gazetteer says ("SYDNEY (Wire) -": AUS).
        var country: String? = nil

        /// Whether sentence `index` is the one the dateline is attached to: the sentence it opens,
        /// or, where it stands alone on its line, the lead right after it. The guidelines put such
        /// a report's encounter in the dateline city; later reports need "here" to be put there.
        func attaches(to index: Int) -> Bool {
            index == sentence || (alone && index == sentence + 1)
        }
    }

    /// The city of the dateline: a known place or capital opening one of the first sentences,
    /// written in capitals or followed by a dash, a colon, or a comma and a date.
    static func city(of sentences: [AnalyzedSentence]) -> String? { find(in: sentences)?.city }

    /// "SINGAPORE:", "LUXEMBOURG —": a state with no capital of its own whose name is also a
    /// city's is a city-state, and its name on a dateline is the city.
    /// So is a state's name whose seat is that name and "City" ("DJIBOUTI (Wire) -", "KUWAIT:",
    /// "PANAMA, May 3 -"): agencies file from the capital under the state's name.
    static func isCityState(_ code: String, named name: String, in gazetteer: Gazetteer) -> Bool {
        guard let capital = gazetteer.capitals[code] else { return gazetteer.placeKeys.contains(Gazetteer.key(name)) }
        return Gazetteer.key(capital) == Gazetteer.key(name + Self.citySuffix)
    }

    /// The word that makes a state's name its capital's: "Kuwait City", "Guatemala City".
    static let citySuffix = " City"

    static func find(in sentences: [AnalyzedSentence], gazetteer: Gazetteer? = nil) -> Found? {
        for s in sentences.prefix(searchDepth) {
            if let town = townBeforeRegion(in: s) { return town }
            if let dated = dateBeforePlace(in: s) { return dated }
            if let stamped = stampThenPlace(in: s) { return stamped }
            guard let m = s.mentions.first, m.first == 0, m.last + 1 < s.tokens.count else { continue }
            var cityState: String? = nil
            switch m.kind {
            case .place, .country(_, .metonym, false): break
            case .country(let code, .name, false) where gazetteer.map { isCityState(code, named: s.text(m.first, m.last), in: $0) } == true:
                cityState = code
            default: continue
            }
            let next = s.tokens[m.last + 1].text
            let capitals = (m.first...m.last).allSatisfy { Token.isAllCapsText(s.tokens[$0].text) }
            // "Moscow, Russia" is a place; "Baku, December 2" and "Skopje, 12 September" are datelines.
            let datedAfterComma = next == "," && m.last + 2 < s.tokens.count && startsDate(s.tokens[m.last + 2])
            // "OSLO (AP) —": the agency in brackets, then the dash.
            let agencyAfter = next == "(" && closesAgencyBeforeDash(s, from: m.last + 2)
            guard separators.contains(next) || agencyAfter, capitals || next != "," || datedAfterComma else { continue }
            let city = capitals ? titleCased(s, m) : s.text(m.first, m.last)
            // Alone: the city, a date and an agency, and no report ("Baku, December 2, AZERTAC").
            let alone = s.tokens.count - m.last <= Self.datelineTail && !s.tokens.contains { $0.classes.contains(.meetingTrigger) }
            let date = DateExpression.find(in: s.tokens).first { $0.first == m.last + 2 }
            var capitalOf: String? = nil
            if case .country(let code, .metonym, _) = m.kind { capitalOf = code }
            if let code = cityState { capitalOf = code }
            var country = capitalOf
            if case .place(let code) = m.kind { country = code }
            return Found(city: city, sentence: s.index, alone: alone, date: date, capitalOf: capitalOf, country: country)
        }
        // A line that is only a date and a place may stand below a longer page head (an official
        // site's settings, its name, the section and the headline).
        return sentences.prefix(datedLineDepth).dropFirst(searchDepth).lazy.compactMap { dateBeforePlace(in: $0) }.first
    }

    /// How many sentences into the body a line of a date and a place may come.
    static let datedLineDepth = 12

    /// "September 25, 2001, Berlin", "January 16, 2006, The Kremlin, Moscow": a line of its own
    /// that is a date, a comma and the place the report was filed from, as official sites write
    /// their datelines. The last place of the line is the city.
    static func dateBeforePlace(in s: AnalyzedSentence) -> Found? {
        guard s.tokens.count <= datelineTail + 3, let date = DateExpression.find(in: s.tokens).first, date.first == 0,
            case .monthDay = date.value, date.last + 2 < s.tokens.count, Token.isMark(s.tokens, date.last + 1, UInt8(ascii: ","))
        else { return nil }
        // Only the date's words (its year may stand apart from it), commas and places: no word
        // of a report.
        var city: Mention? = nil
        var k = date.last + 2
        while k < s.tokens.count {
            if let m = s.mention(at: k), m.first == k {
                // A city, or a capital (tagged as its state's metonym).
                switch m.kind {
                case .place, .country(_, .metonym, _): city = m
                default: return nil
                }
                k = m.last + 1
            } else if Token.isMark(s.tokens, k, UInt8(ascii: ",")) || s.tokens[k].isWord(.the) || s.tokens[k].lower == "kremlin"
                || (city == nil && s.tokens[k].kind == .number)
            {
                k += 1
            } else {
                return nil
            }
        }
        guard let m = city else { return nil }
        return Found(city: s.text(m.first, m.last), sentence: s.index, alone: true, date: date)
    }

    /// The most tokens of a page's time stamp line before its place: two dates with their times,
    /// "Updated" and a time zone run to about twenty.
    static let stampLineTokens = 24

    /// Words that open a page's time stamp before its date ("Updated June 20, 2012").
    static let stampWords: WordSet = ["updated", "posted", "published", "modified"]

    /// "June 19, 2012 07:07 pm | Updated June 20, 2012 IST - Los Cabos": a line of its own that
    /// opens with a date (the bar splits it, so the part read may open with "Updated"), stamps
    /// the times the page was posted and updated, and ends with a dash and the place it was filed
    /// from, as some papers print their datelines.
    static func stampThenPlace(in s: AnalyzedSentence) -> Found? {
        guard s.tokens.count <= stampLineTokens, let m = s.mentions.last, m.last == s.tokens.count - 1, m.first >= 2,
            dashes.contains(s.tokens[m.first - 1].text), let date = DateExpression.find(in: s.tokens).first,
            date.first == 0 || (date.first == 1 && stampWords.contains(s.tokens[0].lower)), case .monthDay = date.value
        else { return nil }
        switch m.kind {
        case .place, .country(_, .metonym, _): break
        default: return nil
        }
        // Only stamps before the dash: no word of a report.
        guard !s.tokens.contains(where: { $0.classes.contains(.meetingTrigger) }) else { return nil }
        // The day a page was updated is not the day it was filed.
        return Found(city: s.text(m.first, m.last), sentence: s.index, alone: true, date: date.first == 0 ? date : nil)
    }

    /// The most words of a town's name in capitals that no list knows ("SHARM EL-SHEIKH").
    static let townWords = 3

    /// "BENAULIM, Goa:", "KANANASKIS, Alberta —": a town no list knows, in capitals, then a comma,
    /// the region or state it lies in, and the dateline's mark. The known region after it is what
    /// tells the dateline from a heading in capitals.
    static func townBeforeRegion(in s: AnalyzedSentence) -> Found? {
        var k = 0
        while k < min(s.tokens.count, townWords), s.tokens[k].kind == .word, s.tokens[k].text.count >= 3, Token.isAllCapsText(s.tokens[k].text),
            s.mention(at: k).map(\.isName) ?? true
        {
            k += 1
        }
        guard k > 0, k + 1 < s.tokens.count, Token.isMark(s.tokens, k, UInt8(ascii: ",")) else { return nil }
        // The region: a place or state the lists know, or one capitalised word ("Goa") no list
        // knows as anything else.
        var regionEnd = k + 1
        if let region = s.mention(at: k + 1), region.first == k + 1 {
            switch region.kind {
            case .place, .country: regionEnd = region.last
            default: return nil
            }
        } else if !(s.tokens[k + 1].kind == .word && s.tokens[k + 1].isCapitalized && !Token.isAllCapsText(s.tokens[k + 1].text)) {
            return nil
        }
        guard regionEnd + 1 < s.tokens.count, dashes.contains(s.tokens[regionEnd + 1].text) || s.tokens[regionEnd + 1].text == ":" else { return nil }
        return Found(city: titleCased(s, 0..<k), sentence: s.index, alone: false, date: nil)
    }

    /// The most words an agency's name in a dateline's brackets has: "(AP)", "(Xinhua News Agency)".
    static let agencyWords = 4

    /// Whether the tokens from `start` are an agency's capitalised name, a closing bracket and a
    /// dash: "(AP) —", "(Reuters) -". A bracket that closes on anything else is an aside.
    static func closesAgencyBeforeDash(_ s: AnalyzedSentence, from start: Int) -> Bool {
        closesAgencyBeforeDash(s.tokens, from: start)
    }

    static func closesAgencyBeforeDash(_ tokens: [Token], from start: Int) -> Bool {
        var k = start
        while k < tokens.count, k - start < agencyWords, tokens[k].kind == .word, tokens[k].isCapitalized || Token.isAllCapsText(tokens[k].text) {
            k += 1
        }
        guard k > start, k + 1 < tokens.count, Token.isMark(tokens, k, UInt8(ascii: ")")) else { return false }
        return dashes.contains(tokens[k + 1].text)
    }

    /// A month name or a day number: what follows the comma of a dateline.
    static func startsDate(_ t: Token) -> Bool {
        DateExpression.months[t.lower] != nil || DateExpression.dayNumber(t) != nil
    }

    /// Tokens before the place of a byline written "Paper Name, City / date": a paper's name of
    /// a few words and a comma.
    static let bylinePlaceReach = 5

    /// Whether mention `m` opens one of the first sentences as a dateline: a place or capital
    /// followed by a dash, a colon, or the agency in brackets; or is the place of a byline.

    static func opensDateline(_ m: Mention, in s: AnalyzedSentence) -> Bool {
        guard s.index < searchDepth, m.last + 1 < s.tokens.count else { return false }
        let next = s.tokens[m.last + 1].text
        // "Civil Georgia, Tbilisi / 15 Apr.'10 / 17:20": a byline's place, the paper's name before it.
        if next == "/", m.first <= Self.bylinePlaceReach { return true }
        guard m.first == 0 else { return false }
        if dashes.contains(next) || next == ":" || next == "(" { return true }
        // "MOSCOW, May 3 (Reuters) -", "Tehran, IRNA --": a date or an agency after the comma.
        return next == "," && isDatelineTail(s, from: m.last + 2)
    }

    /// Whether date `d` is the day of a dateline opening sentence `s` ("ROME, Feb 13 (Wire) -"):
    /// the day the report was filed, which a day the report itself gives ("on Monday") wins over.
    static func isDatelineDate(_ d: DateExpression, in s: AnalyzedSentence) -> Bool {
        guard s.index < searchDepth, let m = s.mentions.first, m.first == 0, d.first == m.last + 2, Token.isMark(s.tokens, m.last + 1, UInt8(ascii: ",")) else {
            return false
        }
        switch m.kind {
        // "SINGAPORE, Feb 13 (Wire) -", "VATICAN CITY, Feb 13": a city-state by its name too.
        case .place, .country: return isDatelineTail(s, from: d.first)
        default: return false
        }
    }

    /// Whether the tokens from `start` are a dateline's date and agency up to its dash: no
    /// lowercase word before the dash, within `datelineTail` tokens ("Moscow, Beijing and
    /// Washington - ..." is a list, not a dateline).
    static func isDatelineTail(_ s: AnalyzedSentence, from start: Int) -> Bool {
        guard start < s.tokens.count else { return false }
        for k in start..<min(s.tokens.count, start + datelineTail) {
            let t = s.tokens[k]
            if dashes.contains(t.text) { return k > start }
            if t.kind == .word, !t.isCapitalized, !Token.isAllCapsText(t.text) { return false }
        }
        return false
    }

    /// "NEW DELHI" as the place names it: "New Delhi".
    static func titleCased(_ s: AnalyzedSentence, _ m: Mention) -> String { titleCased(s, m.first..<(m.last + 1)) }

    /// The words of `range` as a name is written: "NEW DELHI" -> "New Delhi".
    static func titleCased(_ s: AnalyzedSentence, _ range: Range<Int>) -> String {
        range.map { k in
            let w = s.tokens[k].lower
            return w.prefix(1).uppercased() + w.dropFirst()
        }.joined(separator: " ")
    }
}
