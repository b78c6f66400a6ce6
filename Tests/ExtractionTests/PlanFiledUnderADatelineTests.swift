import Extraction
import Testing

// A plan told in the sentence a dateline opens: the dateline's city and day are where and when
// the report was filed, not the plan's. A visit under way keeps the dateline's day; a span of
// days gives no one day. Sentences written for these tests.

@Test(arguments: ["—", "-", "--"])
func aTripToComeTakesNeitherTheDatelineCityNorItsDay(_ dash: String) {
    let body = """
        SANTIAGO, March 10 (Andes Wire) \(dash) Chilean Foreign Minister Antonia Urrejola will travel to Peru next week for talks with her counterpart Ana Cecilia Gervasi.
        """
    let m = extract(body, published: "2023-03-10").meeting("Antonia Urrejola", "Ana Cecilia Gervasi")
    #expect(m?.status == .planned)
    #expect(m?.date == nil)
    #expect(m?.place == nil)
}

@Test func aVisitUnderWayKeepsTheDatelineDayForWhatIsDueLater() {
    let body = """
        KATHMANDU, Nov 27 (Valley Wire) - Foreign Secretary Harsh Vardhan Shringla of India called on Prime Minister K.P. Sharma Oli at his residence, on the second day of a visit that both sides hope will mend ties.

        Shringla is due to pay a courtesy call on President Bidya Devi Bhandari before flying home, the embassy said.
        """
    let m = extract(body, published: "2020-11-27").meeting("Harsh Vardhan Shringla", "Bidya Devi Bhandari")
    #expect(m?.status == .planned)
    #expect(m?.date == Day(iso: "2020-11-27"))
}

@Test(arguments: ["from Monday to Wednesday", "Monday through Wednesday"])
func aTripOverASpanOfDaysGivesItsTalksNoDay(_ span: String) {
    let body = """
        Foreign Minister Park Jin of South Korea will make a three-day trip to Japan, the ministry said on Friday.

        Park's trip \(span) will be his first to the neighbouring country.

        The ministry said Park will hold a meeting with Foreign Minister Yoshimasa Hayashi of Japan.
        """
    let m = extract(body, published: "2022-07-15").meeting("Park Jin", "Yoshimasa Hayashi")
    #expect(m?.status == .planned)
    #expect(m?.date == nil)
}
