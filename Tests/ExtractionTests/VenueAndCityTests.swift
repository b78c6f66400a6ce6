import Extraction
import Testing

// The city named for an encounter comes before its venue (guidelines); the venue stands alone
// only without a city: own sentences.

@Test func aVenueOfBuildingsInACityGivesTheCity() {
    let f = extract(
        """
        President Lena Moreau will host President Kofi Adjei at the Union Buildings in Pretoria on 12 March for talks.
        """, published: "2024-03-05")
    #expect(f.meetings.first?.place == "Pretoria")
    #expect(f.meetings.first?.status == .planned)
}

@Test func aVenueOfBuildingsAloneIsThePlace() {
    let f = extract(
        """
        President Lena Moreau received President Kofi Adjei at the Union Buildings on Monday.
        """, published: "2024-03-05")
    #expect(f.meetings.first?.place == "Union Buildings")
}

// "the Kazakh capital", "Qatar's capital": a capital named by its state alone is that state's
// capital city, for the clause's encounter and for a visit that frames a later one.

@Test func aCapitalNamedByItsStateAloneIsItsCapitalCity() {
    let f = extract(
        """
        Foreign Minister Lena Moreau held talks with Foreign Minister Kofi Adjei in the Ghanaian capital on Monday.
        Prime Minister Ivo Petrov met Prime Minister Dara Quinn in Poland's capital on Tuesday.
        """, published: "2024-03-07")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Accra")
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.place == "Warsaw")
}

/// A day right after the capital ends its phrase ("in the Ghanaian capital yesterday"), as "on
/// Monday" does; a dateline elsewhere does not outrank it.
@Test func aCapitalNamedByItsStateBeforeADayIsItsCapitalCity() {
    let f = extract(
        """
        LONDON - Foreign Minister Lena Moreau held talks with Foreign Minister Kofi Adjei in the Ghanaian capital yesterday.
        """, published: "2024-03-07")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Accra")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.date == Day(iso: "2024-03-06"))
    let g = extract(
        "Prime Minister Ivo Petrov met Prime Minister Dara Quinn in Poland's capital last week.", published: "2024-03-07")
    #expect(g.meeting("Ivo Petrov", "Dara Quinn")?.place == "Warsaw")
    let h = extract(
        "Finance Minister Ivo Petrov met Finance Minister Dara Quinn on Monday to discuss the Polish capital spending plan.", published: "2024-03-07")
    #expect(h.meeting("Ivo Petrov", "Dara Quinn")?.place == nil)
}

@Test func anArrivalInAStatesCapitalPlacesALaterEncounter() {
    let f = extract(
        """
        President Lena Moreau arrived in the Peruvian capital on Wednesday for a two-day visit.
        She held talks with President Kofi Adjei on Thursday.
        """, published: "2024-03-08")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Lima")
}

@Test func capitalAsMoneyOrWithItsCityNamedIsNoUnnamedCapital() {
    let f = extract(
        """
        Finance Minister Lena Moreau met Finance Minister Kofi Adjei on Monday to discuss flows into the Ghanaian capital markets.
        President Ivo Petrov met President Dara Quinn in the Kenyan capital, Mombasa, on Tuesday.
        """, published: "2024-03-07")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == nil)
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.place == "Mombasa")
}

// "in the Black Sea resort city", "in this border town": a described settlement with no name
// points at the dateline city; without a dateline it names no place, and it is no venue.

@Test func aDescribedTownPointsAtTheDatelineCity() {
    let f = extract(
        """
        SOCHI, Russia — The two states agreed on Wednesday to extend the grain deal for a year.
        President Anna Lind announced it after meeting President Omar Haddad in the Black Sea resort city.
        """, published: "2024-06-20")
    #expect(f.meeting("Anna Lind", "Omar Haddad")?.place == "Sochi")
    let undated = extract(
        """
        President Anna Lind met President Omar Haddad in the Black Sea resort city on Wednesday.
        Minister Ivo Petrov met Minister Dara Quinn in the town hall on Thursday.
        """, published: "2024-06-20")
    #expect(undated.meeting("Anna Lind", "Omar Haddad")?.place == nil)
    #expect(undated.meeting("Ivo Petrov", "Dara Quinn")?.place == nil)
}

