import Testing

@testable import Extraction

// Several string tests of the extraction stages answer an ASCII string on its bytes and leave
// any other to the `Character` or Unicode path they had before, for speed alone. These tests
// hold each byte path to that older path, written out here, on strings around every case the
// bytes tell apart: capitals, full stops, runs of spaces, spaces at either end, empty strings,
// and strings that are not ASCII.

/// Titles as the people stage reads them, written several ways around every abbreviation.
private let titles: [String] = {
    var out = ["", " ", ".", "..", "Foreign Minister", "Prime Minister", "the Amb.", "Amb. ", " amb", "AMB", "a m b"]
    for key in WordLists.titleAbbreviations.keys.sorted() {
        let dotted = key.split(separator: " ").map { $0 + "." }.joined(separator: " ")
        out += [key, key.uppercased(), dotted, "  " + dotted + "  ", dotted.replacingSpaces(with: "   "), key + "x", "x" + key]
    }
    out += ["Amb.\u{301}", "Gén.", "Lt.\u{00A0}Gen.", "Lt.\tGen.", "Lt.\r\nGen."]
    return out
}()

extension String {
    fileprivate func replacingSpaces(with run: String) -> String {
        split(separator: " ", omittingEmptySubsequences: false).joined(separator: run)
    }
}

@Test func anAbbreviatedTitleIsExpandedOnBytesAsByCharacters() {
    for title in titles {
        let byCharacters = WordLists.titleAbbreviations[
            String(title.lowercased().filter { $0 != "." }.split(separator: " ").joined(separator: " "))]
        #expect(WordLists.expandedTitle(title) == byCharacters, "\(title.debugDescription)")
    }
}

/// Folded names as the leaders table is asked for them.
private let names = [
    "", " ", "a", "ov", "xov", "berdimuhamedov", "berdimuhamedow", "gurbanguly berdimuhamedow", "ivanov petrov sidorew",
    "  ivanov   petrov  ", "lev", "ew", "o w", "salman bin abdulaziz al saud", "salman  bin abdulaziz al  saud",
    "bin abdulaziz al saud", "a b al c", "a b c al d", " a b al c ", "zelenskyy", "józef piłsudski", "ахмедов",
]

@Test func aLeaderNameIsTransliteratedAndCountedOnBytesAsByCharacters() {
    for name in names {
        let transliterated = String(
            name.split(separator: " ").map { word -> String in
                if word.hasSuffix("ow") || word.hasSuffix("ew") { return String(word.dropLast()) + "v" }
                if word.hasSuffix("ov") || word.hasSuffix("ev") { return String(word.dropLast()) + "w" }
                return String(word)
            }.joined(separator: " "))
        #expect(LeaderTable.transliterated(name) == transliterated, "\(name.debugDescription)")
        var words = name.split(separator: " ").map(String.init)
        let withoutDynasty: String
        if words.count >= 4, words[words.count - 2] == "al" {
            words.removeLast(2)
            withoutDynasty = words.joined(separator: " ")
        } else {
            withoutDynasty = name
        }
        #expect(LeaderTable.withoutDynasty(name) == withoutDynasty, "\(name.debugDescription)")
    }
}

@Test func aNameIsFoldedIntoBytesAsIntoScalars() {
    let written = [
        "Kōno", "Stéphane", "STÉPHANE", "Łukasz Müller", "Dağ", "Œrsted", "Þór", "Straße", "cafe\u{301}", "O’Brien’s",
        "Zoë's", "Москва", "ΑΘΗΝΑ", "北京", "İstanbul", "Ǆ", "\u{0301}", "Kono", "",
    ]
    for s in written {
        var scalars = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                scalars.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : u)
            } else if u == "\u{2019}" || u == "\u{2018}" {
                scalars.append("'")
            } else if let base = NameFolding.latin[v] {
                scalars.append(contentsOf: base.unicodeScalars)
            } else if u.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                scalars.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
            }
        }
        var expected = String(scalars)
        if expected.hasSuffix("'s") { expected.removeLast(2) }
        #expect(NameFolding.fold(s) == expected, "\(s.debugDescription)")
    }
}

