/// Finds the gazetteer phrases and the capitalized name runs of a sentence, longest match first.
struct MentionTagger: Sendable {
    let gazetteer: Gazetteer
    var portfolios: PortfolioTitles { PortfolioTitles(gazetteer: gazetteer) }

    /// Abbreviated given names written with a full stop: "Ma." (Maria), "Mohd." (Mohammed).
    /// Marks that set a nickname apart inside a name.
    static let quoteMarks: WordSet = ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"]
    static let abbreviatedGivenNames: WordSet = ["ma", "mohd", "muhd", "wm", "chas", "jos", "thos", "geo"]

    func tag(_ tokens: [Token]) -> [Mention] {
        let n = tokens.count
        // The longest phrase at each position, looked up at most once.
        // Matches are plain data (a trie node, not the entries), so the table is one allocation
        // on the stack and nothing in it is retained or released. A length of -1 is not looked up
        // yet, 0 no phrase.
        return withUnsafeTemporaryAllocation(of: PhraseTrie.Match.self, capacity: max(n, 1)) { found in
            found.initialize(repeating: PhraseTrie.Match(node: 0, length: -1, possessive: false))
            return tag(tokens, found)
        }
    }

    private func tag(_ tokens: [Token], _ found: UnsafeMutableBufferPointer<PhraseTrie.Match>) -> [Mention] {
        var out: [Mention] = []
        // Room for the mentions of most sentences at once, rather than growing 1, 2, 4, 8.
        out.reserveCapacity(Self.expectedMentions)
        var i = 0
        let n = tokens.count
        // A phrase's entries are read in place in the trie's flat list, by their range: taking
        // the phrase's own array retained and released it at every phrase found.
        let trie = gazetteer.trie
        func longestMatch(_ tokens: [Token], at k: Int) -> (Range<Int>, Int, Bool)? {
            if found[k].length < 0 { found[k] = trie.longest(tokens, at: k) }
            guard found[k].length > 0 else { return nil }
            return (trie.entryRange(found[k]), Int(found[k].length), found[k].possessive)
        }
        while i < n {
            // Tokens are read in place: a copy would retain and release its strings.
            if tokens[i].kind != .word {
                i += 1
                continue
            }
            // "A. K. Menon": a capital letter with its full stop before another capitalised word is
            // an initial, not the article "A" or any phrase of the lists.
            // "H. E. Manuel Augusto": a courtesy title written as spaced initials.
            if let last = spacedHonorificEnd(tokens, i) {
                out.append(Mention(kind: .honorific, first: i, last: last))
                i = last + 1
                if i < n, Token.isMark(tokens, i, 46) { i += 1 }
                continue
            }
            let opensInitials =
                tokens[i].end - tokens[i].start == 1 && tokens[i].isCapitalized && i + 2 < n && Token.isMark(tokens, i + 1, 46)
                && !tokens[i + 1].spaceBefore && tokens[i + 2].isCapitalized && tokens[i + 2].spaceBefore
            if !opensInitials, let (entries, length, possessive) = longestMatch(tokens, at: i) {
                // "Atlanta, Georgia": a state named after a place of the United States is one of its states.
                if Self.followsUSPlace(out, tokens, i),
                    trie.flatEntries[entries].contains(where: { if case .country = $0 { return true } else { return false } })
                {
                    i += length
                    continue
                }
                switch choose(trie.flatEntries, entries, tokens, i, length, possessive, afterTitle: MentionTagger.endsWithTitle(out, before: i, tokens)) {
                case .mention(var m):
                    if m.isTitle { m.last = portfolios.end(of: m, in: tokens) }
                    i = m.last + 1
                    // Moved, not copied: a copy retained the state's code and the choice released it.
                    out.append(consume m)
                    continue
                case .skip:
                    i += length
                    continue
                case .none: break
                }
            }
            if tokens[i].isCapitalized, gazetteer.isHonorific(tokens, i) {
                out.append(Mention(kind: .honorific, first: i, last: i))
                i += 1
                if i < n, Token.isMark(tokens, i, 46) { i += 1 }
                continue
            }
            // Parts of a hyphenated word: "Japanese-administered", "Russian-held".
            if tokens[i].isCapitalized, tokens[i].hasHyphen, tokens[i].text.contains("-") {
                let parts = tokens[i].lower.split(separator: "-")
                // "Split-based": a place, even an ambiguous one, before "-based".
                if parts.count == 2, parts[1] == "based", let country = placeCountry(String(parts[0])) {
                    out.append(Mention(kind: .place(country: country), first: i, last: i))
                    i += 1
                    continue
                }
                if let head = parts.first, let (code, form) = countryOfPart(head) {
                    out.append(Mention(kind: .country(code: code, form: form, possessive: false), first: i, last: i))
                    // "the India-Pakistan border", "Chilean-Argentine talks": each state of the
                    // pair is named, one mention each on the one word.
                    for part in parts.dropFirst() {
                        if let (other, otherForm) = countryOfPart(part), other != code {
                            out.append(Mention(kind: .country(code: other, form: otherForm, possessive: false), first: i, last: i))
                        }
                    }
                    i += 1
                    continue
                }
            }
            if tokens[i].isCapitalized {
                // A run of capitalized words (with connectors such as "bin" or "de" inside).
                var j = i
                while j < n {
                    // Initials and abbreviated given names inside a name: "George W. Bush", "Ma. Theresa Lazaro".
                    if Token.isMark(tokens, j, 46), j > i, j + 1 < n, tokens[j + 1].isCapitalized, tokens[j + 1].spaceBefore,
                        tokens[j - 1].end - tokens[j - 1].start == 1 || tokens[j - 1].text.count == 1
                            || gazetteer.isListed(tokens, j - 1, .abbreviatedGivenName)
                    {
                        j += 1
                        continue
                    }
                    // A nickname in quotes inside a name: Joko "Jokowi" Widodo.
                    if j > i, gazetteer.isListed(tokens, j, .quoteMark), j + 2 < n, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized,
                        gazetteer.isListed(tokens, j + 2, .quoteMark)
                    {
                        // Inside ("Joko "Jokowi" Widodo") or closing the name ("Pushpa Dahal 'Prachanda'").
                        if j + 3 < n, tokens[j + 3].kind == .word, tokens[j + 3].isCapitalized {
                            j += 3
                            continue
                        }
                        if j - i >= 2 { j += 3 }
                        break
                    }
                    if tokens[j].kind != .word { break }
                    // "Interior CS Jane Doe", "Trade Amb. John Roe": a short title written in
                    // capitals or with its full stop opens the name after it, whatever precedes
                    // ("Martin Luther King" keeps its last word).
                    if j > i, tokens[j].isCapitalized, gazetteer.isHonorific(tokens, j),
                        Token.isAllCapsText(tokens[j].text) || (j + 1 < n && Token.isMark(tokens, j + 1, 46) && !tokens[j + 1].spaceBefore)
                    {
                        break
                    }
                    // "Pamela A. White": a capital letter with its full stop inside a name is an
                    // initial, not the article "A" or a phrase of the lists.
                    if j > i, tokens[j].end - tokens[j].start == 1, tokens[j].isCapitalized, j + 2 < n, Token.isMark(tokens, j + 1, 46),
                        !tokens[j + 1].spaceBefore, tokens[j + 2].isCapitalized, tokens[j + 2].spaceBefore
                    {
                        j += 1
                        continue
                    }
                    if j > i, let (entries, length, possessive) = longestMatch(tokens, at: j) {
                        if case .none = choose(trie.flatEntries, entries, tokens, j, length, possessive, insideName: true) {} else { break }
                    }
                    if tokens[j].isCapitalized || (tokens[j].hasHyphen && MentionTagger.isParticleName(tokens[j])) {
                        let possessive = tokens[j].lower.lastUTF8Byte == UInt8(ascii: "s") && tokens[j].lower.hasSuffix("'s")
                        j += 1
                        if possessive { break }
                        continue
                    }
                    // "bin Hamad", "de la Fuente": one or two connectors before the next capitalised word.
                    if gazetteer.isListed(tokens, j, .nameConnector), j + 1 < n, tokens[j + 1].isCapitalized {
                        j += 1
                        continue
                    }
                    if gazetteer.isListed(tokens, j, .nameConnector), j + 2 < n, gazetteer.isListed(tokens, j + 1, .nameConnector),
                        tokens[j + 2].isCapitalized
                    {
                        j += 2
                        continue
                    }
                    break
                }
                // A run that contains an organisation word names a body or a thing, not a person;
                // so does one a facility word follows ("at Ben Gurion airport"). A given name that
                // is also such a word opens a person's name when more of the run follows it ("Bill
                // Clinton", not "the Bill").
                let isOrganisation =
                    (i..<j).contains { k in
                        gazetteer.isListedOrPossessiveOf(tokens, k, .organisation) && !(k == i && j - i >= 2 && gazetteer.isListed(tokens, k, .givenName))
                    }
                    || (j < n && tokens[j].kind == .word && !tokens[j].isCapitalized && tokens[j].isListed(.facilityWord))
                    || isPortfolioPhrase(tokens, i..<j)
                if !isOrganisation {
                    out.append(Mention(kind: .name, first: i, last: j - 1))
                } else if let previous = out.last, previous.last == i - 1, !tokens[i - 1].hasHyphen,
                    case .country(_, .name, false) = previous.kind
                {
                    // "China National Petroleum Corp.": the state's name is part of a company's.
                    // A state joined to a word by a hyphen ("Iran-held Kinsa Island") is no word
                    // of the name after it: it describes it.
                    out.removeLast()
                }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
        return out
    }

    /// A run of two or more capitalised words that are all words of a portfolio names a remit, not
    /// a person: "Kenya's Energy Security Minister", "the Regional Integration agenda". One
    /// word alone is left to the name rules, for surnames such as Power or Trade are read as names.
    /// (Most runs open with a given name, which no portfolio word is: told by a bit before any
    /// word's string is hashed.)
    func isPortfolioPhrase(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        guard run.count >= 2, !gazetteer.isListed(tokens, run.lowerBound, .givenName) else { return false }
        return run.allSatisfy { k in tokens[k].kind == .word && PortfolioTitles.words.contains(tokens[k].lower) }
    }

    /// The state a part of a hyphenated word names by name, demonym or capital ("japanese" of
    /// "Japanese-administered", "pakistan" of "India-Pakistan").
    func countryOfPart(_ part: Substring) -> (String, Gazetteer.CountryForm)? {
        for entry in gazetteer.phrases[String(part)] ?? [] {
            if case .country(let code, let form, _) = entry { return (code, form) }
        }
        return nil
    }

    /// "al-Bashir", "el-Sisi", "bin-Salman": a lowercase particle joined to a capitalized name.
    static func isParticleName(_ t: Token) -> Bool {
        // Most words have no hyphen: a flag read before the search by Characters.
        guard t.hasHyphen else { return false }
        guard let dash = t.text.firstIndex(of: "-") else { return false }
        let head = t.text[..<dash].lowercased()
        let rest = t.text[t.text.index(after: dash)...]
        return WordLists.nameConnectors.contains(head) && (rest.first?.isUppercase ?? false)
    }

    /// The longest gazetteer phrase starting at `i`: its entries, length in tokens, and whether
    /// its last word carries a possessive "'s".
    func longestMatch(_ tokens: [Token], at i: Int) -> ([Entry], Int, Bool)? {
        gazetteer.trie.longestMatch(tokens, at: i)
    }

    typealias Entry = Gazetteer.Entry

    /// Titles this short are abbreviations ("PM", "FM", "EAM") and count only in capitals.
    static let titleAbbreviationLength = 3

    enum Choice {
        case mention(Mention)
        case skip, none
    }

    /// About the most mentions a sentence of news has (names, titles, states, places).
    static let expectedMentions = 8

    static let datelineDashes: WordSet = ["\u{2014}", "\u{2013}", "-", "--"]

    /// The mention just before token `i` is a title or honorific ("President", "Mr."), with a full
    /// stop or a comma between at most: a place name after it is a person's ("President Lincoln").
    static func endsWithTitle(_ out: [Mention], before i: Int, _ tokens: [Token]) -> Bool {
        // The last mention read in place: the tagger asks this at every phrase it finds, and a
        // copy of the mention retained and released a state's code.
        guard let k = out.indices.last, out[k].isTitle || out[k].kind.isHonorific else { return false }
        let last = out[k].last
        // "President Lincoln", "Gen. Smith", and an appositive "Minister for Foreign Affairs, January Makamba".
        return last == i - 1 || (last == i - 2 && (Token.isMark(tokens, i - 1, 46) || Token.isMark(tokens, i - 1, 44)))
    }

    /// The state of the place a single lowercase word names, if it names one.
    private func placeCountry(_ word: String) -> String? {
        for e in gazetteer.phrases[word] ?? [] { if case .place(let country, _) = e { return country } }
        return nil
    }

    /// Whether a place name found at `i` is the place: it yields to a person's name right after a
    /// title, an honorific or a given name ("Florence Parly" is not Florence); an ambiguous name is
    /// a place only where the words around it say so.
    private func isPlace(
        ambiguous: Bool, _ tokens: [Token], _ i: Int, _ length: Int, _ possessive: Bool,
        afterTitle: Bool, insideName: Bool
    ) -> Bool {
        if afterTitle { return false }
        if i > 0, tokens[i - 1].isCapitalized, gazetteer.isListed(tokens, i - 1, .givenName) { return false }
        // "Nasr bin Hamoud al Kindi": after a connector inside a name.
        if i > 1, gazetteer.isListed(tokens, i - 1, .nameConnector), tokens[i - 2].isCapitalized { return false }
        // "Bùi Lan", "María Pérez", "Moha Sena Padei": inside a run of names a one-word place is a
        // name word; GeoNames has a town for most surnames.
        if insideName && length == 1 { return false }
        // "Layla Al-Jubeir": a place followed by a capitalised word that no list knows opens a name.
        if i + length < tokens.count, tokens[i + length].kind == .word, tokens[i + length].isCapitalized,
            gazetteer.trie.longestMatch(tokens, at: i + length) == nil
        {
            return false
        }
        return !ambiguous || (!possessive && isStrongPlaceContext(tokens, i, length))
    }

    /// "in Split", "the city of Split", "Split, Croatia", a dateline "SPLIT —"; never when a
    /// capitalised word follows, which makes the name part of a longer one ("Split Parly").
    private func isStrongPlaceContext(_ tokens: [Token], _ i: Int, _ length: Int) -> Bool {
        let next = i + length < tokens.count ? tokens[i + length] : nil
        if let next, next.kind == .word, next.isCapitalized { return false }
        // "in March", "since August": a month's name after a locative is the month (the town of
        // March needs its state after it, or a dateline).
        let isMonthName = length == 1 && DateExpression.months[tokens[i].lower] != nil
        if i > 0, !isMonthName, gazetteer.isListed(tokens, i - 1, .placeContext) { return true }
        if i > 1, tokens[i - 1].isWord(.of), gazetteer.isListed(tokens, i - 2, .settlementNoun) { return true }
        if let next, next.isMark(UInt8(ascii: ",")), i + length + 1 < tokens.count,
            (gazetteer.phrases[tokens[i + length + 1].lower] ?? []).contains(where: {
                if case .country(_, .name, _) = $0 { return true }
                return false
            })
        {
            return true
        }
        if i == 0, let next, MentionTagger.datelineDashes.contains(next.text) { return true }
        // "KAMPOT (Wire) -", "KAMPOT, Nov. 12 -": a dateline in capitals, with its agency in
        // brackets or its date after a comma.
        if i == 0, let next, (i..<i + length).allSatisfy({ Token.isAllCapsText(tokens[$0].text) }) {
            if next.isMark(UInt8(ascii: "(")), Dateline.closesAgencyBeforeDash(tokens, from: i + length + 1) { return true }
            if next.isMark(UInt8(ascii: ",")), i + length + 1 < tokens.count, Dateline.startsDate(tokens[i + length + 1]) { return true }
        }
        return false
    }

    /// "Atlanta, Georgia", "Lebanon, Pennsylvania" read the other way: token `i` follows a place
    /// of the United States and a comma, where the name of a state of the union goes.
    static func followsUSPlace(_ out: [Mention], _ tokens: [Token], _ i: Int) -> Bool {
        guard i >= 2, Token.isMark(tokens, i - 1, UInt8(ascii: ",")), let last = out.last, last.last == i - 2,
            case .place(let country) = last.kind
        else { return false }
        return country == "USA"
    }

    /// Whether a state's one-word name at `i` is a word of a person's name: after a given name
    /// ("Michael Jordan"), or itself a given name before a surname no list knows ("Jordan
    /// Bardella", "Chad Johnson"). A word that makes the run a body or a place ("Jordan Valley",
    /// "Chad Basin Commission") leaves it the state's.
    private func isWordOfPersonsName(_ tokens: [Token], _ i: Int) -> Bool {
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, tokens[i].spaceBefore,
            gazetteer.isListed(tokens, i - 1, .givenName)
        {
            return true
        }
        return gazetteer.isListed(tokens, i, .givenName) && opensUnknownWord(tokens, after: i)
    }

    /// The last letter of a courtesy title written as spaced initials at `i` ("H. E.", "H. R. H."),
    /// spelled as the honorifics list writes its initialisms ("h.e."); nil where there is none.
    @inline(__always) private func spacedHonorificEnd(_ tokens: [Token], _ i: Int) -> Int? {
        // Nearly every word is longer than one letter: it is turned away before a string is made,
        // here in the tagger's loop rather than in a call (this runs at every word of every
        // sentence).
        guard tokens[i].end - tokens[i].start == 1, i + 3 < tokens.count else { return nil }
        return spelledHonorificEnd(tokens, i)
    }

    /// `spacedHonorificEnd` past its first test: a word of one letter, with room after it.
    private func spelledHonorificEnd(_ tokens: [Token], _ i: Int) -> Int? {
        var spelled = ""
        var k = i
        while k + 1 < tokens.count, tokens[k].end - tokens[k].start == 1, tokens[k].isCapitalized, Token.isMark(tokens, k + 1, 46),
            !tokens[k + 1].spaceBefore
        {
            spelled += tokens[k].lower + "."
            if k > i, gazetteer.honorifics.contains(spelled) { return k }
            k += 2
        }
        return nil
    }

    /// Whether a word of a surname follows token `i`: a capitalised word that no list knows (not a
    /// body's word, not a phrase of the gazetteer) or knows only as a town of a name people bear
    /// too ("Santiago Pena": GeoNames has a Pena), or a particle joined to a name ("Sabah
    /// al-Ahmad").
    private func opensUnknownWord(_ tokens: [Token], after i: Int) -> Bool {
        let n = i + 1
        guard n < tokens.count, tokens[n].kind == .word, tokens[n].spaceBefore else { return false }
        if Self.isParticleName(tokens[n]) { return true }
        guard tokens[n].isCapitalized, !gazetteer.isListed(tokens, n, .organisation) else { return false }
        guard let (entries, length, _) = gazetteer.trie.longestMatch(tokens, at: n) else { return true }
        return length == 1
            && entries.allSatisfy {
                if case .place(_, ambiguous: true) = $0 { return true }
                return false
            }
    }

    /// Whether a name opens at `n`, after a title in the plural: a capitalised given name, or a
    /// capitalised word no list knows followed by another word of a name.
    private func opensPluralTitlesName(_ tokens: [Token], at n: Int) -> Bool {
        guard n < tokens.count, tokens[n].kind == .word, tokens[n].isCapitalized else { return false }
        if gazetteer.isListed(tokens, n, .givenName) { return true }
        return opensUnknownWord(tokens, after: n - 1) && n + 1 < tokens.count && tokens[n + 1].kind == .word
            && (tokens[n + 1].isCapitalized || Self.isParticleName(tokens[n + 1]))
    }

    /// Whether the word at `i` is a month's name that a capitalised word (not a number, another
    /// date word or a phrase of the gazetteer) follows, as in a name.
    private func opensNameWithMonth(_ tokens: [Token], _ i: Int, _ length: Int) -> Bool {
        let n = i + length
        guard length == 1, DateExpression.months[tokens[i].lower] != nil, n < tokens.count, tokens[n].kind == .word, tokens[n].isCapitalized,
            !tokens[n].classes.contains(.dateWord), gazetteer.trie.longestMatch(tokens, at: n) == nil
        else { return false }
        return true
    }

    /// Capitalised nouns of a body of water that "of" and a state's name follow: "Gulf of Guinea",
    /// "Bay of Bengal", "Sea of Japan".
    static let seaNouns: WordSet = ["gulf", "bay", "sea", "strait", "straits"]

    /// Whether the state's name at `i` ends a sea's: "Gulf of" right before it.
    static func namesASeaAfter(_ tokens: [Token], _ i: Int) -> Bool {
        i >= 2 && tokens[i - 1].lower == "of" && tokens[i - 2].isCapitalized && seaNouns.contains(tokens[i - 2].lower)
    }

    /// Whether the one-letter word at `i` opens initials written without full stops, as South Asian
    /// names often are: one or more further single capital letters, then a capitalised word of two
    /// letters or more ("A P J Abdul Kalam"). The article "A" is followed by a lowercase word or a
    /// longer one ("A Kenyan delegation"), so it never opens such a run.
    static func opensBareInitials(_ tokens: [Token], _ i: Int, _ length: Int) -> Bool {
        guard length == 1, tokens[i].end - tokens[i].start == 1 else { return false }
        var k = i + 1
        while k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, tokens[k].spaceBefore, tokens[k].end - tokens[k].start == 1 {
            k += 1
        }
        guard k > i + 1, k < tokens.count else { return false }
        return tokens[k].kind == .word && tokens[k].isCapitalized && tokens[k].spaceBefore && tokens[k].end - tokens[k].start >= 2
    }

    /// The most words of an office holder's name the leaders list may be asked about ("Amir Khan
    /// Muttaqi", "Teodoro Nguema Obiang Mangue").
    static let leadersNameWords = 4

    /// Whether the word at `i` and the capitalised words after it are the name of an office holder
    /// in the leaders list.
    private func opensLeadersName(_ tokens: [Token], _ i: Int, _ length: Int) -> Bool {
        guard length == 1 else { return false }
        var text = tokens[i].text
        var n = i + 1
        while n < tokens.count, n - i < Self.leadersNameWords, tokens[n].kind == .word, tokens[n].isCapitalized {
            text += " " + tokens[n].text
            if gazetteer.leaders.code(forFolded: NameFolding.fold(text), year: nil) != nil { return true }
            n += 1
        }
        return false
    }

    /// Whether the word at `i` follows "known as", "known locally as", "called" (and an optional
    /// "the"): a name a listed territory goes by, even written in lowercase as a foreign name often
    /// is ("known locally as the triangulo terrestre").
    static func followsNameTie(_ tokens: [Token], _ i: Int) -> Bool {
        var j = i - 1
        if j >= 0, tokens[j].lower == "the" { j -= 1 }
        guard j >= 1 else { return false }
        if tokens[j].lower == "called" { return true }
        guard tokens[j].lower == "as" else { return false }
        return tokens[j - 1].lower == "known" || (j >= 2 && tokens[j - 2].lower == "known" && tokens[j - 1].kind == .word)
    }

    /// Whether the phrase of `length` tokens at `i` is written as an abbreviation ("US", "UK's").
    /// Out of line: its string work, which few phrases reach, made every call of `choose` set up
    /// room for it.
    @inline(never)
    private static func isWrittenAsAbbreviation(_ tokens: [Token], _ i: Int, _ length: Int) -> Bool {
        // Joined only here: most phrases are not written in capitals.
        let text = (i..<(i + length)).map { tokens[$0].text }.joined(separator: " ")
        let written = text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") ? String(text.dropLast(2)) : text
        return Gazetteer.isAbbreviation(written)
    }

    /// What the phrase at `i` whose entries are `all[entries]` is, its entries tried in order.
    private func choose(
        _ all: [Entry], _ entries: Range<Int>, _ tokens: [Token], _ i: Int, _ length: Int, _ possessive: Bool,
        afterTitle: Bool = false, insideName: Bool = false
    ) -> Choice {
        // Read in place, not copied: choosing runs at every phrase found.
        let capitalized = tokens[i].isCapitalized
        for k in entries {
            switch all[k] {
            case .notName:
                // "Islam" alone is no one; "Islam Karimov", an office holder the leaders list names, is.
                // "Foreign Minister January Makamba", "envoy June Brown": a month is a given name
                // between a title and a capitalised word.
                // "A K Antony", "A B Vajpayee": the letter A is an initial before another bare initial.
                if capitalized, !opensLeadersName(tokens, i, length), !(afterTitle && opensNameWithMonth(tokens, i, length)),
                    !Self.opensBareInitials(tokens, i, length)
                {
                    return .skip
                }
            case .country(let code, let form, let exact):
                if exact {
                    guard Self.isWrittenAsAbbreviation(tokens, i, length) else { continue }
                    // "US$818 million": a currency, not the state.
                    let after = i + length
                    if after < tokens.count, !tokens[after].spaceBefore, Token.isMark(tokens, after, UInt8(ascii: "$")) { return .skip }
                } else {
                    guard capitalized else { continue }
                    // "New Mexico", "New South Wales", "New England": a region named after a state
                    // ("New Zealand", a state itself, is matched whole from "New").
                    if i >= 1, tokens[i - 1].text == "New" { return .skip }
                    // "the Gulf of Guinea", "the Gulf of Mexico": a sea named after a state.
                    if form == .name, Self.namesASeaAfter(tokens, i) { return .skip }
                    // A capital is named like a person as often as a state is: "Santiago Cafiero",
                    // "Foreign Minister Santiago A".
                    let personLike = form == .name || form == .metonym
                    if personLike, length == 1, !possessive, isWordOfPersonsName(tokens, i) { continue }
                    // "Foreign Minister Israel Katz", "Foreign Secretary Bharat Paudel": right after a
                    // title, a state's one-word name before a surname no list knows is a given name.
                    if personLike, length == 1, !possessive, afterTitle, opensUnknownWord(tokens, after: i) { continue }
                }
                return .mention(Mention(kind: .country(code: code, form: form, possessive: possessive), first: i, last: i + length - 1))
            case .territory(let id):
                // Lowercase only after "known as", and not opening the name of a thing ("known as
                // the emerald triangle accord").
                guard
                    capitalized
                        || (Self.followsNameTie(tokens, i)
                            && !(i + length < tokens.count && gazetteer.territoryCues.notTerritory.contains(tokens[i + length].lower)))
                else { continue }
                // "Sheikh Sabah Al-Ahmad": a one-word territory that is also a given name, before a
                // surname no list knows, is a person's name, as a state's name is.
                if length == 1, !possessive, isWordOfPersonsName(tokens, i) || (afterTitle && opensUnknownWord(tokens, after: i)) { continue }
                return .mention(Mention(kind: .territory(id: id), first: i, last: i + length - 1))
            case .place(let country, let ambiguous):
                guard capitalized, isPlace(ambiguous: ambiguous, tokens, i, length, possessive, afterTitle: afterTitle, insideName: insideName) else {
                    continue
                }
                return .mention(Mention(kind: .place(country: country), first: i, last: i + length - 1))
            case .title(let plural):
                // "Cabinet Secretaries A and B": a plural made from a listed title is one only right
                // before a name (a given name, or two words of a name no list knows); "the two
                // foreign secretaries, A and B", "the two Heads of Government would" and "the
                // Cabinet Secretaries Retreat" name no one after it.
                if plural, !opensPluralTitlesName(tokens, at: i + length) { continue }
                // "PM", "FM", "EAM" are titles only in capitals: "3 pm" is an hour.
                if length == 1, tokens[i].end - tokens[i].start <= Self.titleAbbreviationLength || tokens[i].text.count <= Self.titleAbbreviationLength,
                    !Gazetteer.isAbbreviation(tokens[i].text)
                {
                    continue
                }
                // "Amir Khan Muttaqi": a title that is also a given name, opening an office
                // holder's name in the leaders list, is the name's first word ("King Salman" keeps
                // its title).
                if length == 1, tokens[i].isCapitalized, gazetteer.isListed(tokens, i, .givenName), opensLeadersName(tokens, i, length) {
                    continue
                }
                return .mention(Mention(kind: .title, first: i, last: i + length - 1))
            }
        }
        return .none
    }
}