// Scraped pages put a section line, the headline again and a byline before the dateline.

@Test func aDatelineAfterPageLinesAndABylineIsFound() {
    let f = extract(
        """
        Politics, Europe | 18.06.2024

        Two presidents agree on a border commission

        By Mira Sand

        SOCHI, Russia

        President Anna Lind held talks with President Omar Haddad here on Monday.
        """, published: "2024-06-20")
    #expect(f.meeting("Anna Lind", "Omar Haddad")?.place == "Sochi")
}

// A venue joined to its town by "in the ... capital, C" stands in C; a city the same clause brings
// its people to ("arrived in C ... and held talks at the X Palace") is named for the encounter
// and comes before the venue. A city reached by a verb between ("then flew to C") is another step.

@Test func aVenueInADescribedCapitalGivesTheCity() {
    let f = extract(
        """
        The talks between President Lena Moreau and President Kofi Adjei took place at the Palace of Nations in the Swiss city of Geneva on Wednesday.
        """, published: "2024-03-15")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Geneva")
}

@Test func theCityOfArrivalComesBeforeTheVenueOfTheTalks() {
    let f = extract(
        """
        President Lena Moreau arrived in Nairobi on Tuesday for a state visit and held talks with President Kofi Adjei at State House.
        Prime Minister Ivo Petrov flew into Hanoi on Monday and met Prime Minister Dara Quinn at the Presidential Palace.
        """, published: "2024-03-15")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Nairobi")
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.place == "Hanoi")
}

@Test func aCityLeftOrReachedLaterIsNotTheVenuesTown() {
    let f = extract(
        """
        President Lena Moreau left Nairobi on Sunday and on Monday held talks with President Kofi Adjei at the Jubilee House.
        Prime Minister Ivo Petrov met Prime Minister Dara Quinn at the Presidential Palace on Monday, then flew to Hanoi.
        """, published: "2024-03-15")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Jubilee House")
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.place == "Presidential Palace")
}

// An encounter "on the sidelines" or "at the summit" whose clause names no place took place in the
// city the article gives for that gathering ("the summit in C", "the C conference"); not in the
// city of another kind of gathering, and a call has no place.

@Test func anEncounterOnTheSidelinesTakesTheGatheringsCity() {
    let f = extract(
        """
        Leaders of the region gathered on Monday for the Pacific Islands Forum summit in Suva.
        On the sidelines, Prime Minister Lena Moreau met Prime Minister Kofi Adjei on Tuesday.
        President Ivo Petrov will meet President Dara Quinn on the margins of the summit on Thursday.
        """, published: "2024-03-13")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Suva")
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.place == "Suva")
}

@Test func anotherGatheringOrACallTakesNoGatheringCity() {
    let f = extract(
        """
        Prime Minister Lena Moreau met Prime Minister Kofi Adjei on the sidelines of the General Assembly in September.
        The Pacific Islands Forum summit in Suva ended on Monday.
        President Ivo Petrov spoke by phone with President Dara Quinn on the margins of the summit.
        """, published: "2024-03-13")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == nil)
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.place == nil)
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.mode == .call)
}

// A word of calling set apart by a comma after the meeting word recalls another encounter: the
// clause's own is in person and keeps its place.

@Test func aCallRecalledAfterACommaLeavesTheEncounterInPerson() {
    let f = extract(
        """
        Foreign Minister Lena Moreau and Foreign Minister Kofi Adjei met in Nairobi today, a week after a telephone conversation between their presidents.
        President Ivo Petrov spoke by telephone with President Dara Quinn on Monday.
        """, published: "2024-03-13")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.mode == .inPerson)
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Nairobi")
    #expect(f.meeting("Ivo Petrov", "Dara Quinn")?.mode == .call)
}