@Test func allCapitalsAreToldOnBytesAsByScalarProperties() {
    for text in ["", "US", "Us", "U.S.", "NATO", "NATO's", "A1", "123", "-", "ÉLYSÉE", "Élysée", "ß", "ΑΘΗΝΑ", "北京", "Aª"] {
        #expect(Token.isAllCapsText(text) == text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }, "\(text)")
    }
}

/// Words of names as the people stage reads them: possessives with either apostrophe, words around
/// every month and weekday, spaces, and words a `Character` reads differently from its bytes (a
/// mark joined to the letter before it, a prepended sign before an apostrophe, a carriage return).
private let nameWords: [String] = {
    var out = [
        "", "s", "'s", "’s", "Haddad", "Haddad's", "Haddad’s", "HADDAD'S", "Haddad's.", "Haddads", "Haddad'", "Haddad’",
        "Zoë's", "Москва's", "Москва’s", "北京’s", "x\u{0600}'s", "x\u{0600}’s", "\u{0600}'s", "e\u{301}'s", "'\u{301}s",
        "Jo", "Joe", "J.", "a\r\n", "Ab\r\n", "a\r\nb", "\r\nab", "ab\u{301}", "é", "Ön", "Li Peng", "Li  Peng", " ", "a b", "Kim Jong Un",
        "x \u{301}y", "\u{301}", "Lula", "Marchetti", "Sept.", "Sunday's", "KELVIN\u{212A}", "\u{212A}",
    ]
    for key in Array(DateExpression.months.keys) + Array(DateExpression.weekdays.keys) {
        out += [key, key.uppercased(), key.capitalized, key + "s", String(key.dropLast()), "x" + key, key + "\u{301}"]
    }
    return out
}()

extension String {
    fileprivate var capitalized: String { prefix(1).uppercased() + dropFirst() }
}

@Test func aPossessiveNameWordIsToldOnBytesAsByCharacters() {
    for word in nameWords {
        #expect(PersonResolver.endsInPossessiveS(word) == (word.hasSuffix("'s") || word.hasSuffix("\u{2019}s")), "\(word.debugDescription)")
    }
}

@Test func aMonthOrWeekdayIsToldOnBytesAsByItsLowercaseString() {
    for word in nameWords {
        let lower = word.lowercased()
        let byString = DateExpression.months[lower] != nil || DateExpression.weekdays[lower] != nil
        #expect(DateExpression.isMonthOrWeekday(word) == byString, "\(word.debugDescription)")
    }
}

/// `DateExpression.isMonthOrWeekday` answers no for any word with a byte outside ASCII, without
/// lowercasing it, on these two facts: no scalar outside ASCII lowers to ASCII but the Kelvin sign
/// (to "k"), and no month or weekday has a "k".
@Test func aWordOutsideASCIILowersToNoMonthOrWeekday() {
    var loweringToASCII: [UInt32] = []
    for value in UInt32(0x80)...0x10_FFFF {
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else { continue }
        if String(scalar).lowercased().utf8.allSatisfy({ $0 < 0x80 }) { loweringToASCII.append(value) }
    }
    #expect(loweringToASCII == [0x212A])
    #expect(String(Unicode.Scalar(0x212A)!).lowercased() == "k")
    #expect(!(Array(DateExpression.months.keys) + Array(DateExpression.weekdays.keys)).contains { $0.contains("k") })
    for word in ["\u{212A}", "Ma\u{212A}", "Mäy", "Máy", "MAY\u{301}", "Mondäy", "Ｍay"] {
        #expect(!DateExpression.isMonthOrWeekday(word), "\(word.debugDescription)")
    }
}

@Test func aNameWordsLengthAndSpacesAreToldOnBytesAsByCharacters() {
    for word in nameWords {
        #expect(PersonResolver.hasThreeCharacters(word) == (word.count >= 3), "\(word.debugDescription)")
        #expect(PersonRecord.hasSpace(word) == word.contains(" "), "\(word.debugDescription)")
    }
}

