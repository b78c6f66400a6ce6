import Extraction
import Testing

// "A spent Monday in C" places A in C on that day, as "arrived in C on Monday" does: the
// encounters reported next without a day of their own are of it. Sentences written for these
// tests.

@Test(arguments: ["spent Monday in Riga", "spends Monday in Riga", "is spending Monday in Riga"])
func aDaySpentInACityIsTheDayOfTheEncountersThatFollow(_ stay: String) {
    let f = extract(
        "Estonian Foreign Minister Ivo Kasek \(stay), praising the new ferry line. Prime Minister Aldo Perrin welcomed Kasek at the chancellery.",
        published: "2014-11-05")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.date == Day(iso: "2014-11-03"))
}

@Test func timeSpentWithSomeoneIsNoDayOfAVisit() {
    // No city and no day: nothing to place.
    let f = extract(
        "Estonian Foreign Minister Ivo Kasek spent two hours with Prime Minister Aldo Perrin at the chancellery.", published: "2014-11-05")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.date == nil)
}