// An article reporting from one gathering ("the summit in C") places the encounters it reports
// over the next paragraphs, with no place of their own, at the gathering; not one set before or
// after the gathering, nor one in an article naming gatherings in two cities.

@Test func anEncounterReportedFromAGatheringTakesItsCity() {
    let f = extract(
        """
        Leaders of the region gathered on Tuesday for the annual Pacific Islands Forum in Suva.
        Earlier in the day Prime Minister Lena Moreau held talks with Prime Minister Kofi Adjei.
        """, published: "2024-03-13")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Suva")
}

@Test func anEncounterBeforeTheGatheringOrBetweenTwoGatheringsTakesNoCity() {
    let before = extract(
        """
        Leaders of the region gathered on Tuesday for the annual Pacific Islands Forum in Suva.
        Before the forum, Prime Minister Lena Moreau held talks with Prime Minister Kofi Adjei.
        """, published: "2024-03-13")
    #expect(before.meeting("Lena Moreau", "Kofi Adjei")?.place == nil)
    let two = extract(
        """
        Leaders of the region gathered on Tuesday for the annual Pacific Islands Forum in Suva, a week after the trade assembly in Apia.
        Earlier in the day Prime Minister Lena Moreau held talks with Prime Minister Kofi Adjei.
        """, published: "2024-03-13")
    #expect(two.meeting("Lena Moreau", "Kofi Adjei")?.place == nil)
}

// "later that day", "the same day", "earlier in the day": the day of the encounter just reported,
// and, for one of its people going on with the day, its city; not for someone new who met one of
// them, nor for a statement made later in the day.

@Test func aPersonGoingOnWithTheSameDayKeepsItsDayAndCity() {
    let f = extract(
        """
        Foreign Minister Lena Moreau met Foreign Minister Kofi Adjei in Accra on Monday. Moreau also paid a courtesy call on President Ivo Petrov later that day.
        """, published: "2024-03-15")
    #expect(f.meeting("Lena Moreau", "Ivo Petrov")?.date?.description == "2024-03-11")
    #expect(f.meeting("Lena Moreau", "Ivo Petrov")?.place == "Accra")
}

@Test func someoneNewOrAStatementThatDayTakesNoCityOrDay() {
    let f = extract(
        """
        Foreign Minister Lena Moreau met Foreign Minister Kofi Adjei in Accra on Monday. On the same day, envoy Ivo Petrov met Adjei.
        """, published: "2024-03-15")
    #expect(f.meeting("Ivo Petrov", "Kofi Adjei")?.date?.description == "2024-03-11")
    #expect(f.meeting("Ivo Petrov", "Kofi Adjei")?.place == nil)
    let statement = extract(
        """
        Foreign Minister Lena Moreau met Foreign Minister Kofi Adjei in Accra on Monday.
        President Ivo Petrov will travel to Lome to meet President Dara Quinn, his office said in a statement later in the day.
        """, published: "2024-03-15")
    #expect(statement.meeting("Ivo Petrov", "Dara Quinn")?.date == nil)
}

// "held talks at the X Palace here": "here" names the dateline city for the encounter, which comes
// before the venue; "here" in an aside about a guest ("who arrived here to") does not.

@Test func hereWithAVenueGivesTheDatelineCity() {
    let f = extract(
        """
        ACCRA, March 14 (Wire) - President Lena Moreau and President Kofi Adjei held talks at the Jubilee House here yesterday.
        """, published: "2024-03-15")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.place == "Accra")
    let aside = extract(
        """
        ACCRA, March 14 (Wire) - President Lena Moreau received at the Jubilee House a delegation led by Minister Kofi Adjei, who arrived here to offer condolences.
        """, published: "2024-03-15")
    #expect(aside.meeting("Lena Moreau", "Kofi Adjei")?.place == "Jubilee House")
}

