import Extraction
import Testing

// Pattern families of meetings, each in sentences written for the test, negatives beside them.

@Test func titleAbbreviationsCountOnlyInCapitals() {
    let f = extract("PM Rell met President Anna Berg in Vienna at 3 pm on Monday.", published: "2024-03-06")
    #expect(f.person("Rell")?.title == "Prime Minister")
    #expect(f.pairs == [["Anna Berg", "Rell"]])
    #expect(!f.names.contains { $0.contains("pm") })
}

@Test func headlineVerbsEndANameRun() {
    let f = extract(
        """
        PM Tomas Rell Holds Talks With President Anna Berg
        Prime Minister Tomas Rell held talks with President Anna Berg on Monday.
        """, published: "2024-03-06")
    #expect(f.names == ["Tomas Rell", "Anna Berg"])
}

@Test func courtesyCallsAndCallingOn() {
    let f = extract("Foreign Minister Karl Osei called on President Anna Berg at the presidential office.", published: "2024-03-06")
    #expect(f.pairs == [["Anna Berg", "Karl Osei"]])
    #expect(extract("Foreign Minister Karl Osei called the vote a mistake, President Anna Berg said.").meetings.isEmpty)
}

@Test func aCoordinatedSubjectIsTheObjectOfSpoke() {
    let f = extract("President Anna Berg and Prime Minister Tomas Rell spoke privately in Vienna on Monday.", published: "2024-03-06")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
    #expect(f.meetings.first?.place == "Vienna")
}

@Test func theMeetingBetweenTwoPeopleLeavesOutOthersOfTheClause() {
    let f = extract("It was the first meeting between President Anna Berg and Prime Minister Tomas Rell since Chancellor Ida Moll took office.")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
}

@Test func aConjunctionAfterANameFollowedByAVerbOpensAClause() {
    let f = extract("Envoy Karl Osei went on to meet with Speaker Anna Berg and then travelled to the port to meet with Minister Tomas Rell.")
    #expect(Set(f.pairs) == [["Anna Berg", "Karl Osei"], ["Karl Osei", "Tomas Rell"]])
}

@Test func aVenueNoListKnowsIsThePlaceWithoutACity() {
    let f = extract("President Anna Berg received Foreign Minister Karl Osei at the Marble Palace on Monday.", published: "2024-03-06")
    #expect(f.meetings.first?.place == "Marble Palace")
    let g = extract("President Anna Berg received Foreign Minister Karl Osei at the Marble Palace in Vienna.")
    #expect(g.meetings.first?.place == "Vienna")
}

@Test func aCallHasNoPlace() {
    let f = extract("President Anna Berg held a phone call with Prime Minister Tomas Rell in Vienna.")
    #expect(f.meetings.first?.mode == .call)
    #expect(f.meetings.first?.place == nil)
}

@Test func hereIsTheDatelineCity() {
    let f = extract(
        """
        VIENNA — President Anna Berg and Prime Minister Tomas Rell held talks here on Monday.
        """, published: "2024-03-06")
    #expect(f.meetings.first?.place == "Vienna")
    // The dateline is attached to its own sentence; a later report needs "here".
    let g = extract(
        """
        VIENNA — President Anna Berg said on Monday that taxes would rise.
        She held talks with Prime Minister Tomas Rell of Italy last week.
        """, published: "2024-03-06")
    #expect(g.meetings.count == 1)
    #expect(g.meetings.first?.place == nil)
}

@Test func aReportNamingOnePersonGivesItsDayAndPlaceToTheNamedReportsAfterIt() {
    let f = extract(
        """
        Foreign Minister Karl Osei held separate talks with his counterparts from Austria and Hungary in Vienna on Friday.
        Osei also met Austrian Foreign Minister Lena Hofer.
        """, published: "2024-03-09")
    let m = f.meeting("Karl Osei", "Lena Hofer")
    #expect(m?.place == "Vienna")
    #expect(m?.date?.description == "2024-03-08")
}

@Test func oneSubjectMeetingAListMeetsEachOfThem() {
    let f = extract(
        """
        Foreign Minister Karl Osei arrived in Vienna on Monday.
        He will meet President Anna Berg, Chancellor Tomas Rell and Defence Minister Lena Hofer.
        """, published: "2024-03-04")
    #expect(Set(f.pairs) == [["Anna Berg", "Karl Osei"], ["Karl Osei", "Tomas Rell"], ["Karl Osei", "Lena Hofer"]])
    let g = extract("President Anna Berg, Chancellor Tomas Rell and Foreign Minister Karl Osei met together in Vienna.")
    #expect(g.pairs == [["Anna Berg", "Karl Osei", "Tomas Rell"]])
}

@Test func aSpeakerFollowedByHeWithNoOneElseNamedIsNoMeeting() {
    // Once a crash: "he" with the only named person being the speaker.
    let f = extract("Minister Karl Osei said he met officials in Vienna.")
    #expect(f.meetings.isEmpty)
}

@Test func theCityAVisitPlacedSomeoneInIsWhereTheyMeet() {
    let f = extract(
        """
        Foreign Minister Karl Osei arrived in Vienna on Monday for a two-day visit.
        Officials said the visit would focus on trade.
        Osei met Austrian Chancellor Tomas Rell.
        """, published: "2024-03-05")
    #expect(f.meeting("Karl Osei", "Tomas Rell")?.place == "Vienna")
    // Too many sentences later, the visit no longer places the meeting.
    let g = extract(
        """
        Foreign Minister Karl Osei arrived in Vienna on Monday for a two-day visit.
        Officials said the visit would focus on trade.
        Trade between the two states grew last year.
        Exports of machinery rose.
        Imports of grain fell.
        Tourism recovered.
        Osei later met Austrian Chancellor Tomas Rell.
        """, published: "2024-03-05")
    #expect(g.meeting("Karl Osei", "Tomas Rell")?.place == nil)
}

@Test func aHeadlineInfinitiveIsPlanned() {
    let f = extract(
        """
        Osei to meet Rell in Vienna
        Foreign Minister Karl Osei and Chancellor Tomas Rell are expected in Vienna next week.
        """, published: "2024-03-05")
    #expect(f.meetings.first?.status == .planned)
}

@Test func aLaterMeetingBetweenOthersIsItsOwnEncounter() {
    let f = extract(
        """
        Foreign Minister Karl Osei and his Austrian counterpart Lena Hofer held talks in Vienna on Monday to prepare an upcoming meeting between President Anna Berg and Chancellor Tomas Rell.
        """, published: "2024-03-05")
    #expect(f.meeting("Karl Osei", "Lena Hofer")?.status == .held)
    #expect(f.meeting("Anna Berg", "Tomas Rell")?.status == .planned)
    #expect(f.meeting("Anna Berg", "Tomas Rell")?.participants.count == 2)
}

@Test func theSpeakerOfWordsSaidDuringTalksTookPart() {
    let f = extract("Foreign Minister Karl Osei said during talks with Speaker Lena Hofer that trade would grow.")
    #expect(f.pairs == [["Karl Osei", "Lena Hofer"]])
    // Reported speech about others' talks leaves the speaker out.
    let g = extract("Foreign Minister Karl Osei said that Speaker Lena Hofer held talks with President Anna Berg.")
    #expect(g.pairs == [["Anna Berg", "Lena Hofer"]])
}

@Test func aDelegationLedBySomeoneIsTheirs() {
    let f = extract("President Anna Berg received a Hungarian delegation led by chief of staff Karl Osei of the presidential office.")
    #expect(f.pairs == [["Anna Berg", "Karl Osei"]])
}

@Test func telephonedIsACall() {
    let f = extract("President Anna Berg telephoned Chancellor Tomas Rell on Monday.", published: "2024-03-06")
    #expect(f.meetings.first?.mode == .call)
}

@Test func aPostponedMeetingIsPlannedWithTheNewDayOrNone() {
    let f = extract("A visit by Foreign Minister Karl Osei for talks with President Anna Berg has been postponed.", published: "2024-03-05")
    #expect(f.meetings.first?.status == .planned)
    #expect(f.meetings.first?.date == nil)
    let g = extract("Talks between Foreign Minister Karl Osei and President Anna Berg were postponed to March 12.", published: "2024-03-05")
    #expect(g.meetings.first?.status == .planned)
    #expect(g.meetings.first?.date?.description == "2024-03-12")
    #expect(extract("Talks between Foreign Minister Karl Osei and President Anna Berg were cancelled.").meetings.isEmpty)
}

@Test func partsOfTheDayArePublicationDays() {
    let f = extract("Foreign Minister Karl Osei met President Anna Berg this morning in Vienna.", published: "2024-03-05")
    #expect(f.meetings.first?.date?.description == "2024-03-05")
    let g = extract("Foreign Minister Karl Osei met President Anna Berg last night.", published: "2024-03-05")
    #expect(g.meetings.first?.date?.description == "2024-03-04")
}

@Test func theSourceAfterAccordingToIsNotAParticipant() {
    let f = extract("According to presidential spokesperson Lena Hofer, President Anna Berg will receive Chancellor Tomas Rell on Friday.")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
}

@Test func aCityNamedJustAfterTheMeetingPlacesIt() {
    let f = extract(
        """
        Foreign Minister Karl Osei will meet Chancellor Tomas Rell on Monday.
        He is the first foreign minister in a decade to come to Vienna.
        """, published: "2024-03-05")
    #expect(f.meeting("Karl Osei", "Tomas Rell")?.place == "Vienna")
}

@Test func theDayOfAVisitIsTheDayOfTheMeetingsItFrames() {
    let f = extract(
        """
        Foreign Minister Karl Osei will visit Austria on Monday, the ministry said on Thursday.
        Osei will meet Chancellor Tomas Rell and trade officials.
        """, published: "2024-03-07")
    #expect(f.meeting("Karl Osei", "Tomas Rell")?.date?.description == "2024-03-11")
    #expect(f.meeting("Karl Osei", "Tomas Rell")?.status == .planned)
}

@Test func hisMeetingBelongsToThePersonLastNamedUnlessTheClauseNamesItsSubject() {
    let f = extract(
        """
        Foreign Minister Karl Osei arrived in Vienna on Monday.
        In his meeting with Chancellor Tomas Rell, trade was the main subject.
        Osei also conferred with Defence Minister Lena Hofer.
        """, published: "2024-03-05")
    #expect(Set(f.pairs) == [["Karl Osei", "Tomas Rell"], ["Karl Osei", "Lena Hofer"]])
    let g = extract(
        """
        Spokesman Ivo Brandt spoke to reporters.
        Premier Anna Berg, during his meeting with envoy Tomas Rell, raised trade.
        """)
    #expect(g.pairs == [["Anna Berg", "Tomas Rell"]])
}

@Test func aCourtesyCallIsAVisitInPerson() {
    let f = extract("Ambassador Karl Osei paid a courtesy call on President Anna Berg in Vienna on Monday.", published: "2024-03-06")
    #expect(f.pairs == [["Anna Berg", "Karl Osei"]])
    #expect(f.meetings.first?.mode == .inPerson)
    #expect(f.meetings.first?.place == "Vienna")
}

@Test func aPostponedMeetingTakesNoDayFromTheReportsAroundIt() {
    let f = extract(
        """
        Foreign Minister Karl Osei arrived in Vienna on Monday.
        His talks with Chancellor Tomas Rell have been postponed.
        """, published: "2024-03-05")
    #expect(f.meeting("Karl Osei", "Tomas Rell")?.status == .planned)
    #expect(f.meeting("Karl Osei", "Tomas Rell")?.date == nil)
}

@Test func theCityVisitedToMeetSomeoneIsThePlace() {
    let f = extract("Foreign Minister Karl Osei visited Vienna to meet Chancellor Tomas Rell.")
    #expect(f.meeting("Karl Osei", "Tomas Rell")?.place == "Vienna")
}

@Test func agreeingToMeetAgainIsASecondPlannedEncounter() {
    let f = extract("Minister Lena Hofer and Premier Jan Novak met in Prague on Monday and agreed to meet again in June.", published: "2024-03-06")
    #expect(f.meetings.map(\.status) == [.held, .planned])
    #expect(f.meetings.first?.date?.description == "2024-03-04")
    #expect(f.meetings.last?.date == nil)
    #expect(Set(f.meetings.last?.participants ?? []) == ["Lena Hofer", "Jan Novak"])
}

@Test func theStateAfterANameKeepsTheNamesOfAMeetingBetweenTogether() {
    // "and" after "A of Canada" joins two names; it does not open a clause of its own.
    let f = extract(
        "The meeting between Prime Minister Tomas Rell of Canada and President Anna Berg of Austria took place on the sidelines of the summit.",
        published: "2024-03-06")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
    #expect(f.person("Tomas Rell")?.country == "CAN")
    #expect(f.person("Anna Berg")?.country == "AUT")
}

@Test func namesAndTitlesDoNotPushThePlaceOutOfReach() {
    // Counted in tokens, the city is over twenty words from "meeting"; counted in words of the
    // sentence, with each name, title and state one word, it is close.
    let f = extract(
        "The meeting between Prime Minister Tomas Rell of Canada and President Anna Berg of Austria took place on March 3, 2021 in Rome.",
        published: "2024-03-06")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.place == "Rome")
    #expect(f.meetings.first?.date == Day(iso: "2021-03-03"))
}

