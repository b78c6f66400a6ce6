import Extraction
import Testing

// A day of the month that opens a sentence before its subject ("On the 15th A will meet B"),
// also as a part of that day ("On the morning of the 15th A will leave for C, where ..."), is the
// encounter's day. Inside a sentence, an ordinal before a capitalised word is a name's ("the 5th
// Avenue hotel"), no day. Own sentences.

@Test func anOrdinalDayOpeningTheSentenceDatesTheEncounter() throws {
    let body = """
        TASHKENT - Foreign Minister Vladimir Norov received Foreign Minister Sirojiddin Aslov today.

        On the 15th Aslov will meet Foreign Minister Kairat Abdrakhmanov in Astana.
        """
    let m = try #require(extract(body, published: "2018-03-13").meeting("Sirojiddin Aslov", "Kairat Abdrakhmanov"))
    #expect(m.date == Day(iso: "2018-03-15"))
}

@Test func aPartOfTheDayOfAnOrdinalDayDatesTheEncounter() throws {
    let body = """
        TASHKENT - Foreign Minister Vladimir Norov received Foreign Minister Sirojiddin Aslov today.

        On the morning of the 15th Mr. Aslov will leave for Astana, where he is to hold talks with Foreign Minister Kairat Abdrakhmanov.
        """
    let m = try #require(extract(body, published: "2018-03-13").meeting("Sirojiddin Aslov", "Kairat Abdrakhmanov"))
    #expect(m.date == Day(iso: "2018-03-15"))
}

@Test func anOrdinalBeforeANameInsideASentenceIsNoDay() throws {
    let body = "Foreign Minister Sirojiddin Aslov met Foreign Minister Kairat Abdrakhmanov at a hotel on the 5th Avenue in Astana."
    let m = try #require(extract(body, published: "2018-03-13").meeting("Sirojiddin Aslov", "Kairat Abdrakhmanov"))
    #expect(m.date == nil)
}
