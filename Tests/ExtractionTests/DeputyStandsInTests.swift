import Extraction
import Testing

// "The two leaders" after a deputy's welcome on behalf of the leader: the leader, of the deputy's
// own state. Own sentences and invented names.

@Test func theTwoLeadersAreTheGuestAndTheLeaderTheDeputyStoodInFor() {
    let f = extract(
        """
        Slovenian Prime Minister Lea Novak landed in Vilnius on Sunday for a two-day visit. Prime Minister Novak was welcomed at the airport by the Deputy Prime Minister of Lithuania, Jonas Petras, on behalf of Lithuanian Prime Minister Tomas Vaitkus. The two leaders are looking forward to holding talks at the Government Palace in Vilnius on Monday, June 12, 2023.
        """,
        published: "2023-06-11")
    #expect(f.meeting("Lea Novak", "Tomas Vaitkus")?.status == .planned)
    #expect(f.meeting("Lea Novak", "Jonas Petras")?.status == .held)
}

@Test func theTwoAfterADeputysMeetingAreStillTheDeputyAndTheGuest() {
    let f = extract(
        """
        Prime Minister Ali Nkosi hosted a team from Zambia headed by Vice President Grace Akello, who carried a note from President Moses Okello.
        Later that day, Akello held a separate meeting with Deputy President Peter Kamau in Lusaka.
        Aides said the two talked about fuel prices.
        """,
        published: "2023-05-15")
    #expect(f.meeting("Moses Okello", "Peter Kamau") == nil)
}
