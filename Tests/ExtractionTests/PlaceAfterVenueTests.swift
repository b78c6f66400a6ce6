import Extraction
import Testing

// Three readings of where an encounter was, own sentences:
// - "at the V in the capital": the capital is the dateline city, named for the encounter, so the
//   city comes before the venue (guidelines: the city, else the venue);
// - "the first since the C summit": a city naming an earlier occasion after "since" is neither
//   the encounter's place nor the gathering the article reports from;
// - "on his arrival at the N airbase": an airbase is a venue, as an airport is.

@Test func aVenueInTheCapitalIsInTheDatelineCity() {
    let body = """
        NAIROBI, 4 March (Lakes Wire) - Foreign Minister Raphael Tuju met his Ugandan counterpart Sam Kutesa at the Serena hotel in the capital on Sunday.
        """
    #expect(meetingPlace(body, of: ["Raphael Tuju", "Sam Kutesa"], published: "2007-03-04") == .some("Nairobi"))
}

@Test func aVenueWithNoCityNamedStaysTheVenue() {
    let body = """
        NAIROBI, 4 March (Lakes Wire) - Foreign Minister Raphael Tuju met his Ugandan counterpart Sam Kutesa at the Serena hotel on Sunday.
        """
    #expect(meetingPlace(body, of: ["Raphael Tuju", "Sam Kutesa"], published: "2007-03-04") == .some("Serena hotel"))
}

@Test func aSummitRecalledAfterSinceIsNotTheMeetingsPlace() {
    let body = """
        MALE, Nov 12 (Atoll News): President Abdulla Yameen and Prime Minister Jigmi Thinley held a meeting of about an hour here yesterday on the sidelines of the Seventeenth Regional Summit, the first between the two leaders since the Kandy summit of April 2010.

        The meeting was held at the President's Office.
        """
    #expect(meetingPlace(body, of: ["Abdulla Yameen", "Jigmi Thinley"], published: "2011-11-12") == .some("Male"))
}

@Test func aSummitRecalledAfterSinceGivesNoPlaceToLaterTalks() {
    let body = """
        MALE, Nov 12 (Atoll News): Leaders of the region opened a two-day summit on Friday, the largest since the Kandy summit of April 2010.

        On the sidelines, Prime Minister Jigmi Thinley received President Mahinda Rajapaksa.
        """
    #expect(meetingPlace(body, of: ["Mahinda Rajapaksa", "Jigmi Thinley"], published: "2011-11-12") == .some("Male"))
}

@Test func anArrivalAtAnAirbaseIsAtTheAirbase() {
    let body = """
        Prime Minister Yousaf Raza Gilani received President Hamid Karzai on Monday on his arrival at Chaklala airbase.
        """
    #expect(meetingPlace(body, of: ["Yousaf Raza Gilani", "Hamid Karzai"], published: "2010-03-10") == .some("Chaklala airbase"))
}
