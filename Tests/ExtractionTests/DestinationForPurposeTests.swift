import Extraction
import Testing

// "drove to X for a courtesy call on B", "walked to the Y of Z for a working lunch with B": the
// place a person goes to for the encounter is where it took place, known to a list or not. Own
// sentences.

@Test func thePlaceGoneToForAnEncounterIsItsPlace() {
    #expect(
        meetingPlace(
            "Foreign Minister Ravi Menon then drove to Sundarbhavan for a courtesy call on President Karim Hossain.", of: ["Ravi Menon", "Karim Hossain"])
            == "Sundarbhavan")
    #expect(
        meetingPlace(
            "Prime Minister Lars Holm then walked to the Hall of Delegates for a working lunch with Prime Minister Ivars Ozols.",
            of: ["Lars Holm", "Ivars Ozols"])
            == "Hall of Delegates")
}

/// Not a place left for another ("left Sundarbhavan for talks"), nor one written to.
@Test func aPlaceLeftOrNotGoneToIsNoDestination() {
    #expect(
        meetingPlace("Foreign Minister Ravi Menon left Sundarbhavan for talks with President Karim Hossain.", of: ["Ravi Menon", "Karim Hossain"])
            ?? nil == nil)
    #expect(
        meetingPlace("Foreign Minister Ravi Menon wrote to Sundarbhavan for a meeting with President Karim Hossain.", of: ["Ravi Menon", "Karim Hossain"])
            ?? nil == nil)
}
