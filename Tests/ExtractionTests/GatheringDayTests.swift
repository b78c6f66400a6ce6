import Extraction
import Testing

// A gathering named with its day ("a summit in C on Wednesday"), then reported as the encounter
// itself ("The summit brought together A, B and D", "A, B and D attended the summit"): the day
// of that gathering. Sentences written for these tests.

private let people = "President Omar Diallo of Mali, President Awa Ndiaye of Senegal and President Kofi Mensah of Ghana"
private let hostAndGuests = "the host, President Omar Diallo of Mali, with President Awa Ndiaye of Senegal and President Kofi Mensah of Ghana"

@Test(arguments: [
    "West African leaders came out of a closed retreat near Kayes yesterday with a pledge on fuel prices. The retreat brought together \(hostAndGuests).",
    "West African leaders held a summit in Kayes on Wednesday. The summit, the first since the floods, brought together \(people).",
    "On Wednesday, West African leaders gathered in Kayes for a summit on fuel prices. \(people) attended the summit.",
])
func aGatheringToldAsTheEncounterTakesTheDayItWasNamedWith(_ text: String) {
    let f = extract(text, published: "2011-05-12")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Omar Diallo", "Awa Ndiaye", "Kofi Mensah"])
    #expect(f.meetings.first?.date == Day(iso: "2011-05-11"))
}

@Test(arguments: [
    // Another gathering than the one named with its day.
    "West African leaders held a summit in Kayes on Wednesday. The forum brought together \(hostAndGuests).",
    // A gathering named too long before: the report has moved on.
    "West African leaders held a summit in Kayes on Wednesday."
        + String(repeating: " Fuel prices rose again across the region.", count: 9) + " The summit brought together \(people).",
])
func aGatheringNotNamedWithItsDayGivesNoDay(_ text: String) {
    let f = extract(text, published: "2011-05-12")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.date == nil)
}
