import ArticleModel
import Foundation

/// Publication dates as sources write them: `2019-01-15`, ISO 8601 timestamps, RFC 822
/// (`Tue, 15 Jan 2019 10:00:00 GMT`), `January 15, 2019`, `15 January 2019`, Unix seconds.
/// A date that cannot be right (no such day, a year before 1800 or after next year) is
/// ignored with a warning rather than refusing the article: the text is still worth having.
enum ArticleDate {
    enum Reading: Equatable {
        case day(Day)
        /// The fields parse but name no real day (February 30th).
        case unreal
        case implausible(year: Int)
        case unreadable
    }

    static let plausibleYears: ClosedRange<Int> = {
        let today = Day(ordinal: Int(Date().timeIntervalSince1970 / 86_400))
        return 1800...(today.year + 1)
    }()

    /// The first candidate that gives a plausible day; otherwise the default date, with a
    /// warning about the first candidate when there was one.
    static func resolve(_ candidates: [String], default fallback: Day?) -> (day: Day?, warning: String?) {
        var firstProblem: (String, Reading)?
        for candidate in candidates {
            let reading = read(candidate)
            if case .day(let day) = reading { return (day, nil) }
            if firstProblem == nil { firstProblem = (candidate, reading) }
        }
        guard let (text, reading) = firstProblem else { return (fallback, nil) }
        let shown = text.count > 60 ? String(text.prefix(60)) + "..." : text
        var warning: String
        switch reading {
        case .unreal: warning = "date \"\(shown)\" is not a real day"
        case .implausible(let year):
            warning = "date \"\(shown)\" has an implausible year \(year) (accepted: \(plausibleYears.lowerBound)-\(plausibleYears.upperBound))"
        case .unreadable, .day: warning = "date \"\(shown)\" not understood"
        }
        warning += fallback.map { ", ignored; using the default date \($0)" } ?? ", ignored; the article has no date"
        return (fallback, warning)
    }

    static func read(_ text: String) -> Reading {
        var bytes = Array(text.utf8)
        while let last = bytes.last, TextBytes.isSpace(last) { bytes.removeLast() }
        guard let start = TextBytes.firstNonSpace(bytes) else { return .unreadable }
        bytes.removeFirst(start)
        if let iso = readNumeric(bytes) { return iso }
        return readWritten(bytes)
    }

    /// From Unix seconds (or milliseconds, as JavaScript writes them) to a calendar day in UTC.
    static func day(fromEpoch value: Double) -> String? {
        guard value.isFinite else { return nil }
        let seconds = abs(value) > 1e11 ? value / 1000 : value
        guard abs(seconds) < 1e13 else { return nil }
        return Day(ordinal: Int((seconds / 86_400).rounded(.down))).description
    }

    private static func check(year: Int, month: Int, day: Int) -> Reading {
        guard (1...12).contains(month), (1...31).contains(day) else { return .unreal }
        guard plausibleYears.contains(year) else { return .implausible(year: year) }
        return Day(year: year, month: month, day: day).map(Reading.day) ?? .unreal
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// `YYYY-MM-DD` (also with `/` or `.`, one-digit month or day, any time after it) and `YYYYMMDD`.
    private static func readNumeric(_ b: [UInt8]) -> Reading? {
        var i = 0
        func number(maxDigits: Int) -> Int? {
            var value = 0
            var digits = 0
            while i < b.count, digits < maxDigits, isDigit(b[i]) {
                value = value * 10 + Int(b[i] - 0x30)
                i += 1
                digits += 1
            }
            return digits == 0 ? nil : value
        }
        if b.count == 8, b.allSatisfy(isDigit) {
            guard let y = number(maxDigits: 4), let m = number(maxDigits: 2), let d = number(maxDigits: 2) else { return nil }
            return check(year: y, month: m, day: d)
        }
        guard b.count >= 8, b[0...3].allSatisfy(isDigit), [0x2D, 0x2F, 0x2E].contains(b[4]) else { return nil }
        let separator = b[4]
        guard let y = number(maxDigits: 4) else { return nil }
        i += 1
        guard let m = number(maxDigits: 2), i < b.count, b[i] == separator else { return .unreadable }
        i += 1
        guard let d = number(maxDigits: 2) else { return .unreadable }
        // What follows must be a time, not more digits ("2019-01-155").
        if i < b.count, isDigit(b[i]) { return .unreadable }
        return check(year: y, month: m, day: d)
    }

    private static let months: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december",
        ]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// A month name with a day and a year around it, in either order; times, weekdays and
    /// zones are passed over.
    private static func readWritten(_ b: [UInt8]) -> Reading {
        var month: Int?
        var numbers: [(value: Int, digits: Int)] = []
        var i = 0
        while i < b.count, numbers.count < 2 || month == nil {
            let c = b[i]
            if isDigit(c) {
                let start = i
                var value = 0
                while i < b.count, isDigit(b[i]) {
                    if i - start < 9 { value = value * 10 + Int(b[i] - 0x30) }
                    i += 1
                }
                let isTime = (i < b.count && b[i] == 0x3A) || (start > 0 && b[start - 1] == 0x3A)
                // "+0000", " -0500": a zone offset; "15-Jan-2019" keeps its dashes as separators.
                let isZone = start > 0 && (b[start - 1] == 0x2B || (b[start - 1] == 0x2D && (start == 1 || b[start - 2] == 0x20)))
                if !isTime && !isZone { numbers.append((value, i - start)) }
                // "15th", "1st": the ordinal suffix is not a word to look up.
                if i + 1 < b.count, ["st", "nd", "rd", "th"].contains(String(decoding: [b[i] | 0x20, b[i + 1] | 0x20], as: UTF8.self)) {
                    i += 2
                }
            } else if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A {
                let start = i
                while i < b.count, (b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7A { i += 1 }
                if month == nil {
                    let word = String(decoding: b[start..<i].map { $0 | 0x20 }, as: UTF8.self)
                    month = months[word]
                }
            } else {
                i += 1
            }
        }
        guard let month, numbers.count == 2 else { return .unreadable }
        let (first, second) = (numbers[0], numbers[1])
        var year: Int
        var day: Int
        if first.digits == 4 {
            (year, day) = (first.value, second.value)
        } else {
            (day, year) = (first.value, second.value)
            // RFC 822 allows two-digit years.
            if second.digits <= 2 { year += year < 50 ? 2000 : 1900 }
        }
        return check(year: year, month: month, day: day)
    }
}