@Test func aQuoteMarkIsToldByItsBytesAsByTheSet() {
    let text = "\" “ ” ' ‘ ’ „ « » '' ‘‘ `` Jo’s \"Jokowi\" - . x"
    var bytes = Array(text.utf8)
    let tokens = bytes.withUnsafeMutableBufferPointer { Tokenizer.tokens(UnsafeBufferPointer($0), from: 0, to: $0.count) }
    #expect(tokens.count > 15)
    for i in tokens.indices {
        #expect(PersonResolver.isQuoteMark(tokens, i) == MentionTagger.quoteMarks.contains(tokens[i].text), "\(tokens[i].text.debugDescription)")
    }
}

@Test func aNameWordIsFoldedFromItsTokenAsFromItsText() {
    // Words the lexicon knows ("Paris", "The", "Sunday") and words it does not, in capitals,
    // with possessives, full stops, hyphens, digits and letters outside ASCII.
    let text = """
        The Paris talks: PARIS, Sunday's SUNDAY Moon Jae-in, O'Brien's U.S. Mr. J. R. R. Tolkien 1999 \
        x-ray McDONALD Kōno Zoë’s Zoë Sergei Lavrov's Lavrov’s Ms Lavrova A.B. a.b St. — « Jokowi » 'Mbeki'
        """
    var bytes = Array(text.utf8)
    let lexicon = Gazetteer.standard.lexicon
    for tokens in [
        bytes.withUnsafeMutableBufferPointer { Tokenizer.tokens(UnsafeBufferPointer($0), from: 0, to: $0.count, lexicon: lexicon) },
        bytes.withUnsafeMutableBufferPointer { Tokenizer.tokens(UnsafeBufferPointer($0), from: 0, to: $0.count) },
    ] {
        #expect(tokens.count > 40)
        for i in tokens.indices {
            #expect(PersonResolver.foldedText(tokens, i) == PersonResolver.fold(tokens[i].text), "\(tokens[i].text.debugDescription)")
        }
    }
}

@Test func aPlacesLastWordIsReadOnBytesAsByCharacters() {
    let places = [
        "", " ", "   ", "Vienna", "the Grand Hotel", "Grand  HOTEL ", " Palace", "Hofburg Palace  ", "a\r\n b", "x \r\nHotel",
        "Élysée Palace", "Hotel\u{301}", "Grand \u{301}Hotel", "北京 Hotel",
    ]
    for place in places {
        let byCharacters = place.split(separator: " ").last.map { $0.lowercased() }
        if let onBytes = MeetingMerger.lastWordLowercased(ascii: place) {
            #expect(onBytes == byCharacters, "\(place.debugDescription)")
        } else {
            #expect(place.utf8.contains { $0 >= 0x80 }, "\(place.debugDescription)")
        }
    }
}

