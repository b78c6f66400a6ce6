import Extraction
import Testing

// "handed over an invitation from B to visit C": C is where a visit is asked for, not where the
// encounter that carried the invitation took place, nor a place the article's people are in.
// Own sentences and invented names.

@Test(arguments: [
    "Samoan President Arnold Tavita received Fijian Foreign Minister Josefa Rokobula on Monday. \"I brought an invitation from Fijian President Mele Vaka to visit Suva,\" Rokobula said after the meeting.",
    "Samoan President Arnold Tavita received Fijian Foreign Minister Josefa Rokobula on Monday, who handed him an invitation to visit Suva.",
])
func theCityOfAnInvitedVisitIsNotTheEncounters(_ text: String) {
    let f = extract(text, published: "2022-04-05")
    #expect(f.meetings.map { Set($0.participants) } == [["Arnold Tavita", "Josefa Rokobula"]])
    #expect(f.meetings.first?.place == nil)
}

@Test func aVisitMadeStillPlacesTheEncounter() {
    let f = extract(
        "Fijian Foreign Minister Josefa Rokobula, who is on a trip to visit Apia, met Samoan President Arnold Tavita on Monday.", published: "2022-04-05")
    #expect(f.meetings.first?.place == "Apia")
}