/// A venue word of another language opens the venue's name, connectors of names inside it
/// ("Istana Negara", "Palacio de Oriente", "the Grand Serail").
@Test func venueWordsOfOtherLanguagesOpenTheName() {
    let f = extract(
        """
        Prime Minister Lee Kuan met King Abdullah Shah at Istana Negara on Monday.
        Prime Minister Lee Kuan met President Ana Ruiz at the Palacio de Oriente on Tuesday.
        Envoy Tom Baker met Prime Minister Omar Haddad at the Grand Serail on Wednesday.
        """, published: "2023-09-01")
    #expect(f.meeting("Lee Kuan", "Abdullah Shah")?.place == "Istana Negara")
    #expect(f.meeting("Lee Kuan", "Ana Ruiz")?.place == "Palacio de Oriente")
    #expect(f.meeting("Tom Baker", "Omar Haddad")?.place == "Grand Serail")
}

/// A dateline of a town no list knows, in capitals, before its region and the dateline's mark
/// ("KESTRALO, Goa:") places the encounter the body puts "here"; a heading in capitals without a
/// region after a comma is no dateline.
@Test func aDatelineTownNoListKnowsBeforeItsRegionPlacesHere() {
    let f = extract(
        "KESTRALO, Goa: External Affairs Minister Ravi Menon held talks with Foreign Minister Li Wen of China here on Thursday.", published: "2023-05-05")
    #expect(f.meeting("Ravi Menon", "Li Wen")?.place == "Kestralo")
    let g = extract(
        "KESTRALO, Alberta - Prime Minister Anne Roy held talks with President Ali Ronaldo here on Thursday.", published: "2023-05-05")
    #expect(g.meeting("Anne Roy", "Ali Ronaldo")?.place == "Kestralo")
    let h = extract(
        "EXCLUSIVE: External Affairs Minister Ravi Menon held talks with Foreign Minister Li Wen of China here on Thursday.", published: "2023-05-05")
    #expect(h.meeting("Ravi Menon", "Li Wen")?.place == nil)
    #expect(f.person("Kestralo") == nil)
}

/// "the Black Sea resort of Sochi", "the port of C": a kind of town described, then its name after
/// "of", is the city; "at the Lakeside resort" stays a venue.
@Test func aResortOfATownIsTheTown() {
    let f = extract(
        "Prime Minister Ivan Petrov and Prime Minister Oleh Bondar held talks on Wednesday in the Crimean resort of Yalta.", published: "2003-10-23")
    #expect(f.meeting("Ivan Petrov", "Oleh Bondar")?.place == "Yalta")
    let g = extract("Prime Minister Ivan Petrov and Prime Minister Oleh Bondar held talks on Wednesday at the Lakeside resort.", published: "2003-10-23")
    #expect(g.meeting("Ivan Petrov", "Oleh Bondar")?.place == "Lakeside resort")
}

/// Venues no list knows: a name ending in a venue noun ("Camp", "Manor", "Torre" first), a name
/// with connectors ("Palais de la Nation"), a name an apposition calls a venue ("the Zolvera, the
/// presidential palace"). A city named for the encounter still comes first; an apposition that
/// is no venue makes none.
@Test func venuesNoListKnowsAreReadFromTheirNounsAndAppositions() {
    let cases: [(String, String?)] = [
        ("Defence Minister Anna Ruml met Ambassador Hugo Brandt at Camp Verano on Monday.", "Camp Verano"),
        ("Prime Minister Anna Ruml held talks with Prime Minister Hugo Brandt at Hollins Manor on Monday.", "Hollins Manor"),
        ("President Anna Ruml was hosted by President Hugo Brandt at the Torre Ejecutiva on Monday.", "Torre Ejecutiva"),
        ("President Anna Ruml held talks with King Hugo Brandt at the Palais de la Nation on Monday.", "Palais de la Nation"),
        ("President Anna Ruml and King Hugo Brandt held talks at the Zolvera, the presidential palace, on Monday.", "Zolvera"),
        ("President Anna Ruml met King Hugo Brandt at Camp Verano in Quezon City on Monday.", "Quezon City"),
        ("President Anna Ruml met King Hugo Brandt at the Forum, the annual gathering of donors, on Monday.", nil),
    ]
    for (text, place) in cases {
        let f = extract(text, published: "2024-03-13")
        #expect(f.meeting("Anna Ruml", "Hugo Brandt") != nil, "\(text)")
        #expect(f.meeting("Anna Ruml", "Hugo Brandt")?.place == place, "\(text)")
    }
}

