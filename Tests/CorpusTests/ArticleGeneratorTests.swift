import Testing

@testable import dipkb_corpus

@Test func sameSeedGivesSameArticlesAndOtherSeedsDiffer() {
    var a = ArticleGenerator(seed: 42)
    var b = ArticleGenerator(seed: 42)
    var c = ArticleGenerator(seed: 43)
    for _ in 0..<50 {
        let x = a.next()
        let y = b.next()
        let z = c.next()
        #expect(x.body == y.body && x.title == y.title && x.date == y.date && x.url == y.url)
        #expect(x.body != z.body)
    }
}

@Test func articlesAreAboutThreeKilobytesOfParagraphsWithIsoDates() {
    var g = ArticleGenerator(seed: 1)
    for _ in 0..<200 {
        let a = g.next()
        #expect((2700...3900).contains(a.body.count))
        #expect(a.date.utf8.count == 10 && a.date.dropFirst(4).first == "-")
        #expect(String(decoding: a.body, as: UTF8.self).contains("\n\n"))
        #expect(!a.title.isEmpty && a.url.hasPrefix("https://"))
    }
}

@Test func splitMixMatchesTheReferenceSequence() {
    // First outputs of SplitMix64 seeded with 0 (Vigna's reference implementation).
    var r = SplitMix64(seed: 0)
    #expect(r.next() == 0xE220_A839_7B1D_CDAF)
    #expect(r.next() == 0x6E78_9E6A_A1B9_65F4)
}

@Test func calendarRoundTripsAndNamesWeekdays() {
    let d = CivilDay.from(year: 2019, month: 1, day: 16)
    #expect(d.iso == "2019-01-16")
    #expect(d.weekday == "Wednesday")
    #expect(d.adding(6).press == "Jan. 22")
    #expect(CivilDay.from(year: 2024, month: 2, day: 28).adding(1).iso == "2024-02-29")
}
