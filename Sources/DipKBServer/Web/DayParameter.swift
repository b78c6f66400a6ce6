import Foundation
import Hummingbird

/// A day given in a filter (`from`, `to`), as `dipkb graph` takes it: YYYY-MM-DD, a real day.
enum DayParameter {
    static func validated(_ value: String?, name: String) throws -> String? {
        guard let value else { return nil }
        guard value.count == 10, value.allSatisfy(\.isASCII), isRealDay(value) else {
            throw HTTPError(.badRequest, message: "\(name) needs a real day as YYYY-MM-DD, not \"\(value)\"")
        }
        return value
    }

    /// True when the text is YYYY-MM-DD and names a day of the calendar (no 31 April).
    static func isRealDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month)),
            let days = calendar.range(of: .day, in: .month, for: date)
        else { return false }
        return days.contains(day)
    }
}