@Test func aVenueNamedAfterItsTownIsTheVenue() {
    let a = extract("President Tomas Rell met President Anna Berg of Austria at the Miraflores presidential palace.")
    #expect(a.meetings.first?.place == "Miraflores presidential palace")
    let b = extract("Envoy Dara Lenn headed straight to Karvo state guest house to meet President Anna Berg.")
    #expect(b.meetings.first?.place == "Karvo state guest house")
    // The city still comes first where the sentence names it for the encounter.
    let c = extract("President Tomas Rell met President Anna Berg at the Karvo presidential palace in Vienna.")
    #expect(c.meetings.first?.place == "Vienna")
    // A venue word may open the name too; a day after it is not part of it.
    let e = extract("President Tomas Rell met President Anna Berg at Hotel Bellavista on Monday.")
    #expect(e.meetings.first?.place == "Hotel Bellavista")
    #expect(extract("President Tomas Rell met President Anna Berg at the Palace on Monday.").meetings.first?.place == nil)
    // Lowercase words that do not end in a venue word leave the town alone.
    let d = extract("President Tomas Rell met President Anna Berg in Vienna last week.")
    #expect(d.meetings.first?.place == "Vienna")
}

@Test func aDatelineWithADatePlacesTheEncounterOfItsOwnSentenceOrOfTheLead() {
    let a = extract("Vienna, 12 September 2018 (APA) – Prime Minister Tomas Rell met Wednesday with Foreign Minister Anna Berg.", published: "2018-09-12")
    #expect(a.meetings.first?.place == "Vienna")
    let b = extract(
        """
        Vienna, December 2
        Prime Minister Tomas Rell has received Foreign Minister Anna Berg.
        On Tuesday Rell met President Dara Lenn.
        """, published: "2018-12-02")
    #expect(b.meeting("Tomas Rell", "Anna Berg")?.place == "Vienna")
    // Only the lead: a later report is put in the dateline city only when it says "here".
    #expect(b.meeting("Tomas Rell", "Dara Lenn")?.place == nil)
    // "Vienna, Austria" opens no dateline.
    let c = extract(
        """
        Vienna, Austria
        Prime Minister Tomas Rell has received Foreign Minister Anna Berg.
        """)
    #expect(c.meetings.first?.place == nil)
}

@Test func aCityNamedAfterACapitalOrCityNoun() {
    let a = extract(
        "Foreign Minister Tomas Rell and his Omani counterpart Anna Berg held a meeting in Oman's capital Muscat on Tuesday.", published: "2020-01-26")
    #expect(a.meetings.first?.place == "Muscat")
    let b = extract("Foreign Minister Tomas Rell met Anna Berg, his Omani counterpart, in Iran's capital, Tehran, on Tuesday.", published: "2020-01-26")
    #expect(b.meetings.first?.place == "Tehran")
}

@Test func aPlaceThatOpensTheSentenceSetsTheSceneForEachClause() {
    let f = extract(
        "In Suva on Friday, Foreign Minister Tomas Rell met with President Anna Berg and also held a breakfast meeting with Prime Minister Dara Lenn.",
        published: "2020-01-26")
    #expect(f.meeting("Tomas Rell", "Anna Berg")?.place == "Suva")
    #expect(f.meeting("Tomas Rell", "Dara Lenn")?.place == "Suva")
    // A place inside the first clause belongs to that clause alone.
    let g = extract(
        "Foreign Minister Tomas Rell met with President Anna Berg in Suva on Friday and held a call with Prime Minister Dara Lenn.", published: "2020-01-26")
    #expect(g.meeting("Tomas Rell", "Dara Lenn")?.place == nil)
}

@Test func twoJoinedDaysGiveNoSingleDay() {
    let f = extract("In Suva on Friday and Saturday, Foreign Minister Tomas Rell met with Prime Minister Anna Berg.", published: "2023-12-19")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.date == nil)
    let g = extract("Foreign Minister Tomas Rell met with Prime Minister Anna Berg in Suva on Friday.", published: "2023-12-19")
    #expect(g.meetings.first?.date == Day(iso: "2023-12-15"))
}

@Test func heOrSheIsTheSubjectOfTheLastEncounterAndAQuotedIIsTheSpeaker() {
    let f = extract(
        """
        Foreign Minister Tomas Rell said the visit mattered.
        "I will also meet the new ministers, Karl Osei and Dara Lenn," she added.
        Rell will travel to Austria, where she will meet President Anna Berg and Chancellor Ema Voss.
        She will also meet with Minister of Finance Lara Moss.
        """, published: "2022-08-29")
    #expect(
        Set(f.pairs) == [
            ["Karl Osei", "Tomas Rell"], ["Dara Lenn", "Tomas Rell"], ["Anna Berg", "Tomas Rell"],
            ["Ema Voss", "Tomas Rell"], ["Lara Moss", "Tomas Rell"],
        ])
    // "He" after "A met B" is A, though B was named last.
    let g = extract("President Tomas Rell met Chancellor Karl Osei on Monday. He also met President Anna Berg.", published: "2022-08-29")
    #expect(g.meeting("Tomas Rell", "Anna Berg") != nil)
    #expect(g.meeting("Karl Osei", "Anna Berg") == nil)
}

@Test func theLeadersOfTwoStatesAreTheirPeopleAndBilateralTalksAreOneEach() {
    let f = extract(
        "The summit of President Tomas Rell of Ukraine, French President Anna Berg and German Chancellor Karl Osei began in Paris. Rell held bilateral talks with the leaders of France and Germany."
    )
    #expect(f.pairs.contains(["Anna Berg", "Tomas Rell"]))
    #expect(f.pairs.contains(["Karl Osei", "Tomas Rell"]))
    #expect(f.pairs.contains(["Anna Berg", "Karl Osei", "Tomas Rell"]))
    // A state with no one named, or a list of something else, resolves to no one.
    let g = extract("President Tomas Rell of Ukraine met French President Anna Berg. The leaders of Spain and Italy were absent.")
    #expect(g.pairs == [["Anna Berg", "Tomas Rell"]])
}

@Test func aThingBetweenTheVerbAndTheNameIsTheObjectNotThePerson() {
    #expect(extract("President Anna Berg welcomed the decision of Foreign Minister Tomas Rell.").meetings.isEmpty)
    #expect(extract("President Anna Berg received a written message from President Tomas Rell.").meetings.isEmpty)
    #expect(extract("President Anna Berg received Foreign Minister Tomas Rell on Monday.").pairs == [["Anna Berg", "Tomas Rell"]])
    #expect(extract("President Anna Berg received a phone call from President Tomas Rell.").meetings.first?.mode == .call)
}

@Test func aPlanTheClauseStatesIsNotThePastEncounterOfAnUnnamedReport() {
    let f = extract(
        """
        The talks were held every year until the last meeting in Ningbo in April 2012.
        In the new round, Foreign Minister Tomas Rell of Austria is set to speak with his Czech counterpart Anna Berg.
        """, published: "2015-03-17")
    #expect(f.meetings.first?.status == .planned)
    #expect(f.meetings.first?.place == nil)
    // An unnamed report's day and place still pass to a named report of the same encounter.
    let g = extract(
        """
        The foreign ministers of Austria and the Czech Republic met in Vienna on Monday.
        Austrian Foreign Minister Tomas Rell held talks with his Czech counterpart Anna Berg on energy.
        """, published: "2015-03-17")
    #expect(g.meetings.first?.place == "Vienna")
    #expect(g.meetings.first?.status == .held)
}

@Test func aCancellationAfterALongSubjectStillVoidsTheMeeting() {
    // Fifteen words from "meeting" to "cancelled" once each name, title and demonym counts as one.
    let f = extract(
        "A meeting between Austrian President Anna Berg and Czech President Tomas Rell planned for next week has been cancelled, the ministry said.",
        published: "2023-02-10")
    #expect(f.meetings.isEmpty)
}

@Test func theDayAPostponementIsReportedIsNotTheNewDay() {
    let f = extract(
        """
        A visit to Vienna by Foreign Minister Anna Berg, at which she was to meet Chancellor Tomas Rell, has been postponed, officials said on Friday.
        The meeting will now take place in Vienna on August 30, Rell's office said.
        """, published: "2022-08-12")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.status == .planned)
    #expect(f.meetings.first?.date == Day(iso: "2022-08-30"))
}

@Test func aMeetingNounWithoutSubjectContinuesTheRoundOfEncounters() {
    let f = extract(
        """
        On Monday in Addis Ababa, Foreign Minister Anna Lindqvist of Sweden held a series of talks with visiting colleagues.
        The discussion held with Peter Mwangi, Kenya's foreign minister, centred on coffee tariffs.
        Lindqvist's next discussion was with Ghana's Foreign Minister Kofi Mensah.
        During the meeting with Musa Bello, Nigeria's foreign minister, the two sides discussed fisheries.
        """, published: "2019-03-05")
    #expect(f.meeting("Anna Lindqvist", "Peter Mwangi") != nil)
    #expect(f.meeting("Anna Lindqvist", "Kofi Mensah") != nil)
    // "the two sides" of that sentence are Lindqvist and Bello, not the pair reported before.
    #expect(f.meeting("Anna Lindqvist", "Musa Bello") != nil)
    #expect(f.meeting("Kofi Mensah", "Musa Bello") == nil)
    #expect(f.meetings.count == 3)
}

@Test func aMeetingNounWithoutSubjectNeedsARoundToContinue() {
    // No one was reported meeting anyone before: the talks have one named participant only.
    #expect(extract("The talks with Foreign Minister Peter Mwangi of Kenya went on for two hours.", published: "2019-03-05").meetings.isEmpty)
    // A discussion of a topic is no encounter, whoever spoke about it.
    let f = extract(
        """
        Foreign Minister Anna Lindqvist of Sweden met Kenyan Foreign Minister Peter Mwangi on Monday.
        The discussion on the budget was opened by Finance Minister Kofi Mensah.
        """, published: "2019-03-05")
    #expect(f.meetings.count == 1)
}

@Test func aQuotedMeetingWithoutSubjectIsTheSpeakers() {
    let f = extract(
        """
        Prime Minister Anna Lindqvist of Sweden met Finance Minister Peter Mwangi of Kenya on Monday.
        "Enjoyed a long meeting with Prime Minister Lindqvist this afternoon," opposition chief Kofi Mensah wrote online.
        """, published: "2019-03-05")
    #expect(f.meeting("Anna Lindqvist", "Kofi Mensah") != nil)
    #expect(f.meeting("Peter Mwangi", "Kofi Mensah") == nil)
}

@Test func aStateAndTitleWithoutArticleCanBeTheSubject() {
    let f = extract(
        """
        Prime Minister Anna Lindqvist of Sweden arrived in Nairobi on Monday for a three-day visit.
        On Tuesday, Swedish Prime Minister held talks with Foreign Minister Peter Mwangi of Kenya at State House.
        """, published: "2019-03-05")
    #expect(f.meeting("Anna Lindqvist", "Peter Mwangi") != nil)
    // A title before a name is that person's, not a reference to someone else.
    let g = extract(
        "Swedish Prime Minister Anna Lindqvist met Kenyan Foreign Minister Peter Mwangi on Monday.", published: "2019-03-05")
    #expect(g.pairs == [["Anna Lindqvist", "Peter Mwangi"]])
}

@Test func aVenuesOwnNameAfterItsKindOrInQuotes() {
    let f = extract("Envoy Anna Berg held talks with Premier Tomas Rell at the official guest house Lindenhof.", published: "2019-03-05")
    #expect(f.meetings.first?.place == "Lindenhof")
    let g = extract("President Tomas Rell hosted Minister Anna Berg for lunch at the 'Blue Lagoon' resort.", published: "2019-03-05")
    #expect(g.meetings.first?.place == "Blue Lagoon")
    // A title after the kind of venue starts another phrase: no venue's name.
    let h = extract("Minister Anna Berg met President Tomas Rell at the presidential palace President Rell uses for guests.", published: "2019-03-05")
    #expect(h.meetings.first?.place == nil)
}

@Test func theObjectOfReceivedMayFollowAPlaceAndADay() {
    // The object stands eight words after the verb once the title and name count as one each.
    let f = extract(
        "On Wednesday President Anna Berg received at Bellevue Palace King Tomas Rell of Belgium, who is on a state visit.", published: "2019-03-07")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
    #expect(f.meetings.first?.place == "Bellevue Palace")
    #expect(f.meetings.first?.date == Day(iso: "2019-03-06"))
}

@Test func aSpeakerWarningDuringAMeetingTookPartInIt() {
    let f = extract(
        "President Anna Berg warned Prime Minister Tomas Rell about the dam on their river during talks between the two in Sharm El Sheikh on Thursday.",
        published: "2011-01-08")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
    // The gazetteer writes the city with a hyphen; the article with a space.
    #expect(f.meetings.first?.place == "Sharm El Sheikh")
    // A speaker far from the meeting only reports it.
    let g = extract(
        "Spokesman Kofi Mensah said on Monday that the government had studied the proposals of several parties at length before a meeting between President Anna Berg and Prime Minister Tomas Rell.",
        published: "2011-01-08")
    #expect(g.meetings.allSatisfy { !$0.participants.contains("Kofi Mensah") })
}

