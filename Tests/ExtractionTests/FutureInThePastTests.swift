import Extraction
import Testing

// Reported speech turns "will raise it when he meets B" into "would raise it when he met B": the
// encounter of the clause of time is still to come. Invented names.

@Test(arguments: [
    "President Luis Arana said on Friday that he would raise the question of the shared border when he met Guatemalan President Carlos Ruiz later in the day.",
    // A long topic between "would" and "when" keeps the plan.
    "President Luis Arana said that he would discuss how the two states could work together to address the flow of migrants when he met President Carlos Ruiz on Monday.",
])
func aClauseOfTimeUnderWouldIsPlanned(sentence: String) {
    let f = extract(sentence, published: "2019-09-20")
    #expect(f.meetings.map(\.status) == [.planned])
}

@Test func aClauseOfTimeInTheSimplePastIsHeld() {
    let f = extract(
        "President Luis Arana raised the question of the shared border when he met Guatemalan President Carlos Ruiz on Monday.",
        published: "2019-09-20")
    #expect(f.meetings.map(\.status) == [.held])
}

@Test func wouldAfterTheClauseOfTimeLeavesItHeld() {
    let f = extract(
        "Luis Arana, who was foreign minister when he met President Carlos Ruiz in 2001, would later become ambassador to Mexico.",
        published: "2019-09-20")
    #expect(f.meetings.map(\.status) == [.held])
}
