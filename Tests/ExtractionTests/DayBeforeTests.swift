import Extraction
import Testing

// "the previous evening", "the night before", "on the eve of the talks": the day before the
// encounter reported just before. "the day before yesterday" is two days before publication.
// "the evening before flying home" names no earlier day. Own sentences.

@Test func thePreviousEveningIsTheDayBeforeTheEncounterReported() throws {
    let body = """
        Prime Minister John Peters of Jamaica met President Luis Marquez of Venezuela in Puerto Cruz on Wednesday, after the energy accord was signed.

        Peters had a private dinner with Marquez the previous evening at the guest house, officials said.
        """
    let f = extract(body, published: "2005-07-01")
    #expect(Set(f.meetings.compactMap(\.date)) == [Day(iso: "2005-06-29")!, Day(iso: "2005-06-28")!])
}

@Test func theEveOfTheTalksIsTheDayBeforeThem() throws {
    let body = """
        President Ivan Petrov held talks with President Aslan Bekov in Astana on Thursday.

        On the eve of the talks, Petrov met Prime Minister Olga Sidorova at the presidential residence.
        """
    let m = try #require(extract(body, published: "2014-05-30").meeting("Ivan Petrov", "Olga Sidorova"))
    #expect(m.date == Day(iso: "2014-05-28"))
}

@Test func theDayBeforeYesterdayIsTwoDaysBeforePublication() throws {
    let body = "The day before yesterday, President Ivan Petrov met Prime Minister Olga Sidorova in Astana."
    let m = try #require(extract(body, published: "2014-05-30").meeting("Ivan Petrov", "Olga Sidorova"))
    #expect(m.date == Day(iso: "2014-05-28"))
}

@Test func theEveningBeforeFlyingHomeIsTheSameDay() throws {
    let body = """
        Foreign Minister Ana Cruz arrived in Lima on Monday for talks with Foreign Minister Jorge Vega.

        She is due to meet President Rosa Salas at the palace in the evening before flying home.
        """
    let m = try #require(extract(body, published: "2014-05-26").meeting("Ana Cruz", "Rosa Salas"))
    #expect(m.date != Day(iso: "2014-05-25"))
}