@Test func aNamedPlanTakesTheAnnouncedMeetingsDayPastARecalledRound() {
    let f = extract(
        """
        A three-way meeting of the foreign ministers of Austria, Hungary and Slovenia, the first since 2016, is scheduled for Saturday in Graz, officials said.
        Earlier rounds rotated between the three capitals, ending with a meeting in Pecs in 2016.
        Foreign Minister Anna Berg of Austria is expected to hold talks there with Foreign Minister Tomas Rell of Hungary.
        """, published: "2020-03-17")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.status == .planned)
    #expect(f.meetings.first?.date == Day(iso: "2020-03-21"))
    #expect(f.meetings.first?.place == "Graz")
}

@Test func theNounWillPlansNothing() {
    let f = extract(
        """
        Foreign Minister Anna Berg of Austria and Foreign Minister Tomas Rell of Slovenia praised the will of both governments during their consultations in Vienna on Tuesday.
        """, published: "2020-01-22")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.status == .held)
    #expect(f.meetings.first?.date == Day(iso: "2020-01-21"))
    // The modal still plans.
    let g = extract("Foreign Minister Anna Berg of Austria will meet her Czech counterpart Tomas Rell in Vienna.", published: "2020-01-22")
    #expect(g.meetings.first?.status == .planned)
}

@Test func aNameAndHisCounterpartAreTheSubjectOfTheirTalks() {
    let f = extract(
        """
        FM Berg and Czech counterpart Rell discuss gas prices before a presidents' summit
        Foreign Minister Anna Berg of Austria hosted her Czech counterpart Tomas Rell in Vienna on Thursday.
        """, published: "2023-09-01")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.status == .held)
    #expect(f.meetings.first?.place == "Vienna")
}

@Test func theDaylineOfADatelineDatesTheReportItPlaces() {
    let f = extract(
        """
        Graz, March 4, AGENCY
        President Anna Berg of Austria has held talks with a visiting delegation under Foreign Minister Tomas Rell of Slovenia.
        """, published: "2021-03-04")
    #expect(f.meetings.first?.date == Day(iso: "2021-03-04"))
    #expect(f.meetings.first?.place == "Graz")
    // A plan is not held on the day it was reported.
    let g = extract(
        """
        Graz, March 4, AGENCY
        President Anna Berg of Austria will hold talks with a visiting delegation under Foreign Minister Tomas Rell of Slovenia.
        """, published: "2021-03-04")
    #expect(g.meetings.first?.date == nil)
}

@Test func thePairAsSubjectWithPeopleAccompanyingThem() {
    let f = extract(
        """
        Chancellor Anna Berg of Austria held talks with President Tomas Rell of Slovenia in Graz on Friday.
        The two leaders then talked in private with Foreign Minister Peter Mwangi and Foreign Minister Kofi Mensah of Slovenia at their side.
        """, published: "2012-11-09")
    #expect(f.meetings.contains { Set($0.participants) == ["Anna Berg", "Tomas Rell", "Peter Mwangi", "Kofi Mensah"] })
    #expect(f.meeting("Peter Mwangi", "Kofi Mensah").map { $0.participants.count } == 4)
}

@Test func aPossessorsOwnMeetingWithAdjectivesBetween() {
    let f = extract(
        "Chancellor Anna Berg's long-awaited meeting with President Tomas Rell will take place on the summit's second day.", published: "2019-12-09")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
    #expect(f.meetings.first?.status == .planned)
    // The possessor of a role is not at the meeting.
    let g = extract("Chancellor Anna Berg's top adviser Kofi Mensah met President Tomas Rell on Monday.", published: "2019-12-09")
    #expect(g.pairs == [["Kofi Mensah", "Tomas Rell"]])
}

@Test func aStateAndTitleWithoutArticleAfterAVerbOfMeeting() {
    let f = extract(
        """
        Chancellor Anna Berg of Austria arrived in Doha on Thursday.
        Defence Minister Tomas Rell of Qatar received Austrian chancellor on the tarmac.
        """, published: "2019-12-09")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
    #expect(f.meetings.first?.place == "Doha")
}

@Test func aPairReportedOnTheDayAndPlaceOfALargerMeetingIsPartOfIt() {
    let f = extract(
        """
        Foreign Ministers Anna Berg of Austria and Tomas Rell of Slovenia met in Vienna on Monday.
        Later that Monday in Vienna, the pair were joined by Czech Foreign Minister Kofi Mensah and envoy Peter Mwangi of Kenya.
        """, published: "2019-04-16")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first.map { Set($0.participants) } == ["Anna Berg", "Tomas Rell", "Kofi Mensah", "Peter Mwangi"])
    // Another day is another encounter.
    let g = extract(
        """
        Foreign Ministers Anna Berg of Austria and Tomas Rell of Slovenia met in Vienna on Monday.
        On Tuesday, Berg, Rell and their Czech counterpart Kofi Mensah met in Vienna.
        """, published: "2019-04-17")
    #expect(g.meetings.count == 2)
}

@Test func aRoundOfTalksFramesEachTalkReportedAfterIt() {
    let f = extract(
        """
        Foreign Minister Anna Berg of Austria met her counterparts from Slovenia, Hungary and Kenya one by one during a regional (OSCE) gathering in Graz on Friday.
        Foreign Minister Kofi Mensah of Ghana also took part in the gathering.
        Her talks with Slovenian Foreign Minister Tomas Rell were called useful by her spokesman.
        Rail links were the main subject of her talks with Hungarian Foreign Minister Laszlo Kiss.
        Berg and Peter Mwangi, Kenya's foreign minister, went over tea exports when they met.
        """, published: "2022-07-29")
    for other in ["Tomas Rell", "Laszlo Kiss", "Peter Mwangi"] {
        let m = f.meeting("Anna Berg", other)
        #expect(m?.place == "Graz", "\(other)")
        #expect(m?.date == Day(iso: "2022-07-29"), "\(other)")
    }
    // "her talks" are Berg's, not those of the person named last.
    #expect(f.meeting("Tomas Rell", "Laszlo Kiss") == nil)
}

@Test func theTitleOfTheOnlyPersonHoldingItRefersToThem() {
    let f = extract(
        """
        External Affairs Minister Anna Berg of Austria is in Graz for a regional conference.
        On Friday the external affairs minister also held talks with Secretary-General Tomas Rell of the regional body.
        """, published: "2022-07-29")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
    // Two people with the title: no one is guessed.
    let g = extract(
        """
        Prime Minister Anna Berg of Austria and Prime Minister Kofi Mensah of Ghana arrived in Graz on Friday.
        On Friday the prime minister also held talks with Secretary-General Tomas Rell of the regional body.
        """, published: "2022-07-29")
    #expect(g.meeting("Anna Berg", "Tomas Rell") == nil && g.meeting("Kofi Mensah", "Tomas Rell") == nil)
    // A court style may mean a ruler the text does not name.
    let h = extract(
        """
        Sultan Tomas Rell ruled until 2019.
        His Majesty the Sultan received Foreign Minister Anna Berg of Austria on Monday.
        """, published: "2022-07-29")
    #expect(h.meeting("Anna Berg", "Tomas Rell") == nil)
}

@Test func peopleNamedInARelativeClauseAfterTheGuestWereNotThere() {
    let f = extract(
        "President Anna Berg received King Tomas Rell of Belgium on Wednesday, who had come to lay a wreath at the grave of former President Kofi Mensah.",
        published: "2020-01-22")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
}

@Test func theTitleAfterOfNamesARelationNotAParticipant() {
    let f = extract(
        """
        Austrian leader Anna Berg met Czech President Tomas Rell in Vienna on Friday.
        Kofi Mensah, a senior Austrian official and the brother of the leader, met Czech Prime Minister Peter Mwangi in Prague on Saturday.
        """, published: "2018-02-11")
    #expect(f.meeting("Kofi Mensah", "Peter Mwangi").map { Set($0.participants) } == ["Kofi Mensah", "Peter Mwangi"])
}

@Test func peopleOfTheStatesWhoSpeakOfTheMeetingAttendedIt() {
    let f = extract(
        """
        On Monday in Graz, the foreign ministers of Austria, Slovenia and Hungary held their first joint talks on energy.
        Speaking afterwards, Austria's Foreign Minister Anna Berg said the talks had gone well.
        Tomas Rell, Slovenia's foreign minister, described the talks as frank.
        """, published: "2021-09-13")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first.map { Set($0.participants) } == ["Anna Berg", "Tomas Rell"])
    #expect(f.meetings.first?.place == "Graz")
    #expect(f.meetings.first?.date == Day(iso: "2021-09-13"))
    // Someone of another state who speaks of the meeting did not attend it.
    let g = extract(
        """
        On Monday in Graz, the foreign ministers of Austria, Slovenia and Hungary held their first joint talks on energy.
        Ghanaian Foreign Minister Kofi Mensah described the talks as frank.
        Tomas Rell, Slovenia's foreign minister, said the talks had gone well.
        """, published: "2021-09-13")
    #expect(g.meetings.isEmpty)
}

@Test func aWelcomeByAPersonIsAnEncounterAndANameBeforeGovernmentIsNoGuest() {
    let f = extract(
        "Slovenian Foreign Minister Tomas Rell gave a warm welcome to his Austrian counterpart Anna Berg at the airport in Ljubljana.",
        published: "2024-01-04")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
    #expect(f.meetings.first?.place == "Ljubljana")
    // The name says whose government, not who was welcomed.
    let g = extract(
        """
        Prime Minister Tomas Rell of Slovenia is expected to win the election.
        Austria's Foreign Minister Anna Berg told reporters that Vienna would welcome a Rell government.
        """, published: "2007-11-20")
    #expect(g.meetings.isEmpty)
    let h = extract("Foreign Minister Anna Berg of Austria met officials of the Rell administration in Vienna.", published: "2007-11-20")
    #expect(h.meetings.isEmpty)
}

@Test func theTwoLeadersOnTheSameOccasionKeepItsDayAndPlace() {
    let f = extract(
        """
        Chancellor Anna Berg of Austria held talks with President Tomas Rell of Slovenia in Graz on Friday.
        Rell praised the ties between the two countries.
        Berg said trade had grown.
        The two leaders then talked in private with Foreign Minister Peter Mwangi and Foreign Minister Kofi Mensah of Slovenia at their side.
        """, published: "2012-11-09")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.place == "Graz")
    #expect(f.meetings.first?.date == Day(iso: "2012-11-09"))
    // A day of its own is another occasion.
    let g = extract(
        """
        Chancellor Anna Berg of Austria held talks with President Tomas Rell of Slovenia in Graz on Friday.
        The two leaders last met in Vienna in 2010.
        """, published: "2012-11-09")
    #expect(g.meetings.contains { $0.place == "Vienna" })
}

@Test func aPlaceBeforeTheVerbOfSpeechIsWhereTheSpeakingHappened() {
    let f = extract(
        "Speaking to journalists at the Graz Airport, spokesman Kofi Mensah said Chancellor Anna Berg had held talks with President Tomas Rell.",
        published: "2008-10-30")
    #expect(f.pairs == [["Anna Berg", "Tomas Rell"]])
    #expect(f.meetings.first?.place == nil)
    // After the verb of speech the place is the encounter's.
    let g = extract("Spokesman Kofi Mensah said Chancellor Anna Berg had met President Tomas Rell at the Graz Airport.", published: "2008-10-30")
    #expect(g.meetings.first?.place == "Graz")
}

@Test func speaksWithAPersonInTheHeadlinePresentIsAMeeting() {
    let f = extract(
        """
        Prime Minister Anna Lind speaks with Estonian President Kaja Tamm at the forum in Tallinn in May.
        """, published: "2021-06-01")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Anna Lind", "Kaja Tamm"])
}

@Test func aLongTitleDoesNotPushTheGuestOutOfTheWelcomesReach() {
    let f = extract(
        """
        On Tuesday, President Budi Santoso welcomed to the Merdeka Palace the newly sworn-in Estonian President Kaja Tamm on her first trip abroad.
        """, published: "2022-07-19")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Budi Santoso", "Kaja Tamm"])
    #expect(f.meetings.first?.place == "Merdeka Palace")
}

@Test func aVenueNamedAfterAPartOfItIsThePlace() {
    let f = extract(
        """
        Minister Ade Bello received the visiting diplomat Jane Fox at the VIP wing of the Murtala Muhammed International Airport after her plane landed on Tuesday afternoon in Lagos.
        """, published: "2024-01-23")
    #expect(f.meetings.first?.place == "Murtala Muhammed International Airport")
    // Without "at" or "in" before the part, "of the ... House" names an office, not where they met.
    let g = extract(
        """
        Tom Reed, the chief of staff of the Grand House, met Italian Prime Minister Marco Bassi in Rome on Monday.
        """, published: "2024-01-23")
    #expect(g.meetings.first?.place == "Rome")
}

@Test func wherePeopleHeadToInOrderToMeetIsThePlaceAndTheTripWasMade() {
    let f = extract(
        """
        The envoy Amos Stein then headed to Ain el Kebir to meet with Speaker Omar Haddad.
        """, published: "2022-09-09")
    #expect(f.meetings.first?.place == "Ain el Kebir")
    #expect(f.meetings.first?.status == .held)
    // A possessive after "to" is someone's office, not a named place.
    let g = extract(
        """
        The envoy Amos Stein then headed to Haddad's office to meet with Speaker Omar Haddad in Tyre.
        """, published: "2022-09-09")
    #expect(g.meetings.first?.place == "Tyre")
}

@Test func theCityOneLeavesForInOrderToMeetIsThePlace() {
    let f = extract(
        """
        President Kwame Mensah on Thursday left Accra for Lome, Togo, to consult with the Togolese leader, Faure Eyadema, on the crisis.
        """, published: "2003-10-30")
    #expect(f.meetings.first?.place == "Lome")
}

