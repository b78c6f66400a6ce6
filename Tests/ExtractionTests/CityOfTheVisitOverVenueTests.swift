import Extraction
import Testing

// The guidelines put the city named for an encounter before its venue: a sentence that places
// the visit in a city and reports the encounter at a venue gives the city. A venue alone keeps
// the venue. Own sentences.

@Test func theCityTheSentencePlacesTheVisitInComesBeforeTheVenue() {
    #expect(
        meetingPlace(
            "President Ana Ruiz had arrived in Montevideo on Monday evening and met Prime Minister Jan Berg that night at the Hotel Carrasco, where they discussed trade.",
            of: ["Ana Ruiz", "Jan Berg"]) == "Montevideo")
}

@Test func aVenueAloneStaysTheVenue() {
    #expect(
        meetingPlace("President Ana Ruiz met Prime Minister Jan Berg on Monday night at the Hotel Carrasco.", of: ["Ana Ruiz", "Jan Berg"])
            == "Hotel Carrasco")
}
