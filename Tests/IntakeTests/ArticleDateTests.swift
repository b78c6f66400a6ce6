import ArticleModel
import Testing

@testable import Intake

@Test(arguments: [
    ("2019-01-15", "2019-01-15"),
    ("2019-1-5", "2019-01-05"),
    ("2019/01/15", "2019-01-15"),
    ("20190115", "2019-01-15"),
    ("2019-01-15T10:00:00Z", "2019-01-15"),
    ("2019-01-15T23:59:59.123+09:00", "2019-01-15"),
    ("2019-01-15 10:00", "2019-01-15"),
    (" \t2019-01-15 ", "2019-01-15"),
    ("Tue, 15 Jan 2019 10:00:00 GMT", "2019-01-15"),
    ("15 Jan 2019 10:00:00 +0000", "2019-01-15"),
    ("Tue, 15 Jan 19 10:00:00 -0500", "2019-01-15"),
    ("January 15, 2019", "2019-01-15"),
    ("Jan. 15th, 2019", "2019-01-15"),
    ("15 September 2018", "2018-09-15"),
    ("15-Sep-2018", "2018-09-15"),
    ("Sept 3 2018", "2018-09-03"),
    ("2016-02-29", "2016-02-29"),
])
func datesRead(text: String, expected: String) {
    #expect(ArticleDate.read(text) == .day(Day(iso: expected)!))
}

@Test func badDates() {
    #expect(ArticleDate.read("2019-02-30") == .unreal)
    #expect(ArticleDate.read("2019-13-01") == .unreal)
    #expect(ArticleDate.read("2018-02-29") == .unreal)
    #expect(ArticleDate.read("0000-01-01") == .implausible(year: 0))
    #expect(ArticleDate.read("1799-12-31") == .implausible(year: 1799))
    #expect(ArticleDate.read("9999-12-31") == .implausible(year: 9999))
    #expect(ArticleDate.read("\(ArticleDate.plausibleYears.upperBound + 1)-01-01") == .implausible(year: ArticleDate.plausibleYears.upperBound + 1))
    #expect(ArticleDate.read("1800-01-01") == .day(Day(year: 1800, month: 1, day: 1)!))
    for text in ["", "yesterday", "2019", "January 2019", "15/01/2019", "2019-01-155", "Tue, 32 Jan 2019"] {
        #expect(ArticleDate.read(text) != .day(Day(year: 2019, month: 1, day: 15)!), "\(text)")
        if case .day = ArticleDate.read(text) { Issue.record("\(text) should not read as a day") }
    }
}

@Test func epochDates() {
    #expect(ArticleDate.day(fromEpoch: 1_547_510_400) == "2019-01-15")
    #expect(ArticleDate.day(fromEpoch: 1_547_510_400_000) == "2019-01-15")
    #expect(ArticleDate.day(fromEpoch: .nan) == nil)
}

@Test func resolvePicksTheFirstGoodCandidateAndWarnsOtherwise() {
    let fallback = Day(year: 2020, month: 1, day: 1)
    #expect(ArticleDate.resolve(["soon", "2019-01-15"], default: fallback) == (Day(year: 2019, month: 1, day: 15), nil))
    let (day, warning) = ArticleDate.resolve(["soon"], default: nil)
    #expect(day == nil)
    #expect(warning == "date \"soon\" not understood, ignored; the article has no date")
    #expect(ArticleDate.resolve([], default: fallback) == (fallback, nil))
}