@Test func theTwoAloneRefersToThePairJustReported() {
    let f = extract(
        """
        South African President Cyril Moyo will host Chinese President Li Wei on a state visit later this month.
        Reports say that the two will meet in Pretoria on August 22, where they will hold formal talks.
        """, published: "2023-08-08")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.place == "Pretoria")
    #expect(f.meetings.first?.date == Day(iso: "2023-08-22"))
    // "the two countries" is no pronoun for the pair.
    let g = extract(
        """
        Estonian Prime Minister Kaja Tamm met Latvian President Anna Berzina in Riga on Monday.
        The two countries will sign a trade deal in Tallinn next week.
        """, published: "2023-08-08")
    #expect(g.meetings.count == 1)
    #expect(g.meetings.first?.place == "Riga")
}

@Test func theMeetingHeldInAPlaceGivesThePlaceOfTheEncounterJustReported() {
    let f = extract(
        """
        Foreign Minister Taro Sato met his South Korean counterpart Kim Min-su on Sunday.
        The meeting, held on South Korea's Jeju Island on the sidelines of a regional forum, came after Tokyo protested to Seoul.
        """, published: "2007-06-04")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.place == "Jeju Island")
    // A call has no place, whatever the next sentence says.
    let g = extract(
        """
        Foreign Minister Taro Sato spoke by phone with his South Korean counterpart Kim Min-su on Sunday.
        The call, held as Sato was on South Korea's Jeju Island, lasted an hour.
        """, published: "2007-06-04")
    #expect(g.meetings.first?.place == nil)
}

@Test func whatASpeakerSaysAfterACommaAndThatIsAClauseOfItsOwn() {
    let f = extract(
        """
        Russian Foreign Minister Sergey Orlov said on Monday during talks with Speaker Moses Kibet, that he also plans to discuss trade with President William Kamau.
        """, published: "2023-05-29")
    let plan = f.meetings.first { $0.participants.contains("William Kamau") }
    #expect(plan?.status == .planned)
    #expect(plan?.participants.contains("Moses Kibet") == false)
    // Two meeting words side by side ("bilateral talks") leave nothing between them to cut.
    let g = extract(
        """
        Kenyan President William Kamau held bilateral talks with Ugandan President Grace Namutebi on Monday.
        """, published: "2023-05-29")
    #expect(g.meetings.count == 1)
}

@Test func theyStandsForPeopleReportedMeetingNotForAnyTwoNamedLast() {
    // No encounter reported before: "they" is not the two people named last.
    let f = extract(
        """
        Prime Minister Tomas Varga criticised the loan conditions set by President Ilse Brandt's government.
        They reportedly include talks between the ruling party and the opposition.
        """, published: "2005-08-08")
    #expect(f.meetings.isEmpty)
    // After a reported encounter, "they" still goes on with its pair.
    let g = extract(
        """
        Prime Minister Tomas Varga met President Ilse Brandt in Vienna on Monday.
        They held further talks over dinner.
        """, published: "2005-08-08")
    #expect(g.meetings.count == 1)
    #expect(Set(g.meetings.first?.participants ?? []) == ["Tomas Varga", "Ilse Brandt"])
}

@Test func peopleSaidToBePresentJoinTheEncounterJustReported() {
    let lead = "Estonian President Mart Kask held talks in Tallinn on Thursday with Latvian President Ilze Berzina."
    for follow in [
        "Also present was Estonian Foreign Minister Rein Tamm.",
        "Estonian Foreign Minister Rein Tamm was also present.",
        "Present at the talks were Estonian Foreign Minister Rein Tamm and Latvian envoy Janis Ozols.",
        "Attending were Estonian Foreign Minister Rein Tamm and Latvian envoy Janis Ozols.",
        "Estonian Foreign Minister Rein Tamm was in attendance.",
    ] {
        let f = extract(lead + " " + follow, published: "2024-05-10")
        #expect(f.meetings.count == 1, "\(follow)")
        #expect(f.meetings.first?.participants.contains("Rein Tamm") == true, "\(follow)")
    }
    // The verb "present", a denial and the time "at present" put no one at the talks.
    for follow in [
        "Estonian Foreign Minister Rein Tamm will present the plan to parliament.",
        "Estonian Foreign Minister Rein Tamm was not present.",
        "At present, Estonian Foreign Minister Rein Tamm is in Riga.",
    ] {
        let f = extract(lead + " " + follow, published: "2024-05-10")
        #expect(f.meetings.count == 1, "\(follow)")
        #expect(f.meetings.first?.participants.contains("Rein Tamm") == false, "\(follow)")
    }
}

@Test func aHeadlinePairIsTheLargerEncounterItTellsShort() {
    let f = extract(
        """
        Latvian envoy pays courtesy call on Estonian minister Rein Tamm

        Estonian Foreign Minister Rein Tamm received Latvian Ambassador Janis Ozols in Tartu on Tuesday. In attendance was Mayor Liis Saar.
        """, published: "2023-09-07")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first.map { Set($0.participants) } == ["Rein Tamm", "Janis Ozols", "Liis Saar"])
    // In the body, a pair's own report beside a larger meeting stays its own encounter.
    let g = extract(
        """
        Estonian Foreign Minister Rein Tamm and Latvian Ambassador Janis Ozols met Lithuanian envoy Ona Petraitis in Tartu on Tuesday.
        Tamm also met Ozols.
        """, published: "2023-09-07")
    #expect(g.meetings.count == 2)
}

@Test func aMeetingAgainIsAnotherOccasionThanTheOneBefore() {
    let f = extract(
        """
        Japanese Prime Minister Ken Sato arrived in Canberra on Tuesday for talks with Australian Prime Minister Mark Reid.
        The two leaders agreed to meet again next year.
        """, published: "2024-05-10")
    let planned = f.meetings.first { $0.status == .planned }
    #expect(planned != nil)
    #expect(planned?.date == nil)
    #expect(planned?.place == nil)
    #expect(f.meetings.first { $0.status == .held }?.place == "Canberra")
}

@Test func aCityHostingTheTalksIsTheirPlaceWithoutItsSuffix() {
    let f = extract(
        "At the Doha-hosted talks, Egyptian Foreign Minister Karim Adel met Sudanese Foreign Minister Omar Salih on Sunday.",
        published: "2024-05-10")
    #expect(f.meeting("Karim Adel", "Omar Salih")?.place == "Doha")
    // A city whose own name is hyphenated keeps it.
    let g = extract(
        "Haitian Prime Minister Jean Pierre met Dominican Foreign Minister Rosa Diaz in Port-au-Prince on Monday.", published: "2024-05-10")
    #expect(g.meeting("Jean Pierre", "Rosa Diaz")?.place == "Port-au-Prince")
}

@Test func aMeetingOnABareOrdinalDayIsDatedInTheNearestMonth() {
    let f = extract(
        """
        Nigerian President Musa Bello will meet Senegalese President Awa Ndiaye on the 14th.
        Kenyan President John Otieno met Tanzanian President Grace Mushi on the 3rd in Arusha.
        """, published: "2024-05-10")
    #expect(f.meeting("Musa Bello", "Awa Ndiaye")?.date == Day(iso: "2024-05-14"))
    #expect(f.meeting("John Otieno", "Grace Mushi")?.date == Day(iso: "2024-05-03"))
}

@Test(arguments: [
    "Mensah would meet Adjei only if the border reopened.", "A meeting between Mensah and Adjei has been ruled out.",
    "Mensah called for talks with Adjei.", "Mensah spoke about Adjei at a rally.", "Mensah is unlikely to meet Adjei.",
    "Mensah's envoy met Adjei.", "Mensah failed to meet Adjei.", "Mensah tried to meet Adjei before the vote.",
])
func conditionsDemandsAttemptsAndTopicsAreNoMeeting(_ sentence: String) {
    let f = extract(
        "Ghanaian President Kofi Mensah and Togolese President Yao Adjei are neighbours. " + sentence, published: "2024-05-03")
    #expect(f.meetings.isEmpty)
}

@Test(arguments: [
    "Mensah would meet Adjei on Friday, officials said.", "Mensah spoke with Adjei on Friday.", "Mensah's long-awaited meeting with Adjei went well.",
    "Mensah spoke to Adjei about the border.", "Mensah held talks on the border with Adjei.",
])
func plansCallsAndOwnMeetingsStayMeetings(_ sentence: String) {
    let f = extract(
        "Ghanaian President Kofi Mensah and Togolese President Yao Adjei are neighbours. " + sentence, published: "2024-05-03")
    #expect(f.pairs == [["Kofi Mensah", "Yao Adjei"]])
}

@Test(arguments: ["Opinion: Kofi Mensah Is Wrong About Togo", "Kofi Mensah Slams Critics Of Border Deal", "Kofi Mensah Congratulates Yao Adjei"])
func titleCaseHeadlineVerbsAreNotPartOfAName(_ headline: String) {
    let f = extract(
        """
        \(headline)
        Ghanaian President Kofi Mensah met Togolese President Yao Adjei in Accra on Monday.
        """, published: "2024-05-03")
    #expect(f.names == ["Kofi Mensah", "Yao Adjei"])
}

@Test func aDatelineWithTheAgencyInBracketsPlacesTheEncounterItSaysIsHere() {
    let f = extract("LOME (AP) — President Yao Adjei held talks here on Friday with President Kofi Mensah of Ghana.", published: "2024-05-04")
    #expect(f.meetings.first?.place == "Lome")
    // Brackets that are an aside, not an agency before the dash, make no dateline.
    let g = extract("Lome (the capital) is calm. President Yao Adjei held talks here on Friday with President Kofi Mensah.", published: "2024-05-04")
    #expect(g.meetings.first?.place == nil)
}

@Test(arguments: [
    "President Kofi Mensah visited Lome on Thursday.", "President Kofi Mensah is visiting Lome this week.",
    "President Kofi Mensah is in Lome for a three-day visit.", "President Kofi Mensah was in Lome for talks on the border.",
])
func aVisitReportPlacesTheNextSentencesEncounter(_ visit: String) {
    let f = extract(visit + " On Friday he met Prime Minister Yao Adjei of Togo.", published: "2024-05-04")
    #expect(f.meetings.first?.place == "Lome")
}

@Test func beingInACityWithoutAPurposeOrVisitDoesNotPlaceLaterEncounters() {
    let f = extract("President Kofi Mensah was born in Lome in 1960. On Friday he met Prime Minister Yao Adjei of Togo.", published: "2024-05-04")
    #expect(f.meetings.first?.place == nil)
}

@Test func theCityWrittenAfterAVenueIsThePlace() {
    let f = extract("President Kofi Mensah received Prime Minister Yao Adjei at Jubilee House, Accra, on Friday.", published: "2024-05-04")
    #expect(f.meetings.first?.place == "Accra")
    let g = extract("President Kofi Mensah received Prime Minister Yao Adjei at Jubilee House on Friday.", published: "2024-05-04")
    #expect(g.meetings.first?.place == "Jubilee House")
}

@Test func membersOfAReceivedDelegationTakePartInTheOneEncounter() {
    let f = extract(
        "President Kofi Mensah received Prime Minister Yao Adjei and his delegation, which included Foreign Minister Ama Kodjo, in Accra on Friday.",
        published: "2024-05-04")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Kofi Mensah", "Yao Adjei", "Ama Kodjo"])
    // Another relative clause about a guest still keeps its people out.
    let g = extract(
        "President Kofi Mensah received Prime Minister Yao Adjei, who thanked Foreign Minister Ama Kodjo for the invitation.", published: "2024-05-04")
    #expect(g.pairs == [["Kofi Mensah", "Yao Adjei"]])
}

@Test func peopleWhoJoinedTheLastEncounterAreOfIt() {
    let f = extract(
        """
        President Kofi Mensah met Prime Minister Yao Adjei in Accra on Friday. Mensah and Adjei were joined by Foreign Minister Ama Kodjo.
        """, published: "2024-05-04")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Kofi Mensah", "Yao Adjei", "Ama Kodjo"])
    // Joined on another day: another encounter.
    let g = extract(
        """
        President Kofi Mensah met Prime Minister Yao Adjei in Accra on Friday. On Sunday Mensah and Adjei were joined by Foreign Minister Ama Kodjo in Kumasi.
        """, published: "2024-05-08")
    #expect(g.meetings.count == 2)
}

@Test func aMonthAfterALocativeIsTheMonthNotATown() {
    let f = extract("President Kofi Mensah met Prime Minister Yao Adjei in Lome on Friday. Mensah last met Adjei in March.", published: "2024-05-04")
    #expect(!f.meetings.contains { $0.place == "March" })
    #expect(f.meetings.first?.place == "Lome")
}

@Test func theDayOfARelativeAsideIsAnotherEventsDay() {
    let f = extract("President Kofi Mensah, who arrived in Lome on Tuesday, met Prime Minister Yao Adjei on Wednesday.", published: "2024-05-04")
    #expect(f.meetings.first?.date == Day(year: 2024, month: 5, day: 1))
    // The aside's day is still the encounter's when the clause gives no other.
    let g = extract("President Kofi Mensah, who arrived in Lome on Tuesday, met Prime Minister Yao Adjei.", published: "2024-05-04")
    #expect(g.meetings.first?.date == Day(year: 2024, month: 4, day: 30))
}

