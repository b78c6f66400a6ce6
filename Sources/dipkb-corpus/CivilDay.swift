/// A calendar day as a count of days since 1970-01-01, with the news spellings of its parts.
struct CivilDay {
    let ordinal: Int

    /// Howard Hinnant's civil_from_days.
    var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func from(year: Int, month: Int, day: Int) -> CivilDay {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return CivilDay(ordinal: era * 146_097 + doe - 719_468)
    }

    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    /// Associated Press month style, as wire copy writes dates ("Jan. 22", "March 3").
    static let pressMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    var weekday: String { CivilDay.weekdays[((ordinal % 7) + 7 + 4) % 7] }

    var press: String {
        let c = components
        return "\(CivilDay.pressMonths[c.month - 1]) \(c.day)"
    }

    var iso: String {
        let c = components
        return "\(c.year)-\(c.month < 10 ? "0" : "")\(c.month)-\(c.day < 10 ? "0" : "")\(c.day)"
    }

    func adding(_ days: Int) -> CivilDay { CivilDay(ordinal: ordinal + days) }
}
