import Extraction
import Testing

// The year of a month and day written without one: "last year" and "next year" after it count
// from the publication's; a past verb of encounter keeps the day on or before publication even
// where the next year's is nearer; a plan keeps the nearest. Own sentences.

@Test func aMonthAndDayLastYearIsInTheYearBefore() throws {
    let body = "President Hage Geingob and President Mokgweetsi Masisi last met on August 19 last year in Gaborone."
    let m = try #require(extract(body, published: "2020-04-06").meeting("Hage Geingob", "Mokgweetsi Masisi"))
    #expect(m.date == Day(iso: "2019-08-19"))
    #expect(m.status == .held)
}

@Test func aMonthAndDayNextYearIsInTheYearAfter() throws {
    let body = "President Hage Geingob will host President Mokgweetsi Masisi in Windhoek on 3 February next year."
    let m = try #require(extract(body, published: "2020-04-06").meeting("Hage Geingob", "Mokgweetsi Masisi"))
    #expect(m.date == Day(iso: "2021-02-03"))
    #expect(m.status == .planned)
}

@Test func aPastVerbKeepsAMonthAndDayBeforePublication() throws {
    let body = "Secretary of State Antony Blinken met President Sadyr Japarov in Bishkek on February 27, officials recalled."
    let m = try #require(extract(body, published: "2023-09-20").meeting("Antony Blinken", "Sadyr Japarov"))
    #expect(m.date == Day(iso: "2023-02-27"))
    #expect(m.status == .held)
}

@Test func heldTalksKeepAMonthAndDayBeforePublication() throws {
    let body = "Secretary of State Antony Blinken held talks with President Sadyr Japarov in Bishkek on February 27."
    let m = try #require(extract(body, published: "2023-09-20").meeting("Antony Blinken", "Sadyr Japarov"))
    #expect(m.date == Day(iso: "2023-02-27"))
}

@Test func aPlanKeepsTheNearestYear() throws {
    let body = "Secretary of State Antony Blinken will meet President Sadyr Japarov in Bishkek on February 27."
    let m = try #require(extract(body, published: "2023-09-20").meeting("Antony Blinken", "Sadyr Japarov"))
    #expect(m.date == Day(iso: "2024-02-27"))
    #expect(m.status == .planned)
}