@Test func aWordSetAnswersAsItsSetOfStrings() {
    // The masks in front of the set turn words away by first byte and length; every answer must
    // still be the set's, for words of every first byte and length, outside ASCII and empty too
    // (an ASCII set: a set with a word outside ASCII has no masks).
    let words = ["in", "at", "whenever", "ahead", "zone", "a", "", "x-ray", "o'clock", String(repeating: "w", count: 70)]
    let set = WordSet(words)
    var probes = words + ["", "i", "it", "inn", "IN", "on", "whenevers", "élans", "elan", "e\u{301}lan", "Über", "b", "-", "'", "ahea"]
    probes += [String(repeating: "w", count: 69), String(repeating: "w", count: 71), String(repeating: "w", count: 64), "\u{212A}"]
    for w in probes { #expect(set.contains(w) == Set(words).contains(w), "\(w)") }
    #expect(set.count == Set(words).count)
    // A set with a word outside ASCII answers words equal to it in other bytes as its set does.
    let accented = WordSet(["élan", "km", "in"])
    for w in ["e\u{301}lan", "élan", "\u{212A}m", "km", "in", "on", "elan", "\u{212A}"] {
        #expect(accented.contains(w) == Set(["élan", "km", "in"]).contains(w), "\(w)")
    }
    // An ASCII set and a word outside ASCII that may equal one of its words in other bytes.
    let ascii = WordSet(["km", "in"])
    for w in ["\u{212A}m", "k\u{301}m", "ín"] { #expect(ascii.contains(w) == Set(["km", "in"]).contains(w), "\(w)") }
    #expect(!WordSet([]).contains(""))
    // The fact the masks rest on: of the characters outside ASCII, only three equal ASCII text.
    let asciiText = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }
    var equalToASCII: [String] = []
    for v in 0x80...0x2FFFF {
        guard let scalar = UnicodeScalar(v) else { continue }
        let text = String(scalar)
        equalToASCII += asciiText.filter { $0 == text }
    }
    #expect(equalToASCII.sorted() == WordSet.equalOutsideASCII.map { String(UnicodeScalar($0)) }.sorted())
    // A literal set as a `Set<String>` literal was.
    let literal: WordSet = ["when", "once", "until"]
    #expect(literal.contains("once") && !literal.contains("one") && !literal.contains("on"))
}

@Test(arguments: [
    ["read more here", "sign up now", "all rights reserved", "subscribe today"],
    ["abc", "sign up now", "bcd", "xyzzy plugh"],
    ["of the", "go on"],
])
func aPageJunkPhraseIsFoundWhereASearchOfEveryPlaceFindsIt(phrases: [String]) {
    // The skip search answers as a comparison at every byte: the first place any phrase starts.
    let junk = PageJunk(lines: phrases)
    let fillers = ["", "x", "the talks went on", "sign up no", "all rights reserve", "abab", "read more her", "bc abc"]
    func naive(_ line: [UInt8]) -> Int? {
        let needles = phrases.map { Array($0.utf8) }
        for i in line.indices where needles.contains(where: { line[i...].starts(with: $0) }) { return i }
        return nil
    }
    for before in fillers {
        for after in fillers {
            for phrase in phrases + [""] {
                for line in [before + phrase + after, before + " " + phrase + " " + after, phrase + before + phrase] {
                    let bytes = Array(line.utf8)
                    let found = bytes.withUnsafeBufferPointer { junk.firstPhrase($0) }
                    #expect(found == naive(bytes), "\(line)")
                }
            }
        }
    }
}

@Test func aMenuSeparatorIsFoundEightBytesAtATimeAsByteByByte() {
    // Every place of a separator's telling byte, across the eight-byte steps, and lines without one.
    for pad in 0..<20 {
        let filler = String(repeating: "a", count: pad)
        for separator in [" | ", " \u{2022} ", " \u{00B7} "] {
            let menu = Array((filler + "World" + separator + "Africa" + separator + "Asia" + separator + "Europe").utf8)
            let two = Array((filler + "World" + separator + "Africa" + separator + "Asia").utf8)
            let one = Array((filler + separator).utf8)
            menu.withUnsafeBufferPointer { #expect(PageJunk.isSeparatedMenu($0)) }
            two.withUnsafeBufferPointer { #expect(!PageJunk.isSeparatedMenu($0)) }
            one.withUnsafeBufferPointer { #expect(PageJunk.mayHoldSeparator($0)) }
        }
        let plain = Array((filler + "The talks in Vienna went on - for \u{201C}hours\u{201D}, \u{00E9}t\u{00E9}.").utf8)
        plain.withUnsafeBufferPointer { #expect(!PageJunk.mayHoldSeparator($0)) }
    }
}

@Test func aPageLineIsLoweredCountedAndToldEightBytesAtATimeAsByteByByte() {
    // The verdict of lines of every length around the eight-byte steps: lowered (a phrase in
    // capitals), their words counted (a short-line phrase holds for eight words, not nine, with
    // runs of spaces, tabs and carriage returns), and a letter looked for (digits alone are furniture).
    let junk = PageJunk(lines: ["read more here", "short:home"])
    func verdict(_ line: String) -> PageJunk.Verdict {
        Array(line.utf8).withUnsafeBufferPointer { junk.verdict(lineBytes: $0) }
    }
    for pad in 0..<17 {
        let lead = String(repeating: " ", count: pad)
        let dots = String(repeating: "x", count: pad)
        #expect(verdict(lead + "Home a b c d e f g") == .furniture)
        #expect(verdict(lead + "Home \t a  b\tc d   e f\r g") == .furniture)
        #expect(verdict(lead + "Home a b c d e f g h") == .article)
        #expect(verdict(lead + "HOME" + dots + " a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh") == .article)
        #expect(verdict(lead + "HOME" + dots + " a bb ccc dddd eeeee ffffff ggggggg") == .furniture)
        #expect(verdict(lead + "The talks went on. READ MORE HERE") == .articleUpTo(pad + 18))
        #expect(verdict(lead + "12 345 6789 -- 2019 " + dots) == (pad == 0 ? .furniture : .article))
        #expect(verdict(lead + "12 345 6789 -- 2019 \u{00E9}") == .article)
        #expect(verdict(lead + "12 345 6789 -- 2019 []{}@`") == .furniture)
    }
}

@Test func aShortLinesWordsAreCountedEightBytesAtATimeAsByteByByte() {
    // Up to the limit the count is exact; past it, more than the limit, at every place of the
    // eight-byte steps.
    func byteByByte(_ line: [UInt8]) -> Int {
        var words = 0
        var inWord = false
        for b in line {
            let isSpace = b == 32 || b == 9 || b == 13
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return words
    }
    let pieces = ["a", "bb", " ", "  ", "\t", "\r", "ccc ", " d\te ", "\u{00E9}t\u{00E9}", "xxxxxxxxx"]
    var line: [UInt8] = []
    for round in 0..<60 {
        line += Array(pieces[(round * 7) % pieces.count].utf8)
        let exact = byteByByte(line)
        let counted = line.withUnsafeBufferPointer { PageJunk.shortLineWordCount($0) }
        #expect(exact <= PageJunk.shortLineWords ? counted == exact : counted > PageJunk.shortLineWords)
    }
}

@Test func aLexiconWordIsFoundEightBytesAtATimeAsByteByByte() {
    // The tokenizer looks a word up from its scratch space, comparing eight bytes at a time and
    // masking off what lies past the word; every answer must be the byte-by-byte lookup's, for
    // every ASCII word of the lexicon and words a byte off each of them, whatever follows the word
    // in memory (zeros, the letters of a longer word, bytes no word has).
    let lexicon = Gazetteer.standard.lexicon
    let probe = lexicon.probe
    var words = lexicon.words.filter { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } }
    #expect(words.count > 10_000)
    // Words a byte off: one longer, one shorter, the last byte changed, the first byte changed,
    // at every length up to a few loads.
    for w in words where w.utf8.count <= 25 && w.utf8.count % 3 == 0 {
        words += [w + "s", String(w.dropLast()), String(w.dropLast()) + "~", "~" + String(w.dropFirst())]
    }
    words += ["", "x", "zzzzzzzz", "zzzzzzzzz", String(repeating: "a", count: 16), String(repeating: "a", count: 17)]
    var differ: [String] = []
    var found = 0
    for tail in [[UInt8](repeating: 0, count: 8), Array("ese's of".utf8), [UInt8](repeating: 0xFF, count: 8)] {
        for w in words {
            let bytes = Array(w.utf8) + tail
            var h = Lexicon.seed
            for b in w.utf8 { h = Lexicon.mix(h, b) }
            let (padded, byByte) = bytes.withUnsafeBufferPointer { buffer in
                (
                    probe.number(padded: buffer.baseAddress!, count: w.utf8.count, hash: h),
                    probe.number(ascii: buffer.baseAddress!, count: w.utf8.count, hash: h)
                )
            }
            if padded != byByte { differ.append(w) }
            if padded != Lexicon.unknown { found += 1 }
        }
    }
    #expect(found > 30_000)
    #expect(differ.count == 0, "\(differ.prefix(10))")
}
