import Extraction
import Testing

// A continent is no meeting's place, though GeoNames gives some city its name as an alternate
// (guidelines: a city or a venue). Own sentences and invented people.

@Test(arguments: ["Africa", "Asia"])
func aContinentNamedBesideTalksPlacesNoMeeting(_ continent: String) {
    let f = extract(
        "Foreign Minister Paul Renard on Saturday discussed the crises in \(continent) during talks with President Kofi Mensah.", published: "2012-02-26")
    #expect(f.pairs == [["Kofi Mensah", "Paul Renard"]])
    #expect(f.meetings.map(\.place) == [nil])
}
