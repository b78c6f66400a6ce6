import Extraction
import Testing

// States agreeing, told with a day or a place and no one named ("The foreign ministers of A and
// B agreed here yesterday to ..."), frame the encounter of their people told next, as a signing
// does. Own sentences.

@Test func statesAgreeingFrameTheEncounterOfTheirPeopleToldNext() {
    let f = extract(
        """
        MAPUTO, March 4 (Wire) - The foreign ministers of Mozambique and Malawi agreed here yesterday to send surveyors to the river islands.
        Mozambican Foreign Minister Ana Sitoe and Malawian Foreign Minister Peter Banda met for most of the afternoon, officials said.
        """, published: "2011-03-04")
    let m = f.meetings.first { Set($0.participants) == ["Ana Sitoe", "Peter Banda"] }
    #expect(m?.date == Day(iso: "2011-03-03"))
    #expect(m?.place == "Maputo")
}

/// The encounter's own day and place come first; people of other states are not framed.
@Test func anEncountersOwnDayOrOtherStatesAreNotFramed() {
    let own = extract(
        """
        MAPUTO, March 4 (Wire) - The foreign ministers of Mozambique and Malawi agreed here yesterday to send surveyors to the river islands.
        Mozambican Foreign Minister Ana Sitoe and Malawian Foreign Minister Peter Banda met in Lilongwe on Monday, officials said.
        """, published: "2011-03-04")
    let m = own.meetings.first { Set($0.participants) == ["Ana Sitoe", "Peter Banda"] }
    #expect(m?.date == Day(iso: "2011-02-28"))
    #expect(m?.place == "Lilongwe")
    let other = extract(
        """
        MAPUTO, March 4 (Wire) - The foreign ministers of Mozambique and Malawi agreed here yesterday to send surveyors to the river islands.
        Kenyan Foreign Minister Amos Wako and Ugandan Foreign Minister Sam Okello also met, officials said.
        """, published: "2011-03-04")
    #expect(other.meetings.first { Set($0.participants) == ["Amos Wako", "Sam Okello"] }?.date == nil)
}

/// "A and B signed an agreement in C on Sunday. The two leaders were received by D": the pair
/// the lead reported acting together, met with someone more, on the lead's day.
@Test func thePairOfTheLeadMeetingSomeoneMoreIsOnTheLeadsDay() {
    let f = extract(
        """
        Djiboutian President Omar Farah and Eritrean President Tesfay Gebre signed an agreement in Doha on Sunday.
        The two leaders were received by the Emir of Qatar, Sheikh Khalid Al Thani, before the ceremony, officials said.
        """, published: "2010-06-08")
    let m = f.meetings.first { Set($0.participants) == ["Omar Farah", "Tesfay Gebre", "Khalid Al Thani"] }
    #expect(m?.date == Day(iso: "2010-06-06"))
}