/// "will arrive in C": a planned arrival places its visitor as a past one does; a known name with
/// its venue noun after it is the venue ("Moncloa Palace"); "at X, the presidential palace in C"
/// gives the city.
@Test func plannedArrivalsVenueNounsAndVenueAppositionsGiveTheirPlaces() {
    let f = extract(
        """
        President Anna Ruml will arrive in Hanoi on Monday for a two-day state visit.
        She is also scheduled to call on General Secretary Hugo Brandt during the visit.
        """, published: "2024-03-15")
    #expect(f.meeting("Anna Ruml", "Hugo Brandt")?.place == "Hanoi")
    let g = extract("Prime Minister Anna Ruml will receive President Hugo Brandt at the Moncloa Palace on Friday.", published: "2024-03-13")
    #expect(g.meeting("Anna Ruml", "Hugo Brandt")?.place == "Moncloa Palace")
    let h = extract(
        "President Anna Ruml received President Hugo Brandt at Beit-Salam, the presidential palace in Moroni, yesterday for talks.", published: "2019-11-19")
    #expect(h.meeting("Anna Ruml", "Hugo Brandt")?.place == "Moroni")
    // A verb between the venue and the city makes the city another step.
    let k = extract(
        "President Anna Ruml received President Hugo Brandt at Beit-Salam, the presidential palace, then flew to Moroni on Monday.", published: "2019-11-19")
    #expect(k.meeting("Anna Ruml", "Hugo Brandt")?.place != "Moroni")
}

/// "at Palazzo Chigi in Rome": a seat whose venue noun opens its name stands in the city after
/// it, which the guidelines put first.
@Test func aSeatWhoseVenueNounOpensItsNameGivesWayToItsCity() {
    let f = extract("President Anna Ruml met Prime Minister Giorgia Sala at Palazzo Chigi in Rome on Monday.", published: "2024-02-13")
    #expect(f.meeting("Anna Ruml", "Giorgia Sala")?.place == "Rome")
    let g = extract("President Anna Ruml met Prime Minister Giorgia Sala at Palazzo Chigi on Monday.", published: "2024-02-13")
    #expect(g.meeting("Anna Ruml", "Giorgia Sala")?.place == "Palazzo Chigi")
}

/// "SINGAPORE:", "LUXEMBOURG —": a city-state's name on a dateline is the city, the place of an
/// encounter the body puts "here"; a state that has a capital of its own is no dateline city.
@Test func aCityStateOnTheDatelineIsTheCity() {
    let f = extract(
        "SINGAPORE: Foreign Minister Lena Tan and her Malaysian counterpart Ahmad Zaki met here yesterday.", published: "2019-01-15")
    #expect(f.meeting("Lena Tan", "Ahmad Zaki")?.place == "Singapore")
    let g = extract(
        "INDONESIA: Foreign Minister Lena Tan and her Malaysian counterpart Ahmad Zaki met here yesterday.", published: "2019-01-15")
    #expect(g.meeting("Lena Tan", "Ahmad Zaki")?.place == nil)
}

