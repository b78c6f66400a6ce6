import Extraction
import Testing

// An envoy serves the state that sends them, not the state they are posted to: own sentences.

@Test func anAmbassadorOfAStateToAnotherServesTheFirst() {
    let f = extract(
        """
        Ambassador of the Kingdom of Norway to Ghana Ingrid Solberg paid a courtesy call on Foreign Minister Kwame Mensah.
        """, published: "2024-05-15")
    #expect(f.person("Ingrid Solberg")?.country == "NOR")
    #expect(f.person("Ingrid Solberg")?.title == "Ambassador")
}

@Test func aHighCommissionerNamedAfterACommaAndACourtesyTitleServesTheSendingState() {
    let f = extract(
        """
        Foreign Minister Kwame Mensah received the High Commissioner of Canada to Ghana, Mr Paul Tremblay, on Monday.
        """, published: "2024-05-15")
    #expect(f.person("Paul Tremblay")?.country == "CAN")
}
