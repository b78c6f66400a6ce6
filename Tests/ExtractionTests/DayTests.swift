import Testing

@testable import Extraction

@Test func dayOrdinalRoundTripsAndKnowsWeekdays() {
    let d = Day(year: 2019, month: 1, day: 16)!
    #expect(d.weekday == 3)  // a Wednesday
    #expect(Day(ordinal: d.ordinal) == d)
    #expect(d.adding(days: -2).description == "2019-01-14")
    #expect(Day(year: 2019, month: 2, day: 29) == nil)
    #expect(Day(iso: "2024-02-29T10:00:00Z")?.description == "2024-02-29")
}