@Test func eachGuestOfAListKeepsTheDayWrittenAfterTheirName() {
    let f = extract("President Kofi Mensah met Prime Minister Yao Adjei on Monday and Foreign Minister Ama Kodjo on Tuesday.", published: "2024-05-04")
    #expect(f.meetings.first { $0.participants.contains("Yao Adjei") }?.date == Day(year: 2024, month: 4, day: 29))
    #expect(f.meetings.first { $0.participants.contains("Ama Kodjo") }?.date == Day(year: 2024, month: 4, day: 30))
    // One day for the list: both guests that day.
    let g = extract("President Kofi Mensah met Prime Minister Yao Adjei and Foreign Minister Ama Kodjo separately on Monday.", published: "2024-05-04")
    #expect(g.meetings.allSatisfy { $0.date == Day(year: 2024, month: 4, day: 29) })
}

@Test func aPostponementInTheBackgroundOfAHeldEncounterDoesNotPostponeIt() {
    let f = extract("President Kofi Mensah met Prime Minister Yao Adjei on Monday after the talks were postponed twice.", published: "2024-05-04")
    #expect(f.meetings.first?.status == .held)
    #expect(f.meetings.first?.date == Day(year: 2024, month: 4, day: 29))
    let g = extract("A meeting between President Kofi Mensah and Prime Minister Yao Adjei was postponed after the flood.", published: "2024-05-04")
    #expect(g.meetings.first?.status == .planned)
}

@Test func anExpectationReportedBeforeTheEncounterHeldThatWeekIsThatEncounter() {
    let f = extract(
        """
        President Kofi Mensah was expected to meet Prime Minister Yao Adjei during the visit. Mensah met Adjei in Lome on Thursday, officials said.
        """, published: "2024-05-04")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.status == .held)
    // A meeting of long ago is not what a plan of the same article announces.
    let g = extract(
        """
        President Kofi Mensah is expected to meet Prime Minister Yao Adjei during the visit. Mensah met Adjei in Lome on 3 March 2021.
        """, published: "2024-05-04")
    #expect(g.meetings.count == 2)
}

@Test(arguments: [
    ("In a phone call on Thursday, President Kofi Mensah told Prime Minister Yao Adjei that the border would reopen.", MeetingMode.call),
    ("During their meeting on Thursday, President Kofi Mensah told Prime Minister Yao Adjei that the border would reopen.", MeetingMode.inPerson),
])
func aSettingOpeningTheSentenceIsTheEncounterOfItsSpeech(_ sentence: String, _ mode: MeetingMode) {
    let f = extract(sentence, published: "2024-05-04")
    #expect(f.pairs == [["Kofi Mensah", "Yao Adjei"]])
    #expect(f.meetings.first?.mode == mode)
    #expect(f.meetings.first?.date == Day(year: 2024, month: 5, day: 2))
}

@Test func aVideoConferenceIsACallAndSittingDownIsAMeeting() {
    let f = extract("President Kofi Mensah held a video conference with Prime Minister Yao Adjei on Thursday.", published: "2024-05-04")
    #expect(f.meetings.first?.mode == .call)
    let g = extract("President Kofi Mensah is expected to sit down with Prime Minister Yao Adjei next week.", published: "2024-05-04")
    #expect(g.meetings.first?.status == .planned)
    // A news conference is no encounter, a conference alone neither.
    #expect(extract("President Kofi Mensah and Prime Minister Yao Adjei attended a conference on trade.").meetings.isEmpty)
}

@Test func peopleInTheAudienceOfASpeechDidNotMeetTheSpeaker() {
    let f = extract("President Kofi Mensah addressed parliament, with Prime Minister Yao Adjei in the audience.", published: "2024-05-04")
    #expect(f.meetings.isEmpty)
    let g = extract("President Kofi Mensah granted an audience to Prime Minister Yao Adjei on Thursday.", published: "2024-05-04")
    #expect(g.pairs == [["Kofi Mensah", "Yao Adjei"]])
}

@Test func theEncounterOfARelativeAsideIsNotWhereTheMainClauseGoes() {
    let f = extract("President Kofi Mensah, who met Prime Minister Yao Adjei on Thursday, will fly to Abuja on Sunday.", published: "2024-05-04")
    #expect(f.meetings.first?.place == nil)
    #expect(f.meetings.first?.status == .held)
}

@Test func aTripInThePresentTenseAnnouncesTheEncounter() {
    let f = extract("President Kofi Mensah heads to Lome on Monday for talks with Prime Minister Yao Adjei.", published: "2024-05-01")
    #expect(f.meetings.first?.status == .planned)
    #expect(f.meetings.first?.date == Day(year: 2024, month: 5, day: 6))
    // The past reports a trip made.
    let g = extract("President Kofi Mensah headed to Lome on Monday for talks with Prime Minister Yao Adjei.", published: "2024-05-01")
    #expect(g.meetings.first?.status == .held)
}

@Test(arguments: [("The next day", 1), ("Two days later", 2)])
func aDayCountedFromTheEncounterReportedBefore(_ opening: String, _ days: Int) {
    let f = extract(
        "President Kofi Mensah met Prime Minister Yao Adjei in Lome on Monday. \(opening), he held talks with Foreign Minister Ama Kodjo in Kara.",
        published: "2024-05-04")
    let second = f.meetings.first { $0.participants.contains("Ama Kodjo") }
    #expect(second?.status == .held)
    #expect(second?.date == Day(year: 2024, month: 4, day: 29)?.adding(days: days))
}

@Test func aSentenceSayingWhereSomeoneWasPlacesTheirNextMeeting() {
    let f = extract(
        """
        Foreign Minister Karl Osei was in Vienna on Saturday.
        He met Chancellor Tomas Rell of Austria and discussed trade.
        """, published: "2024-03-05")
    #expect(f.meeting("Karl Osei", "Tomas Rell")?.place == "Vienna")
    #expect(f.meeting("Karl Osei", "Tomas Rell")?.date?.description == "2024-03-02")
    // "was in good spirits" names no city: it places no one. Its day is the lead's, which its
    // subject's encounter told with no time of its own takes.
    let g = extract(
        """
        Foreign Minister Karl Osei was in good spirits on Saturday.
        He met Chancellor Tomas Rell of Austria and discussed trade.
        """, published: "2024-03-05")
    #expect(g.meeting("Karl Osei", "Tomas Rell")?.place == nil)
    #expect(g.meeting("Karl Osei", "Tomas Rell")?.date == Day(iso: "2024-03-02"))
}

@Test func aVisitsWeekdayWithItsDateGivesTheDayWithoutAPublicationDate() {
    let f = extract(
        """
        President Karl Osei of Ghana will meet President Ali Warsame of Kenya.
        Osei will be in Mombasa for a state visit starting Wednesday, 27th March 2019.
        """)
    #expect(f.meeting("Ali Warsame", "Karl Osei")?.date?.description == "2019-03-27")
    #expect(f.meeting("Ali Warsame", "Karl Osei")?.place == "Mombasa")
}

@Test func anAccompanyingHostAsideTakesTheTenseOfTheVerbAfterIt() {
    let planned = extract("President Karl Osei of Ghana, accompanied by his host President Ali Warsame, will tour the port.", published: "2019-03-25")
    #expect(planned.meeting("Ali Warsame", "Karl Osei")?.status == .planned)
    let held = extract("President Karl Osei of Ghana, accompanied by his host President Ali Warsame, toured the port.", published: "2019-03-25")
    #expect(held.meeting("Ali Warsame", "Karl Osei")?.status == .held)
}

@Test func aCityNamedAfterTheWordCapitalPlacesAVisit() {
    for arrival in [
        "arrived in the Kenyan capital, Nairobi, on Thursday", "arrived in Kenya's capital Nairobi on Thursday", "arrived in the capital Nairobi on Thursday",
    ] {
        let f = extract(
            """
            President Ivo Marek \(arrival).
            He held talks with President Ali Warsame of Kenya.
            """, published: "2020-07-03")
        #expect(f.meeting("Ali Warsame", "Ivo Marek")?.place == "Nairobi", "\(arrival)")
    }
    // A capital that is only spoken of places no one.
    let g = extract(
        """
        President Ivo Marek praised the growth of the capital Nairobi on Thursday.
        He held talks with President Ali Warsame of Kenya.
        """, published: "2020-07-03")
    #expect(g.meeting("Ali Warsame", "Ivo Marek")?.place == nil)
}

@Test func anObjectPronounAfterAMeetingWordIsThePersonNamedBefore() {
    for verb in ["received him", "welcomed him", "met with him", "received her at the palace"] {
        let f = extract(
            """
            President Ivo Marek arrived in Doha on Thursday.
            Emir Tamim Khalifa \(verb).
            """, published: "2020-07-03")
        #expect(f.pairs == [["Ivo Marek", "Tamim Khalifa"]], "\(verb)")
    }
    // "her delegation" is a possessive; and a pronoun whose person was named long before finds no one.
    #expect(extract("President Ivo Marek arrived in Doha on Thursday. Emir Tamim Khalifa received her delegation.").meetings.isEmpty)
    let far = extract(
        """
        President Ivo Marek arrived in Doha on Thursday.
        Trade between the two states grew.
        Exports of gas rose.
        Emir Tamim Khalifa received him.
        """)
    #expect(far.meetings.isEmpty)
}

// A trip still to come whose purpose is the encounter ("was to fly to C for talks with B",
// "are expected to arrive in C for talks") announces a planned encounter: own sentences.

@Test func anEncounterThatIsThePurposeOfAComingTripIsPlanned() {
    let f = extract(
        """
        President Lena Moreau met President Kofi Adjei in Accra on Wednesday.
        Moreau was to fly on to Lome on Friday for talks with President Yao Mensah.
        Mediator Ivo Petrov prepared to travel to Juba on Friday to meet President Dara Quinn.
        President Anna Lind and President Omar Haddad are expected to arrive in Minsk in the afternoon for talks.
        """, published: "2024-06-20")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.status == .held)
    #expect(f.meeting("Lena Moreau", "Yao Mensah")?.status == .planned)
    #expect(f.meeting("Lena Moreau", "Yao Mensah")?.date == Day(iso: "2024-06-21"))
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.status == .planned)
    #expect(f.meeting("Anna Lind", "Omar Haddad")?.status == .planned)
}

@Test func aTripMadeOrUsedToBeMadeForTalksIsHeld() {
    let f = extract(
        """
        President Lena Moreau flew to Lome on Tuesday for talks with President Kofi Adjei.
        Minister Ivo Petrov had come to Juba on Monday to meet Minister Dara Quinn.
        """, published: "2024-06-20")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.status == .held)
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.status == .held)
}

// Agency copy puts the place and the day between "received" and its object, and sets the
// object's title off by a comma: own sentences.

@Test func receivedWithPlaceAndDayBeforeATitleSetOffByAComma() {
    let f = extract(
        """
        Foreign Minister Lena Moreau received at the ministry in Accra today the Peruvian Ambassador, Kofi Adjei, who briefed her on the visit.
        """, published: "2024-06-20")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Accra")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.date == Day(iso: "2024-06-20"))
}

// Ministries' releases name their minister by an abbreviated title alone ("EAM called on the
// president"): the one person of the article with the full title, never a guess between two.

@Test func aTitleAbbreviatedAloneIsItsOnlyHolder() {
    let f = extract(
        """
        External Affairs Minister Lena Moreau is on an official visit to Peru.
        Today, EAM called on President Kofi Adjei at the Presidential Palace.
        """, published: "2024-06-20")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.status == .held)
    let two = extract(
        """
        Prime Minister Ivo Petrov and Prime Minister Dara Quinn arrived in Lima.
        Today, PM called on President Kofi Adjei at the Presidential Palace.
        """, published: "2024-06-20")
    #expect(two.meeting("Ivo Petrov", "Kofi Adjei") == nil)
    #expect(two.meeting("Dara Quinn", "Kofi Adjei") == nil)
}

// Speaking to the press is no encounter with the person spoken about (guidelines: an interview
// with a reporter is not a meeting): own sentences.

@Test func speakingToThePressAboutSomeoneIsNoMeeting() {
    let f = extract(
        """
        Foreign Minister Lena Moreau spoke to reporters about President Kofi Adjei on Monday.
        Minister Ivo Petrov talked with local journalists about Minister Dara Quinn on Tuesday.
        Minister Anna Lind spoke with President Omar Haddad on Wednesday.
        """, published: "2024-06-20")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei") == nil)
    #expect(f.meeting("Ivo Petrov", "Dara Quinn") == nil)
    #expect(f.meeting("Anna Lind", "Omar Haddad") != nil)
}

/// "Secretary" alone is an office before a name ("Secretary Lind", "the Transport Secretary
/// Ana Ruiz"), so the person is found and the call between the two is read.
@Test func secretaryAloneIsATitle() {
    let f = extract(
        "Finnish Foreign Minister Pekka Aho spoke by telephone on Friday with Scotland's Transport Secretary Moira Gunn about ferries.",
        published: "2019-06-09")
    #expect(f.person("Moira Gunn")?.title == "Secretary")
    #expect(f.meeting("Pekka Aho", "Moira Gunn")?.mode == .call)
    #expect(f.meeting("Pekka Aho", "Moira Gunn")?.date == Day(iso: "2019-06-07"))
    #expect(extract("Secretary Tom Lind met Foreign Minister Pekka Aho in Oslo on Friday.", published: "2019-06-09").meeting("Tom Lind", "Pekka Aho") != nil)
}

