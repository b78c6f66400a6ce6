import Extraction
import Testing

// A host who received one guest at a palace and "also received" the next is still at the
// palace: the next audience keeps the venue, not only its city. Each audience stays its own
// encounter, even when the first guest sat in on the second. Own sentences.

@Test func aHostWhoAlsoReceivedKeepsTheVenue() {
    let body = """
        BANJUL, March 4 - President Ama Darboe received Vice President Musa Jallow at Marina House on Tuesday. \
        President Darboe also received, in the presence of the Vice President, the visiting Senegalese Foreign Minister Awa Ndiaye.
        """
    let facts = extract(body, published: "2021-03-04")
    let first = facts.meetings.first { Set($0.participants) == ["Ama Darboe", "Musa Jallow"] }
    let second = facts.meetings.first { Set($0.participants) == ["Ama Darboe", "Musa Jallow", "Awa Ndiaye"] }
    #expect(first?.place == "Marina House")
    #expect(second?.place == "Marina House")
    #expect(second?.date == Day(iso: "2021-03-02"))
}

@Test func aHostWhoAlsoReceivedSomeoneNewKeepsTheVenue() {
    #expect(
        meetingPlace(
            "The Emir, Sheikh Khalid Al Thani, received the Omani Foreign Minister Salim Al Harthy at Diwan Palace on Monday. "
                + "The Emir also received the Jordanian Prime Minister Omar Masri.",
            of: ["Khalid Al Thani", "Omar Masri"]) == "Diwan Palace")
}

/// A guest who goes on to meet someone else is somewhere else: the host's venue is not theirs.
@Test func aGuestWhoAlsoMetSomeoneElseLeavesTheHostsVenue() {
    let place = meetingPlace(
        "DOHA, April 12 (Wire) - Omani Foreign Minister Salim Al Harthy was received by the Emir, Sheikh Khalid Al Thani, at Diwan Palace on Monday. "
            + "Al Harthy also met Prime Minister Faisal Al Kuwari.",
        of: ["Salim Al Harthy", "Faisal Al Kuwari"])
    #expect(place != nil)
    #expect(place != .some("Diwan Palace"))
}
