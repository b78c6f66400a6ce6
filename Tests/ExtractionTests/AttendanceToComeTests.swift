import Extraction
import Testing

// "The meeting will also be attended by C and D" after a welcome already held speaks of a
// gathering still to come: C and D do not join the welcome. An attendance told in the past
// ("The talks were also attended by C") still does. Own sentences, invented people.

@Test func anAttendanceToComeDoesNotJoinAHeldWelcome() throws {
    let body = """
        Prime Minister Tomas Vaka of Fiji has arrived in Apia for the annual Pacific Leaders Meeting.

        Vaka was received by Prime Minister Lino Tuala of Samoa.

        The meeting will also be attended by Prime Minister Ian Cole of Australia and Prime Minister Ruth Kemp of New Zealand.
        """
    let f = extract(body, published: "2019-08-11")
    let m = try #require(f.meeting("Tomas Vaka", "Lino Tuala"))
    #expect(m.participants.count == 2)
    #expect(f.meeting("Tomas Vaka", "Ian Cole") == nil)
}

@Test func aPastAttendanceJoinsTheHeldTalks() throws {
    let body = """
        Prime Minister Tomas Vaka of Fiji was received by Prime Minister Lino Tuala of Samoa in Apia on Sunday.

        The talks were also attended by Foreign Minister Ian Cole of Samoa.
        """
    let m = try #require(extract(body, published: "2019-08-11").meeting("Tomas Vaka", "Lino Tuala"))
    #expect(m.participants.contains("Ian Cole"))
}
