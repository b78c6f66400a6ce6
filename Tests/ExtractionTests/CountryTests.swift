import Extraction
import Testing

@Test func countriesByNameDemonymCapitalAndSeatOfGovernment() {
    let f = extract(
        """
        Tokyo protested after the Kremlin said Soviet troops had taken the islands from Japanese control.
        Filipino fishermen and Emirati officials met in Manila.
        """)
    #expect(f.codes == ["JPN", "RUS", "SUN", "PHL", "ARE"])
}

@Test func newspapersAndSeaNamesAreNotCountryMentions() {
    let f = extract("The Japan Times reported a ship in the South China Sea.")
    #expect(f.codes.isEmpty)
}

@Test func aCapitalAsAPlaceIsNotTheStateActing() {
    let f = extract("Armenian and Azerbaijani ministers met in Vienna. Berlin said it welcomed the talks.")
    #expect(f.codes == ["ARM", "AZE", "DEU"])
}

@Test func currencyAmountsAndContinentalDemonymsAreNotStates() {
    let f = extract("Trade with Peru is worth US$818 million a year, and Latin American leaders welcomed it.")
    #expect(f.codes == ["PER"])
}

@Test func aDatelineIsWhereTheReportWasFiledNotAStateActing() {
    let f = extract(
        """
        LONDON - Chile and Peru held talks on fishing rights.
        """)
    #expect(f.codes == ["CHL", "PER"])
    let g = extract("London said it would attend the talks between Chile and Peru.")
    #expect(g.codes.contains("GBR"))
}

@Test func aCheckAlsoListIsNotTheArticle() {
    let f = extract(
        """
        Chile and Peru held talks on fishing rights.
        Check Also
        Iran vows to answer any strike on its ships
        """)
    #expect(f.codes == ["CHL", "PER"])
}

@Test func aRegionNamedNewAfterAStateIsNotThatState() {
    let f = extract(
        """
        Officials from New Mexico and New England travelled to New Zealand and Papua New Guinea last week.
        """)
    #expect(f.countries.map(\.code).sorted() == ["NZL", "PNG"])
}

@Test func aStateNamedLikeAPersonInAPersonsNameIsNotTheState() {
    #expect(extract("Jordan Bardella met the Italian prime minister in Rome.").codes == ["ITA"])
    #expect(extract("Michael Jordan visited Kenya.").codes == ["KEN"])
    #expect(extract("Chad Johnson, a Kenyan businessman, met Ugandan officials.").codes == ["KEN", "UGA"])
    // Alone, before a title or a noun of place, it is the state.
    #expect(extract("Jordan said it would host the talks with Egypt.").codes == ["EGY", "JOR"])
    #expect(extract("Chad Foreign Minister Mahamat Saleh Annadif met Kenyan officials.").codes == ["KEN", "TCD"])
}

@Test func aStateOfTheUnionAfterAnAmericanCityIsNotTheState() {
    #expect(extract("Atlanta, Georgia, hosted the trade talks between Kenya and Uganda.").codes == ["KEN", "UGA"])
    #expect(extract("Tbilisi, Georgia, hosted Kenya.").codes == ["GEO", "KEN"])
}

@Test func aThingNamedAfterAStateIsNotTheState() {
    let f = extract("French fries, Swiss cheese and Turkish coffee were served at the Kenyan embassy.")
    #expect(f.codes == ["KEN"])
    #expect(extract("The Panama Papers named Kenyan officials, Uganda said.").codes == ["KEN", "UGA"])
    #expect(extract("Civil Georgia reported that Kenya and Uganda met.").codes == ["KEN", "UGA"])
}

@Test func aSeatOfGovernmentAfterAWordOfPlaceAndAnArticleIsAPlace() {
    #expect(extract("Kenya and Uganda met at the Kremlin.").codes == ["KEN", "UGA"])
    #expect(extract("The Kremlin said Kenya and Uganda met.").codes == ["KEN", "RUS", "UGA"])
}

@Test func aBylinesPlaceIsNotTheStateActing() {
    let f = extract(
        """
        Civil Georgia, Tbilisi / 15 Apr.'10 / 17:20
        Kenya and Uganda held talks on trade.
        """)
    #expect(f.codes == ["KEN", "UGA"])
}

@Test func menusOfSectionsNameNoState() {
    let oneLine = extract(
        """
        Home | World | Africa | Asia | Europe | Middle East | Russia | China | India
        Kenya and Uganda held talks on trade.
        """)
    #expect(oneLine.codes == ["KEN", "UGA"])
    let oneToALine = extract(
        """
        World
        Africa
        Russia
        China
        Kenya and Uganda held talks on trade.
        """)
    #expect(oneToALine.codes == ["KEN", "UGA"])
    // Two short lines are not a menu.
    let twoLines = extract(
        """
        Russia
        China
        Kenya and Uganda held talks on trade.
        """)
    #expect(twoLines.codes == ["CHN", "KEN", "RUS", "UGA"])
}

@Test func aDatelineWithADateOrAnAgencyAfterItsCommaIsNoStateActing() {
    for dateline in ["MOSCOW, May 3 (Reuters) -", "Beijing, Jan. 5 (Xinhua) --", "Tehran, IRNA --"] {
        let f = extract("\(dateline) Kenyan officials met Ugandan officials on trade.")
        #expect(f.codes == ["KEN", "UGA"], "\(dateline)")
    }
    // A list of capitals before a dash speaks of the states.
    let g = extract("Moscow, Beijing and Washington - all three - agreed.")
    #expect(g.codes == ["RUS", "CHN", "USA"])
}

@Test func bothStatesOfAHyphenatedPairAreNamed() {
    let f = extract("The India-Pakistan border was quiet as US-China talks and Chilean-Argentine consultations resumed.")
    #expect(f.codes == ["IND", "PAK", "USA", "CHN", "CHL", "ARG"])
}

@Test func aHyphenatedWordWithOneStateNamesOnlyIt() {
    let f = extract("A US-led coalition patrolled the Japanese-administered islands near Guinea-Bissau.")
    #expect(f.codes == ["USA", "JPN", "GNB"])
}

@Test func aStateJoinedByAHyphenIsNamedBeforeANameThatEndsInAPlaceWord() {
    // "Island", "Reef", "Bank" end a name as an organisation's words do; the state before the name
    // is part of a company's name only when it stands alone ("China National Petroleum Corp.").
    let f = extract("Voters in Taiwan-administered Selmo Island went to the polls, and Iran-held Kinsa Reef was quiet.")
    #expect(f.codes == ["TWN", "IRN"])
    let company = extract("Kenya signed the deal with China National Petroleum Corp. in Nairobi.")
    #expect(company.codes == ["KEN"])
}
