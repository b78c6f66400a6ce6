import Testing
import Extraction

@Test func countriesByNameDemonymCapitalAndSeatOfGovernment() {
    let f = extract("""
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
