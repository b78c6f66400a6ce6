/// A day named in a sentence: a weekday, a month and day, a full date, or "today".
struct DateExpression: Sendable {
    enum Value: Sendable, Equatable {
        case weekday(Int)  // 0 = Sunday
        case monthDay(month: Int, day: Int, year: Int?)
        case relative(days: Int)  // today 0, yesterday -1, tomorrow 1
        /// "on the 14th": a day of a month the text leaves to the reader, `monthOffset` months
        /// from the publication's ("of next month" 1, "of last month" -1), or nil for the
        /// nearest such day on the side of the publication date the encounter lies.
        case dayOfMonth(day: Int, monthOffset: Int?)
    }

    var value: Value
    var first: Int
    var last: Int
    /// "on July 27 last year": the year of a month and day without one, counted from the
    /// publication's (-1 "last year", 0 "this year", 1 "next year"); nil for the nearest year.
    var yearsFromPublication: Int? = nil

    static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let partsOfDay: WordSet = ["morning", "afternoon", "evening"]

    /// "september", "wednesday": 9 bytes, of the 16 two numbers hold.
    private static let longestMonthOrWeekday = (Array(months.keys) + Array(weekdays.keys)).map(\.utf8.count).max() ?? 0
    /// The keys of `months` and `weekdays` (lowercase ASCII letters, none a zero byte), each as
    /// two numbers: its first eight bytes and the rest, the first byte in the lowest eight bits.
    /// An ASCII word of as many bytes as the longest key or fewer is two such numbers too, and
    /// is compared by them. By the byte length of the keys (index 0 to the longest): a word is
    /// compared with the keys of its own length only, a dozen at most instead of all 32.
    private static let monthAndWeekdayNumbersByLength: [[(UInt64, UInt64)]] = (0...longestMonthOrWeekday).map { length in
        (Array(months.keys) + Array(weekdays.keys)).filter { $0.utf8.count == length }.map { key in
            var n: (UInt64, UInt64) = (0, 0)
            for (k, b) in key.utf8.enumerated() {
                if k < 8 { n.0 |= UInt64(b) << (8 * k) } else { n.1 |= UInt64(b) << (8 * (k - 8)) }
            }
            return n
        }
    }

