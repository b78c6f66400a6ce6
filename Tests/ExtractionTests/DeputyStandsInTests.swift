import Extraction
import Testing

// "The two leaders" after a deputy's welcome on behalf of the leader: the leader, of the deputy's
// own state. Own sentences and invented names.

@Test func theTwoLeadersAreTheGuestAndTheLeaderTheDeputyStoodInFor() {
    let f = extract(
        """
        President Ali Nkosi arrived in Accra on Saturday for a state visit. President Nkosi was received on arrival by the Vice President of Ghana, Kofi Mensah, at the airport on behalf of President Kwame Boateng. The two leaders are looking forward to holding talks at the Jubilee House in Accra on Monday, May 23, 2022.
        """,
        published: "2022-05-21")
    #expect(f.meeting("Ali Nkosi", "Kwame Boateng")?.status == .planned)
    #expect(f.meeting("Ali Nkosi", "Kofi Mensah")?.status == .held)
}

@Test func theTwoAfterADeputysMeetingAreStillTheDeputyAndTheGuest() {
    let f = extract(
        """
        President Ali Nkosi received a delegation from Uganda led by Vice President Grace Akello, who brought a letter from President Moses Okello.
        On the same day, Akello held a separate meeting with Deputy President Peter Kamau in Nairobi.
        Officials said the two discussed the price of fuel.
        """,
        published: "2023-05-15")
    #expect(f.meeting("Moses Okello", "Peter Kamau") == nil)
}
