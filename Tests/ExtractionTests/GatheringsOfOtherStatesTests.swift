import Extraction
import Testing

// A call reported with its partner's name set off by commas, and a summit of two other states
// recalled after it. Own sentences and invented people.

/// "discussed ... with his Uzbek counterpart, B, during a phone conversation": the name's commas
/// do not set the phone apart from the clause; the encounter is a call.
@Test func aCallAfterANameInCommasIsACall() {
    let f = extract(
        """
        Tajik President Emil Rahimov discussed water sharing with his Uzbek counterpart, Shukur Mirzaev, during a phone conversation.
        """, published: "2021-07-24")
    #expect(f.meetings.map(\.mode) == [.call])
    // A phrase after a comma that closes no name is still set apart.
    let apart = extract(
        "Tajik President Emil Rahimov met Uzbek President Shukur Mirzaev in Dushanbe, a week after a phone call with Kyrgyz leaders.",
        published: "2021-07-24")
    #expect(apart.meetings.map(\.mode) == [.inPerson])
}

/// "the agreements reached at the Uzbek-Kyrgyz summit on March 11", said of a Tajik and an Uzbek:
/// that summit was the pair of states' its word names, no encounter of theirs, and gives no day.
@Test func aSummitOfTwoOtherStatesIsNoEncounterOfThePair() {
    let f = extract(
        """
        Tajik President Emil Rahimov discussed water sharing with his Uzbek counterpart, Shukur Mirzaev, during a phone conversation. \
        Both presidents praised the trade deals signed at the Uzbek-Kyrgyz summit on March 11 in Tashkent.
        """, published: "2021-07-24")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.map(\.date) == [nil])
    // Talks named by the pair's own states are theirs.
    let own = extract(
        "Tajik President Emil Rahimov and Uzbek President Shukur Mirzaev opened the Tajik-Uzbek talks in Tashkent on March 11.",
        published: "2021-07-24")
    #expect(own.meetings.map(\.date) == [Day(iso: "2021-03-11")])
}
