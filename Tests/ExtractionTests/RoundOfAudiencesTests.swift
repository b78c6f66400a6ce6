import Extraction
import Testing

// A host who "received three delegations" (visitors the sentence does not name) on a day at a
// venue holds a round of audiences: the ones told one by one after it took place that day and
// there. A thing received ("messages from the delegations") is no audience. Own sentences.

private let roundOfAudiences = """
    On Sunday, President Tomas Ebale received three delegations from Brazil, Chile and Peru at the People's Palace.

    The Brazilian delegation was led by Carlos Mendes, Vice-Minister for Defence, and was seen first.

    Following that, Tomas Ebale received the Chilean Minister for Foreign Relations, Ana Rojas.
    """

@Test func anAudienceOfTheRoundTakesItsDayAndVenue() throws {
    let m = try #require(extract(roundOfAudiences, published: "2024-03-12").meeting("Tomas Ebale", "Ana Rojas"))
    #expect(m.place == "People's Palace")
    #expect(m.date == Day(iso: "2024-03-10"))
}

@Test func ambassadorsReceivedTogetherAreARoundToo() throws {
    let body = """
        President Tomas Ebale received the ambassadors of Brazil and Chile at the People's Palace on Tuesday.

        He first received the Brazilian Ambassador, Carlos Mendes.
        """
    let m = try #require(extract(body, published: "2024-03-14").meeting("Tomas Ebale", "Carlos Mendes"))
    #expect(m.place == "People's Palace")
    #expect(m.date == Day(iso: "2024-03-12"))
}

@Test func messagesReceivedFromDelegationsAreNoRound() throws {
    let body = """
        On Sunday, President Tomas Ebale received messages from delegations of Brazil and Chile at the People's Palace.

        Later, Tomas Ebale received the Chilean Minister for Foreign Relations, Ana Rojas.
        """
    // No round, so not at the round's venue; the audience is the lead's subject's, on the
    // lead's day.
    let m = try #require(extract(body, published: "2024-03-12").meeting("Tomas Ebale", "Ana Rojas"))
    #expect(m.place == nil)
    #expect(m.date == Day(iso: "2024-03-10"))
}

// "H. E.", His Excellency in spaced initials, stands between an office and its holder's name as
// "H.E." does: the holder keeps the office, and "the President" is not read as another president
// the article names.
@Test func aSpacedCourtesyTitleKeepsTheOfficeWithItsHolder() throws {
    let body = """
        On Sunday, the President of the Republic, H. E. Tomas Ebale, received three delegations at the People's Palace.

        Following that, Tomas Ebale received the Chilean Minister for Foreign Relations, Ana Rojas, who brought a message from her President, Pablo Soto.
        """
    let f = extract(body, published: "2024-03-12")
    #expect(f.person("Tomas Ebale")?.title == "President")
    #expect(f.meeting("Tomas Ebale", "Pablo Soto") == nil)
}
