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
