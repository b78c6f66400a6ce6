import Extraction
import Testing

// A tour of two capitals told backwards: the officials of a state listed after "including",
// an encounter "earlier in the day" that keeps no city of the later one, and "During his talks
// in C" that places the encounters just reported. Own sentences and invented people.

/// "met top Jordanian officials, including A and B": the listed people serve the group's state.
@Test func peopleListedInAStatesGroupServeIt() {
    let f = extract(
        """
        In the morning, Foreign Minister Karim Haddad sat down with senior Jordanian ministers, including his Jordanian counterpart,         Nabil Qasem, Prime Minister Fares Nimri and Speaker Ali Tamimi.
        """, published: "2013-05-08")
    #expect(f.person("Fares Nimri")?.country == "JOR")
    #expect(f.person("Ali Tamimi")?.country == "JOR")
    // A person's own phrase still decides: "including Syrian envoy B".
    let own = extract(
        "Foreign Minister Karim Haddad met with top Jordanian officials, including Prime Minister Fares Nimri and Syrian envoy Ali Tamimi.",
        published: "2013-05-08")
    #expect(own.person("Ali Tamimi")?.country == "SYR")
}

/// "A met B in C on Tuesday night. ... Earlier in the day, A met D and E": earlier, A may have
/// been elsewhere; C is not carried back to that encounter.
@Test func anEncounterEarlierInTheDayTakesNoCityOfTheLaterOne() {
    let f = extract(
        """
        Foreign Minister Karim Haddad held talks with Syrian President Omar Saleh in Damascus late on Tuesday. \
        Haddad arrived in Damascus on Tuesday afternoon and was greeted by his Syrian counterpart Walid Nasr. \
        Earlier in the day, Haddad met with Jordanian Prime Minister Fares Nimri and King Abdullah II.
        """, published: "2013-05-08")
    #expect(f.meeting("Karim Haddad", "Fares Nimri")?.place == nil)
    #expect(f.meeting("Karim Haddad", "Omar Saleh")?.place == "Damascus")
    // "Later in the day" goes on where the subject was.
    let later = extract(
        """
        Foreign Minister Karim Haddad met with Syrian President Omar Saleh in Damascus on Tuesday. \
        Later in the day, Haddad met with Prime Minister Fares Nimri.
        """, published: "2013-05-08")
    #expect(later.meeting("Karim Haddad", "Fares Nimri")?.place == "Damascus")
}

/// "During his talks in Amman, the minister ...": the encounters the sentence before reported
/// took place there, and no new encounter is told.
@Test func duringHisTalksInACityPlacesTheEncountersJustReported() {
    let f = extract(
        """
        Foreign Minister Karim Haddad held talks with Syrian President Omar Saleh in Damascus late on Tuesday. \
        Earlier in the day, Haddad met with Jordanian Prime Minister Fares Nimri and King Abdullah II. \
        During his talks in Amman, the minister also raised the question of refugees.
        """, published: "2013-05-08")
    #expect(f.meeting("Karim Haddad", "Fares Nimri")?.place == "Amman")
    #expect(f.meeting("Karim Haddad", "Abdullah II")?.place == "Amman")
    #expect(f.meeting("Karim Haddad", "Omar Saleh")?.place == "Damascus")
    #expect(f.meetings.count == 3)
}