/// The one who sent a message, greetings or a letter, or on whose behalf a guest came, was not at
/// the encounter; the bearer and the host were.
@Test func theSenderOfAMessageIsNoParticipant() {
    let f = extract(
        "Envoy Lina Sousa paid a courtesy call on President Omar Diallo at the palace on Monday, where she handed over a message from President Rui Matos.",
        published: "2021-05-12")
    #expect(f.pairs == [["Lina Sousa", "Omar Diallo"]])
    let g = extract(
        "President Omar Diallo received envoy Lina Sousa, who came on behalf of King Rui Matos, at the palace on Monday.", published: "2021-05-12")
    #expect(g.pairs == [["Lina Sousa", "Omar Diallo"]])
    // "from" with no thing sent before it: the person came from the meeting with the other.
    let h = extract("President Omar Diallo met Ambassador Lina Sousa and a delegation from Minister Rui Matos in Bamako on Monday.", published: "2021-05-12")
    #expect(h.meeting("Omar Diallo", "Rui Matos") != nil)
}

/// "The two heads of state" are the two heads of state last named when the encounter just
/// reported was not between two of them; "the two leaders" stays that pair.
@Test func aGroupNamedByOfficeIsTheTwoWhoHoldIt() {
    let f = extract(
        """
        Foreign Minister Awa Ndiaye was received on Tuesday by President Omar Diallo in Bamako, to whom she brought a message from President Moussa Faye. The two heads of state last met in Dakar in February.
        """, published: "2021-05-12")
    #expect(f.meeting("Omar Diallo", "Moussa Faye")?.place == "Dakar")
    #expect(f.meeting("Awa Ndiaye", "Moussa Faye") == nil)
    let g = extract(
        "Foreign Minister Awa Ndiaye met President Omar Diallo in Bamako on Tuesday. The two leaders discussed trade.", published: "2021-05-12")
    #expect(g.pairs == [["Awa Ndiaye", "Omar Diallo"]])
}

/// A cancellation in a clause of another event after the meeting word ("a day after he called
/// off his visit") leaves the encounter held; one that speaks of the meeting still voids it.
@Test func aCancellationOfAnotherEventLeavesTheCallHeld() {
    let f = extract(
        "President Tom Reed spoke by telephone with Prime Minister Anna Holm of Norway on Wednesday, a day after he called off his state visit to Norway.",
        published: "2019-08-22")
    #expect(f.meeting("Tom Reed", "Anna Holm")?.mode == .call)
    #expect(f.meeting("Tom Reed", "Anna Holm")?.date == Day(iso: "2019-08-21"))
    let g = extract(
        "Talks between President Tom Reed and Prime Minister Anna Holm of Norway were called off after the row over the fisheries.",
        published: "2019-08-22")
    #expect(g.meetings.isEmpty)
}

/// "had been due to hold talks" in a report of a visit called off: the plan fell through for
/// good, no meeting, nor the host of the infinitive after "and"; the same plan in a report of a
/// visit put off to a later day stays planned.
@Test func aPastPlanOfAVisitCalledOffIsNoMeeting() {
    let f = extract(
        """
        President Tom Reed called off his state visit to Norway on Tuesday.
        Reed had been due to hold talks with Prime Minister Anna Holm in Oslo on September 2 and to be hosted by King Olav Berg.
        """, published: "2019-08-22")
    #expect(f.meetings.isEmpty)
    let g = extract(
        """
        President Tom Reed's state visit to Norway has been put off with no new date.
        Reed had been due to hold talks with Prime Minister Anna Holm in Oslo on September 2 and to be hosted by King Olav Berg.
        """, published: "2019-08-22")
    #expect(g.meeting("Tom Reed", "Anna Holm")?.status == .planned)
    #expect(g.meeting("Tom Reed", "Olav Berg")?.status == .planned)
}

/// "A's visit, during which he was to meet B, has been postponed": "he" is the owner of the
/// visit, named in the same sentence, even when nothing was said before it.
@Test func hePointsToTheOwnerOfTheVisitInItsSentence() {
    let f = extract(
        "Italian Prime Minister Marco Conti's visit to Spain, during which he was to meet Prime Minister Pedro Vidal in Seville, has been postponed.",
        published: "2019-12-13")
    #expect(f.meeting("Marco Conti", "Pedro Vidal")?.status == .planned)
    #expect(f.meeting("Marco Conti", "Pedro Vidal")?.place == "Seville")
    // A speaker named in the clause still comes first.
    let g = extract(
        "After Prime Minister Marco Conti's visit, Foreign Minister Ana Ruiz said she would meet Prime Minister Pedro Vidal on Friday.",
        published: "2019-12-13")
    #expect(g.pairs == [["Ana Ruiz", "Pedro Vidal"]])
}

/// A lead that reports two people acting together ("A and his counterpart B agreed here
/// yesterday") gives its day and place to "the two leaders" spoke, a few sentences on; a lead
/// with people acting apart, or no group, gives nothing.
@Test func aJointLeadGivesTheTwoLeadersTheirDayAndPlace() {
    let f = extract(
        """
        SUVA - Prime Minister Jone Rabuka and his Tongan counterpart Siaosi Tupou agreed here yesterday to send the reef dispute to a technical group.
        The reef lies south of the islands. Both states claim it.
        The two leaders spoke for more than two hours at the Prime Minister's Office.
        """, published: "2020-02-14")
    #expect(f.meeting("Jone Rabuka", "Siaosi Tupou")?.date == Day(iso: "2020-02-13"))
    #expect(f.meeting("Jone Rabuka", "Siaosi Tupou")?.place == "Suva")
    let g = extract(
        """
        SUVA - Prime Minister Jone Rabuka said yesterday that Foreign Minister Siaosi Tupou of Tonga was wrong.
        The two leaders spoke for two hours later in the week.
        """, published: "2020-02-14")
    #expect(g.meeting("Jone Rabuka", "Siaosi Tupou")?.date == nil)
}

/// A role set off by commas after a name ("B, chairman of the regional bloc, and C") keeps the
/// list of guests whole: the day and the place after the last name are each guest's.
@Test func aRoleBetweenCommasKeepsTheListOfGuests() {
    let f = extract(
        """
        KINGSTON - US Secretary of State Tom Baker met Prime Minister Andrew Hall, Guyanese President Irfan Ali, chairman of the Caribbean Community, and Barbados Prime Minister Mia Mott in the Jamaican capital yesterday for emergency talks on Haiti.
        """, published: "2024-03-12")
    for guest in ["Andrew Hall", "Irfan Ali", "Mia Mott"] {
        #expect(f.meeting("Tom Baker", guest)?.date == Day(iso: "2024-03-11"))
        #expect(f.meeting("Tom Baker", guest)?.place == "Kingston")
    }
}

/// "The three heads of state" are the three people of the encounter just reported, when it had
/// three: their talks, with a place of their own, are that encounter, on its day, not on the day
/// a visit report gave one of them. A group whose number is not the encounter's is no one.
@Test func aGroupOfThreeIsTheEncounterOfThree() {
    let f = extract(
        """
        President Omar Diallo of Mali landed on Tuesday and was met at the airport by President Awa Ndiaye.
        On Wednesday they were joined by President Rui Matos of Cape Verde. The three heads of state talked for four hours in the Senegalese capital.
        """, published: "2022-05-19")
    let trios = f.meetings.filter { $0.participants.count == 3 }
    #expect(trios.count == 1)
    #expect(trios.first?.date == Day(iso: "2022-05-18"))
    #expect(trios.first?.place == "Dakar")
    let g = extract(
        """
        President Omar Diallo of Mali met President Awa Ndiaye in Dakar on Tuesday.
        The three leaders later talked in Praia.
        """, published: "2022-05-19")
    #expect(g.meetings.count == 1)
    #expect(g.meeting("Omar Diallo", "Awa Ndiaye")?.place == "Dakar")
}

/// A passive meeting verb keeps its agent after a place and a day ("was received at the
/// ministry in Rome on Tuesday by A"); a "by" after another clause is not its agent.
@Test func aPassiveVerbFindsItsAgentPastPlaceAndDay() {
    let f = extract(
        "Ambassador Pierre Dupuis was received at the foreign ministry in Rome on Tuesday by Foreign Minister Elena Ferri.", published: "2018-02-14")
    #expect(f.meeting("Pierre Dupuis", "Elena Ferri")?.place == "Rome")
    #expect(f.meeting("Pierre Dupuis", "Elena Ferri")?.date == Day(iso: "2018-02-13"))
    let g = extract(
        "Ambassador Pierre Dupuis was received at the foreign ministry in Rome on Tuesday, and a note written by Foreign Minister Elena Ferri was read out.",
        published: "2018-02-14")
    #expect(g.meeting("Pierre Dupuis", "Elena Ferri") == nil)
}

/// "the President of the Transition, Colonel A": a title with its remit, then the holder's name
/// set off by a comma, is that person, not the one other president of the article.
@Test func aTitleWithRemitBeforeItsHoldersNameIsNoRoleReference() {
    let f = extract(
        """
        Prime Minister Omar Sy arrived in Bamako on Wednesday. He was received at Koulouba Palace by the President of the Transition, Colonel Ali Coulibaly.
        President Awa Ndiaye, elected in March, sent him to the region.
        """, published: "2024-05-17")
    #expect(f.meeting("Omar Sy", "Ali Coulibaly") != nil)
    #expect(f.meeting("Omar Sy", "Awa Ndiaye") == nil)
}

/// An "and" inside a state's name ("St Vincent and the Grenadines", "Trinidad and Tobago") joins
/// no clauses: the guest named after it is still the host's guest.
@Test func anAndInsideAStatesNameCutsNoClause() {
    let f = extract(
        "Prime Minister Allen Chastain hosted St Vincent and the Grenadines Prime Minister Dr Ralph Gordon in Castries on Wednesday for talks.",
        published: "2019-10-10")
    #expect(f.meeting("Allen Chastain", "Ralph Gordon")?.place == "Castries")
    let g = extract(
        "Prime Minister Allen Chastain received Trinidad and Tobago Foreign Minister Ana Lee on Monday and held talks with the press.",
        published: "2019-10-10")
    #expect(g.meeting("Allen Chastain", "Ana Lee") != nil)
}

/// "A told B on Thursday that ...": a lead that has one speak to the other gives its day to
/// "the two ministers" met a sentence later, whose clause names its own place; a lead where no
/// one is spoken to gives its day as the lead of the report, to its speaker's encounter.
@Test func aLeadWhereOneTellsTheOtherGivesTheTwoTheirDay() {
    let f = extract(
        """
        Foreign Minister Sergio Cafaro told Foreign Secretary James Cole on Thursday that his government wanted to reopen talks on the islands.
        The two ministers spoke on the sidelines of the regional meeting in New Delhi.
        """, published: "2023-03-03")
    #expect(f.meeting("Sergio Cafaro", "James Cole")?.date == Day(iso: "2023-03-02"))
    #expect(f.meeting("Sergio Cafaro", "James Cole")?.place == "New Delhi")
    let g = extract(
        """
        Foreign Minister Sergio Cafaro said on Thursday that his government wanted to reopen talks on the islands.
        The two ministers spoke on the sidelines of the regional meeting in New Delhi with Foreign Secretary James Cole.
        """, published: "2023-03-03")
    #expect(g.meeting("Sergio Cafaro", "James Cole")?.date == Day(iso: "2023-03-02"))
}

/// "will talk by telephone": "talk" is a verb of encounter as "speak" is; "Instead, A and B will
/// talk" reports the call that replaces a visit, while "instead of talking to B" refuses it.
@Test func aTalkInsteadOfAVisitIsACall() {
    let f = extract(
        "Instead Prime Minister Andres Aus and Prime Minister Matti Vaha will talk by telephone on Tuesday about the rail project.", published: "2010-04-19")
    #expect(f.meeting("Andres Aus", "Matti Vaha")?.mode == .call)
    #expect(f.meeting("Andres Aus", "Matti Vaha")?.status == .planned)
    #expect(f.meeting("Andres Aus", "Matti Vaha")?.date == Day(iso: "2010-04-20"))
    let g = extract(
        "Prime Minister Andres Aus went to the border instead of talking with Prime Minister Matti Vaha on Tuesday.", published: "2010-04-19")
    #expect(g.meetings.isEmpty)
}

/// On a live page, an encounter "now" under way or "just" over is on the day of publication;
/// "now" far from the meeting word says nothing of its day.
@Test func anEncounterUnderWayNowIsOnThePublicationDay() {
    let f = extract("15:02 - President Anne Roy and President Li Wen are meeting now in Nusa Dua.", published: "2022-11-15")
    #expect(f.meeting("Anne Roy", "Li Wen")?.date == Day(iso: "2022-11-15"))
    let g = extract("11:40 - Prime Minister Tom Hale has just finished his meeting with President Li Wen.", published: "2022-11-15")
    #expect(g.meeting("Tom Hale", "Li Wen")?.date == Day(iso: "2022-11-15"))
    let h = extract("Prime Minister Tom Hale met President Li Wen, and the two sides now hope for a trade deal.", published: "2022-11-15")
    #expect(h.meeting("Tom Hale", "Li Wen")?.date == nil)
}