/// "will meet B in C on Friday to prepare for the summit in D": the place between the clause's
/// meeting word and the next one is its own; "met B on the sidelines of the summit in D" has no
/// place of its own and is at the summit.
@Test func aPlaceBeforeTheNextMeetingWordIsTheClausesOwn() {
    let f = extract(
        "Secretary-General Omar Lindqvist will meet Foreign Minister Dara Quinn in Jakarta on Friday to prepare for the summit in Hanoi.",
        published: "2010-03-10")
    #expect(f.meeting("Omar Lindqvist", "Dara Quinn")?.place == "Jakarta")
    let g = extract(
        "Secretary-General Omar Lindqvist met Foreign Minister Dara Quinn on the sidelines of the summit in Hanoi.", published: "2010-03-10")
    #expect(g.meeting("Omar Lindqvist", "Dara Quinn")?.place == "Hanoi")
}

/// "are to meet in Lombok next week": capitalised words no list knows, right after "meet in", are
/// the place; a month, an organisation and a person's possessive are not.
@Test func anUnlistedNameAfterMeetInIsThePlace() {
    let f = extract("President Ali Wahid and Prime Minister Dara Quinn are scheduled to meet in Lombok next week.", published: "2010-03-10")
    #expect(f.meeting("Ali Wahid", "Dara Quinn")?.place == "Lombok")
    for text in [
        "President Ali Wahid and Prime Minister Dara Quinn met in March.",
        "President Ali Wahid and Prime Minister Dara Quinn met in Parliament on Monday.",
        "President Ali Wahid and Prime Minister Dara Quinn met in Wahid's office on Monday.",
    ] {
        #expect(extract(text, published: "2010-03-10").meeting("Ali Wahid", "Dara Quinn")?.place == nil, "\(text)")
    }
}

@Test func aNameSetOffByCommasAfterAVenueWordIsTheVenue() {
    let f = extract(
        "President Ana Lopez of Chile will meet President Luis Arce of Bolivia at the official residence, Casa Grande, on Tuesday.",
        published: "2019-05-09")
    #expect(f.people.map(\.name).sorted() == ["Ana Lopez", "Luis Arce"])
    #expect(f.meeting("Ana Lopez", "Luis Arce")?.place == "Casa Grande")
    // After a venue that has its own name, the name after the comma is a person's.
    let g = extract(
        "President Ana Lopez met President Luis Arce at the Quemado Palace, Foreign Minister Pedro Ruiz told reporters on Tuesday.",
        published: "2019-05-09")
    #expect(g.people.map(\.name).contains("Pedro Ruiz"))
}

@Test func aVenueNamedAfterItsKindKeepsItsParticles() {
    let f = extract(
        "President Ana Lopez of Chile met President Luis Arce of Bolivia at the presidential palace Casa de Piedra on Tuesday.",
        published: "2019-05-09")
    #expect(f.meeting("Ana Lopez", "Luis Arce")?.place == "Casa de Piedra")
}

@Test func aListedVenueWithoutAVenueWordStandsInTheCityNamedAfterIt() {
    let f = extract(
        "Japanese Prime Minister Kenji Sato met Chinese Premier Li Wen on Monday at the Great Hall of the People in Beijing.",
        published: "2014-11-12")
    #expect(f.meeting("Kenji Sato", "Li Wen")?.place == "Beijing")
    // Named alone, the listed venue is the place.
    let g = extract(
        "Japanese Prime Minister Kenji Sato met Chinese Premier Li Wen on Monday at the Great Hall of the People.", published: "2014-11-12")
    #expect(g.meeting("Kenji Sato", "Li Wen")?.place == "Great Hall of the People")
}

@Test func aPlaceAfterTheIslandOfIsThePlaceOfTheEncounter() {
    let f = extract(
        "Prime Minister Kenji Sato and President Oumar Traore met at a resort on the island of Batam on Thursday.", published: "2014-08-29")
    #expect(f.meeting("Kenji Sato", "Oumar Traore")?.place == "Batam")
}
