import Extraction
import Testing

@Test func heldAndPlannedMeetingsWithDatesAndPlaces() {
    let f = extract(
        """
        Japanese Foreign Minister Taro Kono held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Monday.
        Japanese Prime Minister Shinzo Abe is to have discussions with Russian President Vladimir Putin on Jan. 22.
        """, published: "2019-01-16")
    #expect(f.pairs == [["Sergei Lavrov", "Taro Kono"], ["Shinzo Abe", "Vladimir Putin"]])
    let held = f.meeting("Taro Kono", "Sergei Lavrov")
    #expect(held?.status == .held)
    #expect(held?.date?.description == "2019-01-14")
    #expect(held?.place == "Moscow")
    #expect(held?.mode == .inPerson)
    let planned = f.meeting("Shinzo Abe", "Vladimir Putin")
    #expect(planned?.status == .planned)
    #expect(planned?.date?.description == "2019-01-22")
}

@Test func weekdayWithoutPublicationDateGivesNoDay() {
    let f = extract("French President Emmanuel Macron met German Chancellor Olaf Scholz on Wednesday.")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.date == nil)
    #expect(f.meetings.first?.datePrecision == .unresolved)
}

@Test func callsCounterpartsAndTheTwoLeaders() {
    let f = extract(
        """
        Foreign Minister Yoshimasa Hayashi held telephone talks with his Chinese counterpart, Wang Yi, on Thursday.
        The two ministers agreed to cooperate, Japan said.
        """, published: "2021-11-19")
    #expect(f.pairs == [["Wang Yi", "Yoshimasa Hayashi"]])
    #expect(f.meetings.first?.mode == .call)
    #expect(f.meetings.first?.date?.description == "2021-11-18")
    #expect(f.person("Yoshimasa Hayashi")?.country == "JPN")
}

@Test func coordinatedSubjectsAndPlannedExpectations() {
    let f = extract(
        """
        Indian Foreign Minister Natwar Singh and Pakistani Foreign Minister Khurshid Kasuri are expected to meet in Islamabad on July 21.
        """, published: "2004-07-10")
    #expect(f.pairs == [["Khurshid Kasuri", "Natwar Singh"]])
    #expect(f.meetings.first?.status == .planned)
    #expect(f.meetings.first?.place == "Islamabad")
    #expect(f.meetings.first?.date?.description == "2004-07-21")
}

@Test func speechesConferencesRefusalsAndProposalsAreNotMeetings() {
    let f = extract(
        """
        US President Donald Trump addressed the UN General Assembly on Tuesday.
        Russian Foreign Minister Sergei Lavrov told a news conference that Japan must accept the results of the war.
        Chinese President Xi Jinping refused to meet Japanese Prime Minister Yoshihiko Noda.
        Noda proposed a summit with Xi.
        Lavrov said in an interview that he hoped to meet Kono.
        """, published: "2012-10-23")
    #expect(f.meetings.isEmpty)
}

@Test func oneEncounterInSeveralSentencesIsOneMeeting() {
    let f = extract(
        """
        In Paris on Wednesday, German Chancellor Olaf Scholz was hosted for lunch by French President Emmanuel Macron.
        Scholz and Macron talked well past the hour their aides had set.
        """, published: "2022-10-26")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.place == "Paris")
    #expect(f.meetings.first?.date?.description == "2022-10-26")
    #expect(f.meetings.first?.evidence.count == 2)
}

@Test func speakersAreNotParticipants() {
    let f = extract(
        """
        President Salva Kiir will hold talks next week with visiting Sudanese President Umar al-Bashir, information minister Michael Makuei Lueth said.
        """, published: "2013-10-15")
    #expect(f.pairs == [["Salva Kiir", "Umar al-Bashir"]])
    #expect(f.meetings.first?.status == .planned)
}

@Test func anEarlierMeetingElsewhereIsAnotherMeeting() {
    let f = extract(
        """
        Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin met in Sochi on Wednesday.
        Erdogan last met Putin in Moscow in March 2020.
        """, published: "2021-09-30")
    #expect(f.meetings.count == 2)
    #expect(f.meetings.map(\.place) == ["Sochi", "Moscow"])
    #expect(f.meetings.last?.date == nil)
}

@Test func aCounterpartNamedElsewhereIsTheOneWithTheSameOffice() {
    let f = extract(
        """
        Russian President Vladimir Putin spoke on Monday.
        Turkish Foreign Minister Mevlut Cavusoglu is scheduled to hold talks with his Russian counterpart next month.
        Russian Foreign Minister Sergei Lavrov said he was ready.
        """, published: "2021-09-30")
    #expect(f.pairs == [["Mevlut Cavusoglu", "Sergei Lavrov"]])
    #expect(f.meetings.first?.status == .planned)
}

@Test func hyphenatedSurnamesNameBothParticipants() {
    let f = extract(
        """
        US President Donald Trump and North Korean leader Kim Jong Un exchanged letters.
        The Trump-Kim summit will be held in Singapore on June 12.
        """, published: "2018-05-27")
    #expect(f.pairs == [["Donald Trump", "Kim Jong Un"]])
    #expect(f.meetings.first?.status == .planned)
    #expect(f.meetings.first?.place == "Singapore")
    #expect(f.meetings.first?.date?.description == "2018-06-12")
}

