import Extraction
import Testing

// "called on Europe to help", "called on all sides to show restraint": a demand of states or
// groups is no courtesy call, even where a person is named later in the sentence; "a call on
// Monday to ..." is a time, and "called on B" a visit. Invented names.

@Test(arguments: [
    "President Ivan Petrov on arrival in Narva called on Europe to help rebuild the region, where his government backs President Omar Saleh.",
    "On Saturday President Ivan Petrov called on the donor states to fund the plan drawn up by President Omar Saleh.",
])
func aDemandOnStatesOrGroupsIsNoEncounter(sentence: String) {
    #expect(extract(sentence, published: "2018-08-19").meetings.isEmpty)
}

@Test func aCallOnADayBeforeToStaysACall() {
    let f = extract(
        "President Ivan Petrov and President Omar Saleh agreed in a telephone call on Monday to keep the quarrel from spoiling relations.",
        published: "2018-08-19")
    #expect(f.meetings.map(\.mode) == [.call])
}

@Test func aCourtesyCallOnANamedPersonStaysAVisit() {
    let f = extract("Foreign Minister Ivan Petrov called on President Omar Saleh at State House on Saturday.", published: "2018-08-19")
    #expect(f.meetings.map { Set($0.participants) } == [["Ivan Petrov", "Omar Saleh"]])
}
