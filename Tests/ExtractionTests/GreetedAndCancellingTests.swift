import Extraction
import Testing

// "A was greeted by B" on arrival is an encounter in person; "A greeted B with the greetings of
// C" conveys greetings, and "cancelling a planned meeting with B" unmakes it. Own sentences.

@Test func aGuestGreetedByTheHostOnArrivalMetTheHost() {
    let f = extract(
        "LIMA, Aug 20 - Chilean President Tomas Ortega arrived in Peru on Thursday for a state visit. "
            + "Ortega was greeted by Peruvian President Mario Salas as he stepped off the plane.",
        published: "1998-08-20")
    #expect(f.meeting("Tomas Ortega", "Mario Salas")?.status == .held)
}

@Test func greetingsConveyedOrACrowdsGreetingAreNoEncounter() {
    let f = extract(
        "President Tomas Ortega of Chile spoke by telephone with President Mario Salas of Peru on Monday. "
            + "Ortega greeted the Peruvian leader with the greetings of former President Luis Vera. "
            + "Foreign Minister Ana Poma was greeted by cheering crowds in Cusco.",
        published: "2022-03-08")
    #expect(f.meetings.map { Set($0.participants) } == [["Tomas Ortega", "Mario Salas"]])
}

@Test(arguments: ["canceling", "cancelling"])
func cancellingAPlannedMeetingUnmakesIt(_ cancelling: String) {
    let f = extract(
        "President Tomas Ortega flew to Lima on Thursday, \(cancelling) a planned one-on-one meeting with Peru's Mario Salas.",
        published: "2018-11-29")
    #expect(f.meetings.isEmpty)
}