/// "A led a delegation that met B": the party A leads met B, so A did; the "that" after the party
/// is no "that" of reported speech ("A told reporters that B met C" keeps A out).
@Test func aLeaderOfADelegationThatMetSomeoneMetThem() {
    for lead in [
        "Prime Minister Mira Sova led a trade delegation that sat down with Chancellor Ulrich Brenner in Vienna on Monday.",
        "Prime Minister Mira Sova headed a small trade delegation which held talks with Chancellor Ulrich Brenner in Vienna on Monday.",
    ] {
        let f = extract(lead, published: "2023-10-04")
        #expect(f.meeting("Mira Sova", "Ulrich Brenner")?.place == "Vienna", "\(lead)")
        #expect(f.meeting("Mira Sova", "Ulrich Brenner")?.date == Day(iso: "2023-10-02"), "\(lead)")
    }
    let g = extract(
        "Prime Minister Mira Sova told reporters that Chancellor Ulrich Brenner met President Lene Dahl in Vienna on Monday.", published: "2023-10-04")
    #expect(g.meeting("Mira Sova", "Ulrich Brenner") == nil)
    #expect(g.meeting("Ulrich Brenner", "Lene Dahl") != nil)
}

/// "The Prime Minister was accompanied by A and B", a sentence of its own after the encounter: the
/// leader's party took part. Not an aside ("A, accompanied by B, later toured ..."), not the party
/// of someone who was not at the encounter, not long after it.
@Test func aParticipantsPartyNamedAfterTheEncounterJoinsIt() {
    let lead = "Prime Minister Mira Sova met Chancellor Ulrich Brenner in Vienna on Monday."
    for follow in [
        "The Prime Minister was accompanied by her energy minister, Tomas Lenk, and by the deputy speaker, Senator Ana Rusu.",
        "Sova was accompanied by Finance Minister Tomas Lenk and Senator Ana Rusu.",
    ] {
        let f = extract(lead + " " + follow, published: "2023-10-04")
        #expect(f.meetings.count == 1, "\(follow)")
        #expect(Set(f.meetings.first?.participants ?? []) == ["Mira Sova", "Ulrich Brenner", "Tomas Lenk", "Ana Rusu"], "\(follow)")
    }
    for follow in [
        "Sova, accompanied by Finance Minister Tomas Lenk, later toured the old town.",
        "Meanwhile, President Karl Ebner was accompanied by Finance Minister Tomas Lenk on a visit to a steel plant.",
        "The weather was mild. Markets were calm. The river was high. Trade grew. Exports rose. Imports fell. In 2019, Sova was accompanied by Finance Minister Tomas Lenk.",
    ] {
        let f = extract(lead + " " + follow, published: "2023-10-04")
        #expect(f.meetings.count == 1, "\(follow)")
        #expect(f.meetings.first?.participants.contains("Tomas Lenk") == false, "\(follow)")
    }
}

/// "ROME, Feb 13 (Wire) - ... on Monday": the dateline's day is the day the report was filed; the
/// day the report gives wins, for the encounter and for a trip that frames later reports. Without
/// a day of the report's own, the dateline's day stays.
@Test func theDayAReportGivesWinsOverItsDatelinesDay() {
    let f = extract(
        "ROME, Feb 13 (Tiber Wire) - Pope Leo welcomed President Anna Ruml at the Apostolic Palace on Monday for forty minutes.",
        published: "2024-02-13")
    #expect(f.meeting("Leo", "Anna Ruml")?.date == Day(iso: "2024-02-12"))
    let g = extract(
        """
        LIMA, May 15 (Andes Wire) - President Rosa Quispe travelled to Quito on Monday for talks with President Jorge Vela about the river.
        The two presidents spent the afternoon together at the Carondelet Palace.
        """, published: "2013-05-15")
    #expect(g.meetings.count == 1)
    #expect(g.meeting("Rosa Quispe", "Jorge Vela")?.date == Day(iso: "2013-05-13"))
    let s = extract(
        "VATICAN CITY, Feb 13 (Tiber Wire) - Pope Leo welcomed President Anna Ruml at the Apostolic Palace on Monday for forty minutes.",
        published: "2024-02-13")
    #expect(s.meeting("Leo", "Anna Ruml")?.date == Day(iso: "2024-02-12"))
    let h = extract("BAKU, December 2 (Caspian Wire) - President Ilham Aliyev has received Foreign Minister Jan Lipavsky.", published: "2022-12-03")
    #expect(h.meeting("Ilham Aliyev", "Jan Lipavsky")?.date == Day(iso: "2022-12-02"))
}

/// A venue named with its noun first ("Palazzo Chigi", "Casa Rosada") and the city around it do not
/// conflict: two reports of the same pair on the same day there are one encounter.
@Test func aVenueWhoseNounComesFirstAndItsCityAreOneEncounter() {
    let f = extract(
        """
        President Anna Ruml flew to Buenos Aires on Monday for talks with President Hugo Brandt.
        The two presidents met for an hour at the Casa Rosada.
        """, published: "2023-06-07")
    #expect(f.meetings.count == 1)
    #expect(f.meeting("Anna Ruml", "Hugo Brandt")?.place == "Buenos Aires")
}

/// "A hosted the meeting, which was attended by B, C and D": one encounter of all four, not a
/// host's bilaterals; a relative clause that says something else ("which was held in private")
/// adds no one.
@Test func aMeetingAttendedByAListIsOneEncounterOfThemAll() {
    let f = extract(
        "President Anna Kovac hosted the meeting, which was attended by Uzbek President Tomas Varga, Kyrgyz President Pal Horn and Tajik President Ilse Brandt.",
        published: "2022-10-28")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Anna Kovac", "Tomas Varga", "Pal Horn", "Ilse Brandt"])
    let g = extract(
        "President Anna Kovac received President Tomas Varga, who was accompanied by his wife, and later met Prime Minister Pal Horn.",
        published: "2022-10-28")
    #expect(g.meeting("Anna Kovac", "Tomas Varga") != nil)
    #expect(g.meeting("Tomas Varga", "Pal Horn") == nil)
}

/// "A met the leaders of the region in C yesterday. B hosted the meeting, which was attended by D
/// and E": the meeting announced, with its one named person, its day and its place. A meeting
/// reported without "the" is another, and a person met alone frames nothing.
@Test func aMeetingWithAnUnnamedGroupIsTheOneItsAttendeesAreNamedAt() {
    let f = extract(
        """
        Council President Anna Ruml met the heads of state of the region in the Kazakh capital yesterday.
        President Tomas Varga hosted the meeting, which was attended by President Pal Horn and President Ilse Brandt.
        """, published: "2022-10-28")
    #expect(f.meetings.count == 1)
    let m = f.meetings.first
    #expect(Set(m?.participants ?? []) == ["Anna Ruml", "Tomas Varga", "Pal Horn", "Ilse Brandt"])
    #expect(m?.date == Day(iso: "2022-10-27"))
    #expect(m?.place == "Astana")
    let g = extract(
        """
        Council President Anna Ruml met the heads of state of the region in the Kazakh capital yesterday.
        President Tomas Varga will host a summit next month, to be attended by President Pal Horn.
        """, published: "2022-10-28")
    #expect(g.meetings.allSatisfy { !$0.participants.contains("Anna Ruml") })
    let h = extract(
        """
        Council President Anna Ruml met the heads of state of the region in the Kazakh capital yesterday.
        President Pal Horn and President Ilse Brandt held talks in Paris on Friday.
        """, published: "2022-10-28")
    #expect(h.meeting("Anna Ruml", "Pal Horn") == nil)
    #expect(h.meeting("Pal Horn", "Ilse Brandt")?.place == "Paris")
}

/// "were also present at the delegation-level talks": a few describing words between "the" and the
/// meeting word still make it the meeting just reported; "at talks" without "the" is another.
@Test func peoplePresentAtTheDescribedTalksJoinThem() {
    let f = extract(
        """
        Prime Minister Anil Raman and Prime Minister Nikos Dimas held talks at Hyderabad House on Wednesday.
        Foreign Minister Petros Lakis and Foreign Minister Ravi Menon were also present at the delegation-level talks.
        """, published: "2024-02-22")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Anil Raman", "Nikos Dimas", "Petros Lakis", "Ravi Menon"])
    let g = extract(
        """
        Prime Minister Anil Raman and Prime Minister Nikos Dimas held talks at Hyderabad House on Wednesday.
        Foreign Minister Petros Lakis and Foreign Minister Ravi Menon held talks in Athens on Friday.
        """, published: "2024-02-22")
    #expect(g.meetings.count == 2)
}

/// "Earlier in the day" is the day of the last encounter reported with a day, past one recalled
/// without a day; with no encounter before it, the day of the event the sentence before tells.
@Test func earlierInTheDayIsTheDayOfTheLastDatedEvent() {
    let f = extract(
        """
        Prime Minister Anil Raman and Prime Minister Nikos Dimas held talks at Hyderabad House on Wednesday.
        Raman had held talks with Dimas in Athens once before.
        Earlier in the day Foreign Minister Ravi Menon called on Dimas at his hotel.
        """, published: "2024-02-23")
    #expect(f.meeting("Ravi Menon", "Nikos Dimas")?.date == Day(iso: "2024-02-21"))
    let g = extract(
        """
        King Albert Moreau addressed a joint session of parliament on Wednesday.
        Earlier in the day the king held talks with President Felix Abeni at the Palais du Peuple.
        """, published: "2022-06-09")
    #expect(g.meeting("Albert Moreau", "Felix Abeni")?.date == Day(iso: "2022-06-08"))
    let h = extract(
        """
        King Albert Moreau addressed a joint session of parliament.
        Earlier in the day the king held talks with President Felix Abeni at the Palais du Peuple.
        """, published: "2022-06-09")
    #expect(h.meeting("Albert Moreau", "Felix Abeni")?.date == nil)
}

/// "A met B in C on Monday. She also held talks with D": the sentence right after goes on with
/// that occasion, its day and (with no place of its own) its city. A perfect ("has also met D
/// several times") and a plan ("will also meet D") are other occasions.
@Test func alsoAfterAHeldEncounterGoesOnWithItsDay() {
    let f = extract(
        """
        President Ana Ruiz met Prime Minister Carlo Neri in Rome on Monday.
        She also held talks with Foreign Minister Paolo Verdi.
        """, published: "2024-02-13")
    #expect(f.meeting("Ana Ruiz", "Paolo Verdi")?.date == Day(iso: "2024-02-12"))
    #expect(f.meeting("Ana Ruiz", "Paolo Verdi")?.place == "Rome")
    let g = extract(
        """
        President Ana Ruiz met Prime Minister Carlo Neri in Rome on Monday.
        Ruiz has also met President Sergio Bellini several times.
        She will also meet Foreign Minister Paolo Verdi.
        """, published: "2024-02-13")
    #expect(g.meeting("Ana Ruiz", "Sergio Bellini")?.date == nil)
    #expect(g.meeting("Ana Ruiz", "Paolo Verdi")?.date == nil)
}

/// "The ministers first met in C on January 8": a bare group opening the clause before its verb
/// is the pair last reported meeting; "The leaders of the region met" names a group of its own.
@Test func aBareGroupSubjectIsThePairLastReported() {
    let f = extract(
        """
        Foreign Minister Lena Tan met Foreign Minister Ahmad Zaki on Monday.
        The ministers first met in Johor Bahru on January 8.
        """, published: "2019-01-15")
    #expect(f.meetings.contains { $0.date == Day(iso: "2019-01-08") && $0.place == "Johor Bahru" && Set($0.participants) == ["Lena Tan", "Ahmad Zaki"] })
    let g = extract(
        """
        Foreign Minister Lena Tan met Foreign Minister Ahmad Zaki on Monday.
        The leaders of the region met in Bali in March.
        """, published: "2019-01-15")
    #expect(g.meetings.count == 1)
}

/// "A hosted B and C": a host's guests came to one occasion, one encounter of the three; "A met B
/// and C" is still one encounter with each.
@Test func aHostsGuestsAreOneEncounter() {
    let f = extract(
        "President Tomas Varga hosted President Pal Horn of Chile and President Ilse Brandt of Colombia at the Convention Centre on Saturday.",
        published: "2019-07-07")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Tomas Varga", "Pal Horn", "Ilse Brandt"])
    let g = extract(
        "President Tomas Varga met President Pal Horn of Chile and President Ilse Brandt of Colombia at the Convention Centre on Saturday.",
        published: "2019-07-07")
    #expect(g.meetings.count == 2)
}

/// "A flies to C today. There, he will meet B": "he" is the person the sentence before opened with
/// as its subject, though someone else took part in the encounter reported last.
@Test func aPronounAfterASentenceOpenedByANameIsThatPerson() {
    let f = extract(
        """
        President Filipe Mondlane received President Lazarus Banda at the Ponta Vermelha Palace yesterday.
        Banda flies to Beira today. There, he will meet Prime Minister Adriano Costa.
        """, published: "2022-04-06")
    #expect(f.meeting("Lazarus Banda", "Adriano Costa") != nil)
    #expect(f.meeting("Filipe Mondlane", "Adriano Costa") == nil)
    // A sentence opened by two people ("A and B ...") gives no one subject.
    let g = extract(
        """
        President Filipe Mondlane received President Lazarus Banda at the Ponta Vermelha Palace yesterday.
        Banda and Mondlane spoke to reporters afterwards. He will meet Prime Minister Adriano Costa today.
        """, published: "2022-04-06")
    #expect(g.meeting("Filipe Mondlane", "Adriano Costa") != nil)
}

