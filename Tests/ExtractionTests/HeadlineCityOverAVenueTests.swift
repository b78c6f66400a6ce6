import Extraction
import Testing

// A headline that puts a meeting in a city gives that city to the one encounter the body places
// only at a venue (guidelines: the city, else the venue). Own sentences and invented people.

@Test func theHeadlinesCityComesBeforeTheBodysVenue() {
    let f = extract(
        """
        Leaders meeting in Buenos Aires to weigh a river treaty

        Argentine President Marco Ventura will welcome Uruguay's Julio Ramos to the Olivos residence on Friday.
        """, published: "2021-08-13")
    #expect(f.meetings.map(\.place) == ["Buenos Aires"])
}

/// A first sentence with a full stop is the lead, not a headline: its "summit in C next month" is
/// another gathering, and the venue stays.
@Test func aLeadsOtherGatheringGivesNoCity() {
    let f = extract(
        """
        Prime Minister Marco Ventura hosted Finnish Prime Minister Julio Ramos at Harpsund on Sunday to prepare for the summit in Amsterdam next month.
        """, published: "1997-05-20")
    #expect(f.meetings.map(\.place) == ["Harpsund"])
}