@Test func thePluralReferenceAddsNoOneWhenTheClauseNamesTwo() {
    let f = extract(
        """
        Chinese President Xi Jinping and U.S. President Joe Biden held their first in-person meeting on Monday in Bali.
        Xi also met Australian Prime Minister Anthony Albanese on Tuesday, the first such meeting between the two countries' leaders since 2016.
        """, published: "2022-11-16")
    #expect(f.pairs == [["Joe Biden", "Xi Jinping"], ["Anthony Albanese", "Xi Jinping"]])
    #expect(f.meetings.last?.date?.description == "2022-11-15")
}

@Test func callsTheVerbDoesNotMakeACall() {
    let f = extract(
        """
        Russian Foreign Minister Sergei Lavrov held talks with Japanese Foreign Minister Taro Kono in Moscow on Monday.
        The two ministers discussed the Kuril Islands, which Japan calls the Northern Territories.
        """, published: "2019-01-16")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.mode == .inPerson)
}

@Test func talksScheduledForADayArePlanned() {
    let f = extract(
        """
        Talks between Russian Foreign Minister Sergei Lavrov and his Japanese counterpart Taro Kono are scheduled for Friday in Tokyo.
        Last week, Lavrov held phone talks with U.S. Secretary of State Mike Pompeo.
        """, published: "2019-05-08")
    #expect(f.meeting("Sergei Lavrov", "Taro Kono")?.status == .planned)
    #expect(f.meeting("Sergei Lavrov", "Taro Kono")?.date?.description == "2019-05-10")
    #expect(f.meeting("Sergei Lavrov", "Mike Pompeo")?.status == .held)
    #expect(f.meeting("Sergei Lavrov", "Mike Pompeo")?.date == nil)
    #expect(f.meeting("Sergei Lavrov", "Mike Pompeo")?.mode == .call)
}

@Test func anUnnamedGroupKeepsItsPronounAndItsPlace() {
    let f = extract(
        """
        Mexican President Andrés Manuel López Obrador and his Guatemalan counterpart Bernardo Arévalo met on the border on Monday.
        The prime ministers of Spain and Portugal will hold their annual summit in Faro next month.
        Argentina's foreign minister, Diana Mondino, is due to visit China in April to meet Foreign Minister Wang Yi.
        Blinken praised Lula.
        """, published: "2024-02-20")
    #expect(f.pairs == [["Andrés Manuel López Obrador", "Bernardo Arévalo"], ["Diana Mondino", "Wang Yi"]])
    #expect(f.meeting("Diana Mondino", "Wang Yi")?.place == nil)
    #expect(f.meeting("Diana Mondino", "Wang Yi")?.status == .planned)
}

@Test func aWordInsideOneKnownNameIsThatPerson() {
    let f = extract(
        """
        Brazil's President Luiz Inácio Lula da Silva received U.S. Secretary of State Antony Blinken in Brasília on Wednesday.
        Blinken and Lula discussed the war.
        """, published: "2024-02-22")
    #expect(f.person("Luiz Inácio Lula da Silva")?.mentions.count == 2)
    #expect(f.meetings.count == 1)
}

@Test func othersWhoTookPartJoinTheMeetingJustReported() {
    let f = extract(
        """
        President Biden and Russian President Vladimir Putin met for nearly four hours in Geneva on Wednesday.
        Biden said he told Putin that infrastructure should be off-limits.
        Secretary of State Antony Blinken and Foreign Minister Sergei Lavrov also took part in the talks.
        """, published: "2021-06-17")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Biden", "Vladimir Putin", "Antony Blinken", "Sergei Lavrov"])
    #expect(f.person("Biden")?.country == "USA")
}

@Test func theVerbOfEncounterIsTheMeetingAndTheHostJoinsIt() {
    let f = extract(
        """
        The two neighbours promised on Thursday to keep negotiating over the contested Essequibo area once foreign ministers Yvan Gil and Hugh Todd met in Brasilia.
        Mauro Vieira, the Brazilian foreign minister who hosted the meeting, called it a good start.
        """, published: "2024-01-26")
    #expect(f.meetings.count == 1)
    let m = f.meetings.first
    #expect(Set(m?.participants ?? []) == ["Yvan Gil", "Hugh Todd", "Mauro Vieira"])
    #expect(m?.status == .held)
    #expect(m?.date?.description == "2024-01-25")
    #expect(m?.place == "Brasilia")
}

@Test func aNegatedVerbIsNotRescuedByTheSummitItWouldHaveBeenAt() {
    let f = extract(
        """
        Indian Prime Minister Narendra Modi is not expected to meet Pakistani Prime Minister Shehbaz Sharif at the summit.
        French President Emmanuel Macron wants to meet Chinese President Xi Jinping soon.
        Ukrainian President Volodymyr Zelensky spoke to reporters after addressing the Dutch parliament.
        """, published: "2023-05-05")
    #expect(f.meetings.isEmpty)
}

@Test func heIsTheSpeakerOfTheSentence() {
    let f = extract(
        """
        Ukrainian President Volodymyr Zelensky spoke in The Hague.
        German Chancellor Olaf Scholz said he would meet Russian President Vladimir Putin next week.
        """, published: "2023-05-05")
    #expect(f.pairs == [["Olaf Scholz", "Vladimir Putin"]])
    #expect(f.meetings.first?.status == .planned)
}
