import Testing

@testable import Extraction

// The eighteenth round's paths taken for speed, each held to what they replaced.

/// "The next day", "two days later" as the meeting-date reader read them before its words were
/// compared by number: the three lowercase strings of each word and the two after it.
private func daysAfterPreviousByStrings(in s: AnalyzedSentence, range: Range<Int>) -> Int? {
    for k in range where k + 2 < s.tokens.count {
        let (a, b, c) = (s.tokens[k].lower, s.tokens[k + 1].lower, s.tokens[k + 2].lower)
        if a == "the", b == "next" || b == "following", c == "day" || c == "morning" { return 1 }
        if b == "day" || b == "days", c == "later", let n = MeetingDateReader.dayCounts[a] { return n }
    }
    return nil
}

/// The count of days after the encounter before is the same by word numbers as by strings, in
/// sentences with each phrase, capitalised, a word off, cut short at the end, and with none, from
/// every token a clause may begin at.
@Test func aCountOfDaysAfterIsReadByNumbersAsByStrings() {
    let texts = [
        "Ona Vell met Tik Rasmo the next day in Vienna.",
        "The Next Day they met again.",
        "They spoke again the following morning and the next week.",
        "Two days later the envoys met.",
        "A day later, three days later and 2 days later.",
        "One day later they talked; four days later they did not.",
        "They met the following day.",
        "They met the next days later.",
        "the day later days later day later",
        "They met the next",
        "They met the next day",
        "Rasmo met Vell three days later",
        "THE FOLLOWING MORNING the talks went on.",
        "Nothing happened that day.",
    ]
    let extractor = Extractor()
    let reader = MeetingDateReader()
    for text in texts {
        for s in extractor.analyze(Array(text.utf8)) {
            for start in 0...s.tokens.count {
                let range = start..<s.tokens.count
                #expect(reader.daysAfterPrevious(in: s, range: range) == daysAfterPreviousByStrings(in: s, range: range), "\(text) \(start)")
            }
        }
    }
}

/// The test of a word for a day or a month, comparing a word with the keys of its length only,
/// answers as the two dictionaries: every key as written, capitalised and in capitals, words a
/// letter longer or shorter than a key, words longer than any key, and words outside ASCII.
@Test func aDayOrMonthIsComparedWithTheKeysOfItsLengthAsByTheDictionaries() {
    let keys = Array(DateExpression.months.keys) + Array(DateExpression.weekdays.keys)
    var words = ["", "a", "may.", "septembers", "wednesdays", "septemberx", "mondayish", "x", "\u{212A}", "m\u{00E4}rz", "mai"]
    for key in keys {
        words += [key, key.prefix(1).uppercased() + key.dropFirst(), key.uppercased(), key + "s", String(key.dropLast()), String(key.dropFirst())]
    }
    for w in words {
        let byDictionaries = DateExpression.weekdays[w.lowercased()] != nil || DateExpression.months[w.lowercased()] != nil
        #expect(DateExpression.isMonthOrWeekday(w) == byDictionaries, "\(w)")
    }
}

/// The lines of a word list as they were read before: split by `Character`, trimmed by scalar.
private func linesByCharacters(_ text: String) -> [String] {
    text.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
}

/// Word lists read by bytes give the lines the `Character` split gave: every embedded file, and
/// texts with spaces, tabs and other whitespace at either end of a line, comments indented and
/// not, a "#" carrying a combining accent, empty and blank lines, a last line without its line
/// feed, words outside ASCII, and "\r\n" line ends (one `Character`, which that split kept).
@Test func wordListLinesReadByBytesAreTheLinesSplitByCharacters() {
    let texts = [
        "", "\n", "\n\n", "  \n\t\n", "alpha", "alpha\n", "alpha\nbeta\n", " alpha \n\tbeta\t\n",
        "# a comment\nalpha\n  # indented\n#\n", "#\u{0301}accented\nalpha", "\u{00A0}alpha\u{00A0}\nbeta\u{2003}\n\u{2003}",
        "caf\u{00E9}\n\u{00E9}t\u{00E9}\n\u{0435}\u{0436}\n", "alpha\r\nbeta\r\n", "alpha\rbeta\n", "a b\tc\n  x  y  \n",
        "alpha\u{0085}\nbeta", "\u{000B}alpha\u{000C}\n",
    ]
    for text in texts {
        #expect(Gazetteer.lines(text) == linesByCharacters(text), "\(text.debugDescription)")
    }
    // (places.tsv, a megabyte read by its own reader, left out: split by `Character` in a debug
    // build it alone would take most of the test's time.)
    for (name, text) in Embedded.files where name != "places.tsv" {
        #expect(Gazetteer.lines(text) == linesByCharacters(text), "\(name)")
    }
}

/// A word list's words are the lowercase forms of its lines, whether a line is taken as it is
/// (ASCII without capitals) or lowercased.
@Test func aWordListsWordsAreItsLinesLowercased() {
    for name in Embedded.files.keys where name.hasSuffix(".txt") {
        #expect(WordLists.load(name) == Set(Gazetteer.lines(Embedded.files[name]).map { $0.lowercased() }), "\(name)")
    }
}

/// A person's record is made with room for `PersonRecord.expectedMentions` mentions; one named
/// more often than that keeps every mention, in order.
@Test func aPersonMentionedMoreOftenThanTheRoomMadeKeepsEveryMention() {
    let sentences = (1...(PersonRecord.expectedMentions + 3)).map { "Foreign Minister Tavi Korhal spoke again in round \($0)." }
    let f = extract(sentences.joined(separator: " "))
    let mentions = f.person("Tavi Korhal")?.mentions ?? []
    #expect(mentions.count == PersonRecord.expectedMentions + 3)
    #expect(mentions.map(\.sentence) == Array(0..<(PersonRecord.expectedMentions + 3)))
}

/// A month and day without a year resolves, by the loop over the three years, to the day the
/// smallest of the three years' days nearest the publication date gave: around the turn of a
/// year, on the 29th of February (a day only leap years have), on days no month has, and on days
/// exactly between two years' (the earlier kept). An encounter not planned keeps its day on or
/// before the publication date: where the nearest is after, the year before it.
@Test func aMonthAndDayWithoutAYearResolvesToTheNearestOfTheThreeYears() {
    let publications = ["2024-01-01", "2024-12-31", "2023-03-01", "2024-02-29", "2025-07-02", "2023-07-02", "2100-06-15"].compactMap(Day.init(iso:))
    for pub in publications {
        for month in 1...12 {
            for day in [1, 2, 15, 28, 29, 30, 31, 32] {
                let expected = [pub.year - 1, pub.year, pub.year + 1].compactMap { Day(year: $0, month: month, day: day) }
                    .min { abs($0.ordinal - pub.ordinal) < abs($1.ordinal - pub.ordinal) }
                let d = DateExpression(value: .monthDay(month: month, day: day, year: nil), first: 0, last: 0)
                #expect(DateExpression.nearest(month: month, day: day, to: pub) == expected, "\(pub) \(month) \(day)")
                #expect(d.resolve(publication: pub, future: true) == expected, "\(pub) \(month) \(day)")
                let held = expected.flatMap { $0 > pub ? Day(year: $0.year - 1, month: month, day: day) : $0 }
                #expect(d.resolve(publication: pub, future: false) == held, "\(pub) \(month) \(day)")
            }
        }
    }
}
