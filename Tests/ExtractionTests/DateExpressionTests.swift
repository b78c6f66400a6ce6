import Testing

@testable import Extraction

private func tokens(_ text: String) -> [Token] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { Tokenizer.tokens($0, from: 0, to: $0.count) }
}

@Test func weekdaysResolveBackForHeldAndForwardForPlanned() {
    let wednesday = Day(year: 2019, month: 1, day: 16)!
    let monday = DateExpression.find(in: tokens("on Monday"))[0]
    #expect(monday.resolve(publication: wednesday, future: false)?.description == "2019-01-14")
    #expect(monday.resolve(publication: wednesday, future: true)?.description == "2019-01-21")
    let sameDay = DateExpression.find(in: tokens("on Wednesday"))[0]
    #expect(sameDay.resolve(publication: wednesday, future: false) == wednesday)
    #expect(monday.resolve(publication: nil, future: false) == nil)
}

@Test func monthAndDayTakeTheNearestYear() {
    let pub = Day(year: 2019, month: 1, day: 16)!
    let jan22 = DateExpression.find(in: tokens("on Jan. 22"))[0]
    #expect(jan22.resolve(publication: pub, future: true)?.description == "2019-01-22")
    let dec30 = DateExpression.find(in: tokens("on December 30"))[0]
    #expect(dec30.resolve(publication: pub, future: false)?.description == "2018-12-30")
    let full = DateExpression.find(in: tokens("on 15 April 2019"))[0]
    #expect(full.resolve(publication: nil, future: false)?.description == "2019-04-15")
    #expect(DateExpression.find(in: tokens("in May they")).isEmpty)
}

/// Found by the fuzzer: a number of 20 digits next to a meeting overflowed the day parser.
@Test func longNumbersAreNotDaysAndDoNotOverflow() {
    #expect(DateExpression.find(in: tokens("on 12345678901234567890 Monday")).count == 1)
    let f = Extractor().extract(Article(body: "Lavrov met Kono on 12345678901234567890 Monday."))
    #expect(f.sentences.count == 1)
}

@Test func ordinalDaysAndDayRanges() {
    let pub = Day(year: 2004, month: 6, day: 7)!
    #expect(DateExpression.find(in: tokens("on 21st June"))[0].resolve(publication: pub, future: true)?.description == "2004-06-21")
    #expect(DateExpression.find(in: tokens("on 21 and 22 July"))[0].resolve(publication: pub, future: true)?.description == "2004-07-21")
}

@Test func possessiveWeekdays() {
    let f = Extractor().extract(
        Article(
            date: Day(year: 2019, month: 1, day: 16),
            body:
                "Japanese Foreign Minister Taro Kono and Russian Foreign Minister Sergei Lavrov held Monday's talks in Moscow."))
    #expect(f.meetings.first?.date?.description == "2019-01-14")
}

@Test func anOrdinalDayOfAMonth() {
    let f = extract("Ambassador Tomas Rell called on Minister Anna Berg on the 5th of September 2023.")
    #expect(f.meetings.first?.date == Day(iso: "2023-09-05"))
    // A bare number before "of" is a count, not a day.
    let g = extract("Minister Anna Berg received Ambassador Tomas Rell with 5 of May's delegates.", published: "2023-09-08")
    #expect(g.meetings.first?.date == nil)
}

@Test func aBareOrdinalDayTakesTheNearestMonthOnTheEncountersSide() {
    let pub = Day(year: 2024, month: 1, day: 10)!
    let the14th = DateExpression.find(in: tokens("they will meet on the 14th."))
    #expect(the14th.count == 1)
    #expect(the14th.first?.resolve(publication: pub, future: true)?.description == "2024-01-14")
    #expect(the14th.first?.resolve(publication: pub, future: false)?.description == "2023-12-14")
    let the3rd = DateExpression.find(in: tokens("they will meet on the 3rd in Lome"))[0]
    #expect(the3rd.resolve(publication: pub, future: true)?.description == "2024-02-03")
    #expect(the3rd.resolve(publication: pub, future: false)?.description == "2024-01-03")
    let nextMonth = DateExpression.find(in: tokens("on the 20th of next month"))[0]
    #expect(nextMonth.resolve(publication: pub, future: true)?.description == "2024-02-20")
    #expect(nextMonth.isAfter(publication: pub) == true)
    #expect(nextMonth.resolve(publication: nil, future: true) == nil)
    // Ordinals before a noun, or without "on the", are no days.
    #expect(DateExpression.find(in: tokens("talks on the 5th floor")).isEmpty)
    #expect(DateExpression.find(in: tokens("the 20th anniversary of the treaty")).isEmpty)
    #expect(DateExpression.find(in: tokens("on the 5th of the talks")).isEmpty)
}

// "A said on Monday during talks with B that ...": the day of the saying is the talks'. Sentences
// written for these tests.
@Test func theDayOfWhatWasSaidDuringTalksIsTheTalksDay() {
    let f = extract(
        "Estonian Foreign Minister Ivo Kasek warned on Monday during his talks with Latvian Foreign Minister Aldo Perrin that the bridge was late.",
        published: "2023-05-31")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.date == Day(iso: "2023-05-29"))
}

@Test func theDayOfWhatWasSaidAboutTalksIsNotTheirs() {
    let f = extract(
        "Estonian Foreign Minister Ivo Kasek warned on Monday that he would hold talks with Latvian Foreign Minister Aldo Perrin.", published: "2023-05-31")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.date == nil)
}

// A day counted in a quote ("tomorrow") is counted from when it was said: a month and day the
// report gives outside the quote wins. Sentences written for these tests.
@Test func aQuotedTomorrowYieldsToTheDayTheReportGives() {
    let f = extract(
        "\"Vice President Aldo Perrin and I sit down tomorrow,\" President Ivo Kasek told the radio before the meeting held at the palace on April 14.",
        published: "2010-04-16")
    let m = f.meeting("Ivo Kasek", "Aldo Perrin")
    #expect(m?.date == Day(iso: "2010-04-14"))
    #expect(m?.status == .held)
}

@Test func aQuotedTomorrowAloneIsCountedFromThePublication() {
    let f = extract(
        "\"Vice President Aldo Perrin and I sit down tomorrow,\" President Ivo Kasek told the radio.", published: "2010-04-16")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.date == Day(iso: "2010-04-17"))
}

// "said in a media release on Sunday": the day of the release, not of the meeting it announces.
// Sentences written for this test.
@Test func theDayOfAMediaReleaseIsNoMeetingsDay() {
    let f = extract(
        "Foreign Minister Ivo Kasek will hold talks with Prime Minister Aldo Perrin on the trip, his office said in a media release on Sunday.",
        published: "2022-08-29")
    let m = f.meeting("Ivo Kasek", "Aldo Perrin")
    #expect(m?.status == .planned)
    #expect(m?.date == nil)
}
