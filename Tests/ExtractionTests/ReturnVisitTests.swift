import Extraction
import Testing

// A visit announced to the capital or state of a counterpart the visitor has met earlier in the
// article: the two people's next encounter, planned. Sentences written for these tests.

private let metInDakar = "President Omar Diallo of Mali met President Awa Ndiaye of Senegal in Dakar on Monday."

@Test(arguments: [
    ("Diallo accepted an invitation to visit Dakar again later this year, his spokesman said.", "Dakar"),
    ("Ndiaye will visit Bamako in March, officials said.", "Bamako"),
    ("Ndiaye is to make her first official visit to Bamako next year.", "Bamako"),
    // Only the state: no place (guidelines).
    ("Ndiaye will pay a return visit to Mali next year.", nil),
])
func aVisitToTheStateOfACounterpartMetBeforeIsTheirNextEncounter(_ visit: String, _ place: String?) {
    let f = extract("\(metInDakar) \(visit)", published: "2011-07-10")
    let planned = f.meetings.filter { $0.status == .planned }
    #expect(planned.count == 1)
    #expect(Set(planned.first?.participants ?? []) == ["Omar Diallo", "Awa Ndiaye"])
    #expect(planned.first?.place == place)
}

@Test(arguments: [
    // An invitation not accepted, a hope, a refusal: no meeting (guidelines).
    "Diallo invited Ndiaye to visit Bamako.",
    "Ndiaye hopes to visit Bamako next year.",
    "Ndiaye refused to visit Bamako while the border stays closed.",
    // A visit home, and a visit to a third state, have no host met before.
    "Diallo will visit Bamako on his way back.",
    "Ndiaye will visit Ghana next week.",
])
func aVisitWithoutAHostMetBeforeOrWithoutAPlanIsNoEncounter(_ visit: String) {
    let f = extract("\(metInDakar) \(visit)", published: "2011-07-10")
    #expect(f.meetings.filter { $0.status == .planned }.isEmpty)
}

@Test func aVisitAfterAPlannedEncounterIsAStepOfTheSameTrip() {
    let f = extract(
        "President Omar Diallo of Mali will meet President Awa Ndiaye of Senegal in Dakar on Monday. Diallo is also expected to visit Thies before returning home.",
        published: "2011-07-10")
    #expect(f.meetings.count == 1)
}

@Test func aVisitorExpectedInTheCapitalOfACounterpartMetBeforeIsTheirNextEncounter() {
    let f = extract(
        "President Omar Diallo of Mali and President Awa Ndiaye of Senegal spoke by telephone on Thursday. Ndiaye is expected in Bamako for a state visit in January.",
        published: "2022-11-04")
    let planned = f.meetings.filter { $0.status == .planned }
    #expect(planned.count == 1)
    #expect(planned.first?.place == "Bamako")
    // Something else expected in a city is no visit.
    let g = extract("\(metInDakar) Heavy rain is expected in Bamako on Friday.", published: "2011-07-10")
    #expect(g.meetings.filter { $0.status == .planned }.isEmpty)
}
