import Extraction
import Testing

// "arrived in C on Wednesday for a visit during which he will meet B": Wednesday is the day of the
// arrival, already past, not the day of the meeting still to come (read as a plan's weekday it
// fell a week on). A meeting the arrival's sentence tells as held keeps that day. Own sentences,
// invented people.

@Test func theDayOfAPastArrivalDoesNotDateAMeetingToCome() throws {
    let body = """
        Prime Minister Ravi Menon of India arrived in Colombo on Wednesday for a visit during which he will attend a regional summit and have a meeting with his Pakistani counterpart Tariq Aziz.
        """
    let m = try #require(extract(body, published: "2011-11-10").meeting("Ravi Menon", "Tariq Aziz"))
    #expect(m.status == .planned)
    #expect(m.date != Day(iso: "2011-11-16"))
}

@Test func aMeetingHeldOnTheDayOfArrivalKeepsIt() throws {
    let body = """
        Prime Minister Ravi Menon of India arrived in Colombo on Wednesday and met President Kamal Perera of Sri Lanka.
        """
    let m = try #require(extract(body, published: "2011-11-10").meeting("Ravi Menon", "Kamal Perera"))
    #expect(m.date == Day(iso: "2011-11-09"))
}