    /// Whether `word`, lowercased, is a key of `months` or `weekdays` ("May", "Tuesday"). An
    /// ASCII word (nearly every one) is lowercased into two numbers and compared by them, without
    /// a lowercase string made and hashed twice: the people stage asks it of every one-word name.
    ///
    /// A word with a byte outside ASCII is neither, without lowercasing it: every key is ASCII,
    /// and the one scalar outside ASCII whose lowercase form is ASCII is the Kelvin sign, which
    /// lowers to "k", a letter no key has (both facts held by `BytePathTests`). Lowercasing and
    /// hashing such words (names in other scripts or with accents) was half of this test's cost.
    static func isMonthOrWeekday(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            guard bytes.count <= longestMonthOrWeekday else { return false }
            var low: UInt64 = 0
            var high: UInt64 = 0
            var any: UInt8 = 0
            for k in 0..<bytes.count {
                let b = bytes[k]
                any |= b
                let lower = UInt64(b &- 65 < 26 ? b | 0x20 : b)
                if k < 8 { low |= lower << (8 * k) } else { high |= lower << (8 * (k - 8)) }
            }
            guard any < 0x80 else { return false }
            return monthAndWeekdayNumbersByLength[bytes.count].contains { $0.0 == low && $0.1 == high }
        }
    }

    /// Every date expression of a sentence, in order.
    static func find(in tokens: [Token]) -> [DateExpression] {
        var out: [DateExpression] = []
        var i = 0
        while i < tokens.count {
            // Only numbers and the words of dates can begin a date (tested in place: copying every
            // token would retain and release its strings).
            if tokens[i].kind != .number && !tokens[i].classes.contains(.dateWord) && !tokens[i].opensWithDigit {
                i += 1
                continue
            }
            let t = tokens[i]
            let word = t.lower.hasSuffix("'s") ? String(t.lower.dropLast(2)) : t.lower
            if let wd = weekdays[word] {
                out.append(DateExpression(value: .weekday(wd), first: i, last: i))
                i += 1
                continue
            }
            if t.isWord(.today) { out.append(DateExpression(value: .relative(days: 0), first: i, last: i)) }
            // "the day before yesterday", "the day after tomorrow": two days from publication
            // (read at the date's own word, the one that can begin a date).
            if t.isWord(.yesterday) || t.isWord(.tomorrow), i >= 3, tokens[i - 2].isWord(.day), tokens[i - 3].isWord(.the),
                tokens[i - 1].isWord(.before) == t.isWord(.yesterday), tokens[i - 1].isWord(.before) || tokens[i - 1].lower == "after"
            {
                out.append(DateExpression(value: .relative(days: t.isWord(.yesterday) ? -2 : 2), first: i - 3, last: i))
                i += 1
                continue
            }
            if t.isWord(.yesterday) { out.append(DateExpression(value: .relative(days: -1), first: i, last: i)) }
            if t.isWord(.tomorrow) { out.append(DateExpression(value: .relative(days: 1), first: i, last: i)) }
            // "this morning", "tonight", "last night": parts of the day of publication or the day before.
            if t.isWord(.tonight) { out.append(DateExpression(value: .relative(days: 0), first: i, last: i)) }
            if t.isWord(.this), let next = i + 1 < tokens.count ? tokens[i + 1].lower : nil, Self.partsOfDay.contains(next) {
                out.append(DateExpression(value: .relative(days: 0), first: i, last: i + 1))
                i += 2
                continue
            }
            if t.isWord(.last), i + 1 < tokens.count, tokens[i + 1].isWord(.night) {
                out.append(DateExpression(value: .relative(days: -1), first: i, last: i + 1))
                i += 2
                continue
            }
            // "Jan. 22", "June 12, 2018", "March 29"; "May" only when a day follows.
            if t.isCapitalized, let month = months[t.lower] {
                var j = i + 1
                if j < tokens.count, Token.isMark(tokens, j, UInt8(ascii: ".")) { j += 1 }
                if j < tokens.count, let day = dayNumber(tokens[j]) {
                    var last = j
                    var year: Int?
                    var k = j + 1
                    if k < tokens.count, Token.isMark(tokens, k, UInt8(ascii: ",")) { k += 1 }
                    if k < tokens.count, let y = yearNumber(tokens[k]) {
                        year = y
                        last = k
                    }
                    var found = DateExpression(value: .monthDay(month: month, day: day, year: year), first: i, last: last)
                    if year == nil { found.readYearWords(in: tokens) }
                    out.append(found)
                    i = found.last + 1
                    continue
                }
            }
            // "15 April 2019", "3rd June", "21 and 22 July" (the first day), "the 5th of September".
            var monthAt = i + 1
            if monthAt + 1 < tokens.count, ["and", "-", "to"].contains(tokens[monthAt].lower), dayNumber(tokens[monthAt + 1]) != nil { monthAt += 2 }
            if monthAt + 1 < tokens.count, tokens[monthAt].isWord(.of), isOrdinal(t) { monthAt += 1 }
            if let day = dayNumber(t), monthAt < tokens.count, tokens[monthAt].isCapitalized, let month = months[tokens[monthAt].lower] {
                var last = monthAt
                var year: Int?
                if monthAt + 1 < tokens.count, let y = yearNumber(tokens[monthAt + 1]) {
                    year = y
                    last = monthAt + 1
                }
                var found = DateExpression(value: .monthDay(month: month, day: day, year: year), first: i, last: last)
                if year == nil { found.readYearWords(in: tokens) }
                out.append(found)
                i = found.last + 1
                continue
            }
            if let found = dayOfMonth(in: tokens, at: i) {
                out.append(found)
                i = found.last + 1
                continue
            }
            i += 1
        }
        return out
    }

    /// The words before "year" that count a year from the publication's: "on July 27 last year".
    static let yearOffsets: [String: Int] = ["last": -1, "previous": -1, "this": 0, "next": 1]

    /// "July 27 last year", "17 August next year": the year words right after a month and day
    /// with no year, which then end the expression.
    mutating func readYearWords(in tokens: [Token]) {
        let k = last + 1
        guard k + 1 < tokens.count, tokens[k + 1].lower == "year", let offset = Self.yearOffsets[tokens[k].lower] else { return }
        yearsFromPublication = offset
        last = k + 1
    }

    /// The words after "of the ... month" that place a bare day in a month.
    static let monthOffsets: [String: Int] = ["this": 0, "next": 1, "last": -1, "previous": -1]

    /// Words that may follow "on the 14th" when it is a day and not an ordinal before a noun
    /// ("on the 14th floor", "on the 5th round"): the end of a phrase.
    static let afterBareDay: WordSet = [
        ".", ",", ";", ":", ")", "at", "in", "and", "when", "after", "before", "during", "to", "with", "of",
    ]

    /// "on the 14th", "on the 20th of this month": an ordinal day after "on the", closing its
    /// phrase, with no month named.
    static func dayOfMonth(in tokens: [Token], at i: Int) -> DateExpression? {
        guard i >= 2, isOrdinal(tokens[i]), tokens[i - 1].isWord(.the), tokens[i - 2].isWord(.on) || isPartOfDayOf(tokens, at: i - 2),
            let day = dayNumber(tokens[i])
        else { return nil }
        guard i + 1 < tokens.count else { return DateExpression(value: .dayOfMonth(day: day, monthOffset: nil), first: i, last: i) }
        let next = tokens[i + 1].lower
        // "On the morning of the 15th Mr. A will leave": a sentence's opening day before its
        // subject's capitalised name or title.
        let opensBeforeSubject =
            tokens[i + 1].isCapitalized && tokens[i + 1].kind == .word && !months.keys.contains(next)
            && (0..<(i - 1)).allSatisfy { !tokens[$0].isCapitalized || $0 == 0 }
        guard afterBareDay.contains(next) || opensBeforeSubject else { return nil }
        // "the 20th of this month"; "of" before anything else ("the 5th of the talks") is no day.
        if next == "of" {
            guard i + 3 < tokens.count, let offset = monthOffsets[tokens[i + 2].lower], tokens[i + 3].isWord(.month) else { return nil }
            return DateExpression(value: .dayOfMonth(day: day, monthOffset: offset), first: i, last: i + 3)
        }
        return DateExpression(value: .dayOfMonth(day: day, monthOffset: nil), first: i, last: i)
    }

    /// "the morning of the 15th", "the night of the 3rd": "of" at `k` after a part of the day.
    static func isPartOfDayOf(_ tokens: [Token], at k: Int) -> Bool {
        k >= 1 && tokens[k].isWord(.of) && MeetingDateReader.partsOfDay.contains(tokens[k - 1].lower)
    }

    static func dayNumber(_ t: Token) -> Int? {
        var digits = 0
        var value = 0
        for b in t.text.utf8 {
            guard b >= 48 && b <= 57 else { break }
            digits += 1
            // More than two digits is no day; stop before a long number can overflow.
            if digits > 2 { return nil }
            value = value * 10 + Int(b - 48)
        }
        guard digits >= 1, digits <= 2, (1...31).contains(value) else { return nil }
        let rest = t.lower.dropFirst(digits)
        guard rest.isEmpty || ["st", "nd", "rd", "th"].contains(String(rest)) || rest.first == "-" else { return nil }
        return value
    }

    /// "5th", "21st": a day written as an ordinal, which "of" may follow before its month.
    static func isOrdinal(_ t: Token) -> Bool {
        ["st", "nd", "rd", "th"].contains { t.lower.hasSuffix($0) } && dayNumber(t) != nil
    }

    static func yearNumber(_ t: Token) -> Int? {
        guard t.kind == .number, t.text.utf8.count == 4, let y = Int(t.text), (1800...2200).contains(y) else { return nil }
        return y
    }

    /// The day this expression names, given the publication date and whether the event lies
    /// before it (held) or after it (planned). nil when it cannot be pinned.
    func resolve(publication: Day?, future: Bool) -> Day? {
        switch value {
        case .monthDay(let month, let day, let year?):
            return Day(year: year, month: month, day: day)
        case .monthDay(let month, let day, nil):
            guard let pub = publication else { return nil }
            if let years = yearsFromPublication { return Day(year: pub.year + years, month: month, day: day) }
            let nearest = Self.nearest(month: month, day: day, to: pub)
            // A held encounter took place by the publication date (guidelines): "met on February
            // 28" in a September report is the February before, though the next is nearer. (The
            // status stage lets the tense, not the nearest year, decide such a clause.)
            if !future, let d = nearest, d > pub { return Day(year: d.year - 1, month: month, day: day) }
            return nearest
        case .weekday(let wd):
            guard let pub = publication else { return nil }
            let delta = future ? (wd - pub.weekday + 7) % 7 : -((pub.weekday - wd + 7) % 7)
            return pub.adding(days: delta)
        case .relative(let days):
            return publication?.adding(days: days)
        case .dayOfMonth(let day, let offset?):
            guard let pub = publication else { return nil }
            let (year, month) = Self.month(pub.year, pub.month, plus: offset)
            return Day(year: year, month: month, day: day)
        case .dayOfMonth(let day, nil):
            guard let pub = publication else { return nil }
            // The month of publication when the day falls on the encounter's side of it, else
            // the month before (held) or after (planned).
            if future ? day >= pub.day : day <= pub.day { return Day(year: pub.year, month: pub.month, day: day) }
            let (year, month) = Self.month(pub.year, pub.month, plus: future ? 1 : -1)
            return Day(year: year, month: month, day: day)
        }
    }

    /// The month `offset` months from the given one.
    static func month(_ year: Int, _ month: Int, plus offset: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + offset
        return (index / 12, index % 12 + 1)
    }

    /// Whether the expression alone says the day is after the publication date.
    /// The year that puts the day nearest the publication date, the earliest of two as near (as
    /// `min` over the three years in order). A loop, not an array of the years and one of their
    /// days: two or three allocations at every date of a month without a year.
    static func nearest(month: Int, day: Int, to pub: Day) -> Day? {
        var nearest: Day?
        for year in (pub.year - 1)...(pub.year + 1) {
            guard let option = Day(year: year, month: month, day: day) else { continue }
            if let best = nearest, abs(option.ordinal - pub.ordinal) >= abs(best.ordinal - pub.ordinal) { continue }
            nearest = option
        }
        return nearest
    }

    /// A month and day with neither a year nor year words ("on March 3"): the reading that
    /// leaves the year to the nearest day.
    var isYearlessMonthDay: Bool {
        if case .monthDay(_, _, nil) = value { return yearsFromPublication == nil }
        return false
    }

    func isAfter(publication: Day?) -> Bool? {
        guard let pub = publication else { return nil }
        if isYearlessMonthDay, case .monthDay(let month, let day, _) = value {
            guard let d = Self.nearest(month: month, day: day, to: pub) else { return nil }
            return d == pub ? nil : d > pub
        }
        switch value {
        case .monthDay, .relative:
            guard let d = resolve(publication: pub, future: false) else { return nil }
            // The day of publication itself ("today") leaves the tense to say it: an encounter
            // later that day is still to come ("is scheduled to call on B today").
            return d == pub ? nil : d > pub
        case .weekday:
            return nil
        case .dayOfMonth(_, let offset):
            guard let offset else { return nil }
            return offset > 0 ? true : (offset < 0 ? false : nil)
        }
    }
}
