import Extraction
import Testing

// In a report of one encounter, "the meeting" named again far on, in a clause that names no one,
// gives that encounter's day. Own sentences and invented people.

@Test func theMeetingTodayFarOnDatesTheOneEncounter() {
    let f = extract(
        """
        Prime Minister Ana Duarte held a bilateral meeting with Prime Minister Tomas Varga on the margins of the regional summit in Apia. \
        Rain fell. Rain fell again. Rain fell once more. \
        The key issues discussed at the meeting today included trade.
        """, published: "2024-08-28")
    #expect(f.meetings.map(\.date) == [Day(iso: "2024-08-28")])
}

/// "the meeting of" a body is another gathering, and a held encounter takes no day still to come.
@Test func theMeetingOfABodyOrTomorrowGivesNoDay() {
    let body = extract(
        """
        Prime Minister Ana Duarte held a bilateral meeting with Prime Minister Tomas Varga on the margins of the regional summit in Apia. \
        Rain fell. Rain fell again. Rain fell once more. \
        Trade was discussed at the meeting of the council today.
        """, published: "2024-08-28")
    #expect(body.meetings.map(\.date) == [nil])
    let tomorrow = extract(
        """
        Prime Minister Ana Duarte held a bilateral meeting with Prime Minister Tomas Varga on the margins of the regional summit in Apia. \
        Rain fell. Rain fell again. Rain fell once more. \
        Trade will be among the issues raised at the meeting tomorrow.
        """, published: "2024-08-28")
    #expect(tomorrow.meetings.map(\.date) == [nil])
}
