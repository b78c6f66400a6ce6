import Extraction
import Testing

// "drove to X for a courtesy call on B", "walked to the Y of Z for a working lunch with B": the
// place a person goes to for the encounter is where it took place, known to a list or not. Own
// sentences.

private func place(_ body: String, of pair: Set<String>) -> String?? {
    extract(body, published: "2016-04-14").meetings.first { Set($0.participants) == pair }.map(\.place)
}

@Test func thePlaceGoneToForAnEncounterIsItsPlace() {
    #expect(
        place("Foreign Minister Ravi Menon then drove to Sundarbhavan for a courtesy call on President Karim Hossain.", of: ["Ravi Menon", "Karim Hossain"])
            == "Sundarbhavan")
    #expect(
        place(
            "Prime Minister Lars Holm then walked to the Hall of Delegates for a working lunch with Prime Minister Ivars Ozols.",
            of: ["Lars Holm", "Ivars Ozols"])
            == "Hall of Delegates")
}

/// Not a place left for another ("left Sundarbhavan for talks"), nor one written to.
@Test func aPlaceLeftOrNotGoneToIsNoDestination() {
    #expect(
        place("Foreign Minister Ravi Menon left Sundarbhavan for talks with President Karim Hossain.", of: ["Ravi Menon", "Karim Hossain"])
            ?? nil == nil)
    #expect(
        place("Foreign Minister Ravi Menon wrote to Sundarbhavan for a meeting with President Karim Hossain.", of: ["Ravi Menon", "Karim Hossain"])
            ?? nil == nil)
}
