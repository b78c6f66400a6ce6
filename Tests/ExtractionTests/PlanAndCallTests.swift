import Extraction
import Testing

// A meeting announced in person and a call reported held between the same two people are two
// encounters: the call is not the meeting announced. Own sentences, fictional people.

@Test func aCallIsNotTheMeetingAnnouncedInPerson() {
    let f = extract(
        """
        President Arno Kallas and Latvian President Juris Ozols will meet in October to discuss trade. \
        President Kallas held a telephone conversation with President Ozols on Friday.
        """, published: "2019-08-10")
    #expect(f.meetings.count == 2)
    #expect(f.meetings.contains { $0.status == .planned && $0.mode == .inPerson && $0.date == nil })
    #expect(f.meetings.contains { $0.status == .held && $0.mode == .call && $0.date == Day(iso: "2019-08-09") })
}

/// A plan and the meeting in person reported held are still one encounter.
@Test func aMeetingInPersonIsTheMeetingAnnounced() {
    let f = extract(
        """
        President Arno Kallas was expected to meet Latvian President Juris Ozols during his visit. \
        President Kallas met President Ozols on Friday.
        """, published: "2019-08-10")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.status == .held)
}