/// ", before returning to C on Thursday": the day and place of another step of the trip are not
/// the encounter's; "There, he met B" is in the place, and on the day, of the sentence before.
@Test func anotherStepOfTheTripAndThereOpeningASentence() {
    let f = extract(
        "President Lazarus Banda will meet Prime Minister Adriano Costa at the port, before returning to Lilongwe on Thursday.",
        published: "2022-04-06")
    #expect(f.meeting("Lazarus Banda", "Adriano Costa")?.place != "Lilongwe")
    #expect(f.meeting("Lazarus Banda", "Adriano Costa")?.date == nil)
    let g = extract(
        """
        President Lazarus Banda flew to Beira on Tuesday.
        There, he met Prime Minister Adriano Costa at the port.
        """, published: "2022-04-07")
    #expect(g.meeting("Lazarus Banda", "Adriano Costa")?.place == "Beira")
    #expect(g.meeting("Lazarus Banda", "Adriano Costa")?.date == Day(iso: "2022-04-05"))
    let h = extract(
        """
        President Lazarus Banda flew to Beira on Tuesday.
        There is talk that Prime Minister Adriano Costa will meet President Filipe Mondlane soon.
        """, published: "2022-04-07")
    #expect(h.meeting("Adriano Costa", "Filipe Mondlane")?.place == nil)
}

/// "A met B in C yesterday. The two presidents talked at the X Palace. Also present was D": the
/// palace may stand in C, so it is the same occasion, on its day, and the pair's report is part of
/// the larger encounter. A venue on another day, or another city, is another occasion.
@Test func aVenueOfTheCityJustReportedIsTheSameOccasion() {
    let f = extract(
        """
        President Lazarus Banda met President Filipe Mondlane in Maputo yesterday.
        The two presidents talked at the Ponta Vermelha Palace. Also present was Foreign Minister Nancy Phiri.
        """, published: "2022-04-06")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.date == Day(iso: "2022-04-05"))
    #expect(Set(f.meetings.first?.participants ?? []) == ["Lazarus Banda", "Filipe Mondlane", "Nancy Phiri"])
    let g = extract(
        """
        President Lazarus Banda met President Filipe Mondlane in Maputo yesterday.
        The two presidents talked again at the Ponta Vermelha Palace on Friday. Also present was Foreign Minister Nancy Phiri.
        """, published: "2022-04-06")
    #expect(g.meetings.count == 2)
}

/// "A met B yesterday and was then received by C": the clause that goes on with the subject goes on
/// with its day, before any day the visit report gave; "the following day" counts from the
/// encounter reported before, not from the day of arrival.
@Test func aClauseGoingOnWithItsSubjectKeepsItsDay() {
    let f = extract(
        """
        Foreign Minister Li Wen arrived in Lome late on Tuesday.
        He held talks yesterday with Foreign Minister Robert Mensah, and was then received by President Kofi Adama at the presidential palace.
        """, published: "2024-01-18")
    #expect(f.meeting("Li Wen", "Robert Mensah")?.date == Day(iso: "2024-01-17"))
    #expect(f.meeting("Li Wen", "Kofi Adama")?.date == Day(iso: "2024-01-17"))
    let g = extract(
        """
        The tour began on Sunday in Cairo, where Foreign Minister Li Wen met Foreign Minister Sameh Adel.
        President Omar Farid received Li the following day.
        """, published: "2024-01-18")
    #expect(g.meeting("Li Wen", "Omar Farid")?.date == Day(iso: "2024-01-15"))
}

/// "Lome" and "Lomé" name one city: reports of one encounter that spell it both ways are one.
@Test func aCitySpelledWithAndWithoutItsAccentIsOnePlace() {
    let f = extract(
        """
        President Kofi Adama received Foreign Minister Li Wen in Lome on Wednesday.
        The talks between Adama and Li in Lomé on Wednesday covered the port.
        """, published: "2024-01-18")
    #expect(f.meetings.count == 1)
}

/// "After the audience A held talks with B": the occasion just reported goes on, on its day; a day
/// of the clause's own wins.
@Test func talksAfterTheAudienceAreOnItsDay() {
    let f = extract(
        """
        Pope Leo welcomed President Anna Ruml to an audience at the Apostolic Palace on Monday.
        After the audience Ruml held talks with Cardinal Pietro Verdi in the Secretariat of State.
        """, published: "2024-02-13")
    #expect(f.meeting("Anna Ruml", "Pietro Verdi")?.date == Day(iso: "2024-02-12"))
    let g = extract(
        """
        Pope Leo welcomed President Anna Ruml to an audience at the Apostolic Palace on Monday.
        After the audience Ruml held talks on Tuesday with Cardinal Pietro Verdi in Milan.
        """, published: "2024-02-14")
    #expect(g.meeting("Anna Ruml", "Pietro Verdi")?.date == Day(iso: "2024-02-13"))
}

/// A meeting "moved to", "brought forward to" or "pushed back to" a day is rescheduled: planned,
/// on the new day (guidelines, as for a postponement). A person who moved is not a meeting moved.
@Test func aMeetingMovedToAnotherDayIsPlannedOnIt() {
    let f = extract(
        "The meeting between President Anna Ruml and President Hugo Brandt has been brought forward to Saturday.", published: "2014-11-20")
    #expect(f.meeting("Anna Ruml", "Hugo Brandt")?.status == .planned)
    #expect(f.meeting("Anna Ruml", "Hugo Brandt")?.date == Day(iso: "2014-11-22"))
    let g = extract("The talks between President Anna Ruml and President Hugo Brandt were pushed back to December 3.", published: "2014-11-20")
    #expect(g.meeting("Anna Ruml", "Hugo Brandt")?.status == .planned)
    #expect(g.meeting("Anna Ruml", "Hugo Brandt")?.date == Day(iso: "2014-12-03"))
    let h = extract("President Anna Ruml, who moved to Paris in 2010, met President Hugo Brandt on Monday.", published: "2014-11-20")
    #expect(h.meeting("Anna Ruml", "Hugo Brandt")?.status == .held)
}

/// "The three heads of state met ... in the Togolese capital" after a report placed in "LOME" by
/// its dateline: the same city (the gazetteer spells it "Lomé"), so the same encounter, on its
/// day; the ministers "also attended" that one encounter.
@Test func aGroupMeetingInTheSameCityWithoutItsAccentIsTheEncounterReported() {
    let f = extract(
        """
        LOME, 7 July - President Kwame Asante of Ghana and President Yao Kouassi of Ivory Coast agreed on Wednesday to reopen the border, at a summit hosted by Togolese President Komi Adje.
        The three heads of state met for four hours at the presidential palace in the Togolese capital.
        The foreign ministers of the three countries, Ama Boadu of Ghana, Awa Kone of Ivory Coast and Edem Afari of Togo, also attended.
        """, published: "2022-07-07")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.participants.count == 6)
    #expect(f.meetings.first?.date == Day(iso: "2022-07-06"))
}

/// "A and B joined the talks": two people joining the encounter just reported are at that
/// encounter, not in one of their own.
@Test func twoPeopleWhoJoinedTheTalksJoinTheEncounterReported() {
    let f = extract(
        """
        President Omar Diallo met President Awa Ndiaye in Dakar on Wednesday. The two presidents discussed trade.
        Foreign Ministers Ama Boadu and Edem Afari joined the talks in a wider format.
        """, published: "2019-04-04")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.participants.count == 4)
    #expect(f.meeting("Ama Boadu", "Edem Afari")?.place == "Dakar")
}

/// "President A of Mali and President B of Senegal signed ... on Monday. The two leaders held
/// talks at the presidential palace.": the lead reports the two together (each with a state after
/// the name), so the talks of "the two leaders" right after took place that day.
@Test func aJointLeadOfTwoNamedWithTheirStatesDatesTheTwoLeadersTalks() {
    let f = extract(
        """
        President Omar Diallo of Mali and President Awa Ndiaye of Senegal signed deals worth two billion dollars in Dakar on Monday.
        The two leaders held talks at the presidential palace.
        """, published: "2013-09-10")
    #expect(f.meeting("Omar Diallo", "Awa Ndiaye")?.date == Day(iso: "2013-09-09"))
    #expect(f.meeting("Omar Diallo", "Awa Ndiaye")?.place == "Dakar")
}

/// "A met B in C on Monday. He also held a working lunch with D the same day": the subject by
/// pronoun goes on with the same day, still in C.
@Test func aPronounSubjectGoingOnTheSameDayStaysInTheCity() {
    let f = extract(
        """
        Prime Minister Kofi Mensah met President Ama Boadu at the Jubilee House in Accra on Monday for talks.
        He also held a working lunch with Foreign Minister Edem Afari the same day.
        """, published: "2006-05-17")
    #expect(f.meeting("Kofi Mensah", "Edem Afari")?.place == "Accra")
    #expect(f.meeting("Kofi Mensah", "Edem Afari")?.date == Day(iso: "2006-05-15"))
}

/// Two named people acting together in a city on a day ("In Lome on Saturday, A and B agreed on
/// a deal") with no encounter of the two reported anywhere: they were together there.
@Test func twoNamedActingTogetherInACityOnADayMet() {
    let held = extract(
        "In Lome on Saturday, President Kwame Asante of Ghana and President Komi Adje of Togo agreed on a deal to reopen the border.",
        published: "2013-09-10")
    #expect(held.meeting("Kwame Asante", "Komi Adje")?.status == .held)
    #expect(held.meeting("Kwame Asante", "Komi Adje")?.date == Day(iso: "2013-09-07"))
    #expect(held.meeting("Kwame Asante", "Komi Adje")?.place == "Lome")
    let planned = extract(
        "President Kwame Asante of Ghana and President Komi Adje of Togo will sign the accord in Lome on Friday.", published: "2013-09-10")
    #expect(planned.meeting("Kwame Asante", "Komi Adje")?.status == .planned)
    // Without a place, acting together is no proof of being together.
    let nowhere = extract(
        "President Kwame Asante of Ghana and President Komi Adje of Togo agreed on Saturday to reopen the border.", published: "2013-09-10")
    #expect(nowhere.meetings.isEmpty)
}

/// "A will go on to C later in the week to see B": the encounter is the purpose of a trip still to
/// come, the word of planning right before the verb of travel; "He" opening such a sentence is its
/// subject, though more words than a clause's pronoun usually stand between.
@Test func aMeetingThatIsThePurposeOfAComingTripIsPlanned() {
    let lead = "Secretary-General Ana Pereira held talks with Prime Minister Omar Haddad in Beirut yesterday."
    let named = extract("\(lead) Pereira will go on to Damascus later in the week to see President Karim Nasser.", published: "2006-08-29")
    #expect(named.meeting("Ana Pereira", "Karim Nasser")?.status == .planned)
    let pronoun = extract("\(lead) She will go on to Damascus later in the week to see President Karim Nasser.", published: "2006-08-29")
    #expect(pronoun.meeting("Ana Pereira", "Karim Nasser")?.status == .planned)
    // The opening pronoun of a verb of speech is the speaker, not the visitor.
    let speaker = extract(
        "\(lead) She said the minister had accepted an invitation to visit Amman for talks with King Faisal Rahim.", published: "2006-08-29")
    #expect(speaker.meeting("Ana Pereira", "Faisal Rahim") == nil)
}

/// "A held talks with B in C yesterday. A met B at the X Palace and later called on D at his
/// residence": the first clause tells the encounter again (its day), and the clause going on with
/// its subject keeps that day and the city.
@Test func aClauseGoingOnAfterAnEncounterToldAgainKeepsItsDayAndCity() {
    let f = extract(
        """
        Secretary-General Ana Pereira held talks with Prime Minister Omar Haddad in Beirut yesterday.
        Pereira met Haddad at the Grand Serail and later called on Speaker Nabil Farah at his residence.
        """, published: "2006-08-29")
    #expect(f.meeting("Ana Pereira", "Nabil Farah")?.date == Day(iso: "2006-08-28"))
    #expect(f.meeting("Ana Pereira", "Nabil Farah")?.place == "Beirut")
    // A round of talks one by one is no encounter told again: each pair keeps its own report.
    let g = extract(
        """
        Prime Minister Taro Sato hosted President Li Wen and President Park Min in Fukuoka yesterday.
        Sato also held separate talks with Li and with Park in Fukuoka.
        """, published: "2008-12-14")
    #expect(g.meetings.contains { $0.participants.count == 2 })
}

/// "held talks in C with B and then called on D, who told him ... in E": the aside about D says
/// nothing of where they met, and the clause going on with the subject stays in C.
@Test func aPlaceInAnAsideAboutThePersonMetIsNotWhereTheyMet() {
    let f = extract(
        "Foreign Minister Omar Khan held talks in Dushanbe on Wednesday with Foreign Minister Ali Karimov and then called on President Said Rahimov, who told him his country would not recognise a government in Kabul that excluded minorities.",
        published: "2021-08-26")
    #expect(f.meeting("Omar Khan", "Said Rahimov")?.place == "Dushanbe")
    #expect(f.meeting("Omar Khan", "Said Rahimov")?.date == Day(iso: "2021-08-25"))
    // An aside between the name and the place leaves the clause's own place.
    let g = extract("Foreign Minister Omar Khan met President Said Rahimov, who flew in from Moscow, in Dushanbe on Wednesday.", published: "2021-08-26")
    #expect(g.meeting("Omar Khan", "Said Rahimov")?.place == "Dushanbe")
}
