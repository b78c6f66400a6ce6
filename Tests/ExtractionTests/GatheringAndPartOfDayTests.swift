import Extraction
import Testing

// An encounter "on the sidelines of the summit" with no day of its own falls on the summit's one
// day, told before; not where the article gives the summit two days. "That afternoon", "the same
// morning" go on with the day just told: the day of the sentence before when it reported no
// encounter, else the day of the encounter just reported. Own sentences.

@Test func anEncounterOnTheSidelinesFallsOnTheSummitsDay() {
    let body = """
        ASTANA, June 9 (Wire) - The leaders of the Caspian states signed a fishing accord at their summit here yesterday.

        Kazakh President Kassym Tokayev hosted Azerbaijani President Ilham Aliyev, Russian President Vladimir Putin and Iranian \
        President Hassan Rouhani at the Akorda palace.

        On the sidelines of the summit, Putin and Rouhani held a separate meeting on oil pipelines.
        """
    let m = extract(body, published: "2021-06-09").meetings.first { Set($0.participants) == ["Vladimir Putin", "Hassan Rouhani"] }
    #expect(m?.date == Day(iso: "2021-06-08"))
}

/// A summit given two days: the encounter on its sidelines may fall on either.
@Test func anEncounterOnTheSidelinesOfATwoDaySummitKeepsNoDay() {
    let body = """
        ASTANA, June 9 (Wire) - The leaders of the Caspian states signed a fishing accord at their summit here yesterday.

        Kazakh President Kassym Tokayev hosted Azerbaijani President Ilham Aliyev, Russian President Vladimir Putin and Iranian \
        President Hassan Rouhani at the Akorda palace. The summit had opened on Sunday with a dinner.

        On the sidelines of the summit, Putin and Rouhani held a separate meeting on oil pipelines.
        """
    let m = extract(body, published: "2021-06-09").meetings.first { Set($0.participants) == ["Vladimir Putin", "Hassan Rouhani"] }
    #expect(m != nil)
    #expect(m?.date == nil)
}

@Test func thatAfternoonGoesOnWithTheDayOfTheEncounterJustReported() {
    let body = """
        President Lena Holm of Sweden received Prime Minister Jonas Berg of Norway in Stockholm on Monday morning. \
        Holm met Finnish President Sauli Niinisto that afternoon.
        """
    let m = extract(body, published: "2019-06-12").meeting("Lena Holm", "Sauli Niinisto")
    #expect(m?.date == Day(iso: "2019-06-10"))
}

@Test func theSameMorningGoesOnWithTheDayJustTold() {
    let body = """
        Pakistani Prime Minister Imran Khan met Bangladeshi Prime Minister Sheikh Hasina on Thursday morning, \
        and Sri Lankan President Gotabaya Rajapaksa received Nepalese Prime Minister K.P. Sharma Oli the same morning.
        """
    let m = extract(body, published: "2019-06-15").meeting("Gotabaya Rajapaksa", "K.P. Sharma Oli")
    #expect(m?.date == Day(iso: "2019-06-13"))
}

/// The sentence before tells a day and reports no encounter: "that afternoon" is of that day.
@Test func thatAfternoonAfterADayToldWithoutAnEncounterIsThatDay() {
    let body = """
        CANCUN, April 1 (Wire) - Presidents Ana Ruiz of Mexico and Tom Hale of Canada met for their closing session on Friday morning.

        The summit had opened on Thursday with a dinner. Ruiz and Hale met here that afternoon for an hour on trade.
        """
    let facts = extract(body, published: "2006-04-01")
    #expect(facts.meetings.contains { Set($0.participants) == ["Ana Ruiz", "Tom Hale"] && $0.date == Day(iso: "2006-03-30") })
    #expect(facts.meetings.contains { Set($0.participants) == ["Ana Ruiz", "Tom Hale"] && $0.date == Day(iso: "2006-03-31") })
}

/// "received in the afternoon", mid-sentence: the day just told, as at the sentence's start.
@Test func inTheAfternoonMidSentenceGoesOnWithTheDayJustTold() {
    let body = """
        BEIJING, July 22 (Wire) - Foreign Minister Yang Jiechi held talks with his Russian counterpart Sergei Lavrov in Beijing on Monday. \
        Lavrov was received in the afternoon by Premier Wen Jiabao at Zhongnanhai.
        """
    let m = extract(body, published: "2008-07-22").meeting("Sergei Lavrov", "Wen Jiabao")
    #expect(m?.date == Day(iso: "2008-07-21"))
}

/// "before the retreat opened": on the retreat's one day, told before.
@Test func anEncounterBeforeTheSummitOpenedFallsOnTheSummitsDay() {
    let body = """
        NADI, Oct 26 (Wire) - Pacific leaders held their annual retreat at a resort near Nadi on Wednesday.

        The leaders signed a statement on fisheries.

        Fijian Prime Minister Laisenia Qarase and New Zealand Prime Minister Helen Clark met for forty minutes before the retreat opened.
        """
    let m = extract(body, published: "2006-10-26").meeting("Laisenia Qarase", "Helen Clark")
    #expect(m?.date == Day(iso: "2006-10-25"))
}
