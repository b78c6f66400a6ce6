import Extraction
import Testing

// A plan denied ("denied that A would meet B") and a habit ("whenever he meets B") are no
// meetings (guidelines: a refusal, a hope, a proposal are not). Sentences written for these tests.

@Test(arguments: [
    "A palace spokesman denied that King Abdullah II would meet President Recep Tayyip Erdogan at the summit.",
    "A palace spokesman denied reports that King Abdullah II would meet President Recep Tayyip Erdogan in Ankara.",
    "A palace spokesman has also denied King Abdullah II's plans to meet with President Recep Tayyip Erdogan.",
    "Trade always comes up for King Abdullah II whenever he meets President Recep Tayyip Erdogan.",
])
func aDeniedPlanOrAHabitIsNoMeeting(_ sentence: String) {
    #expect(extract(sentence, published: "2019-06-24").meetings.isEmpty)
}

// A word of voiding inside a relative aside closed before the meeting word is the aside's.
@Test func aDenialBeforeItsOwnClauseLeavesTheMeeting() {
    let body = "King Abdullah II, who rejected the reports, met President Recep Tayyip Erdogan in Ankara on Monday."
    #expect(extract(body, published: "2019-06-24").meeting("Abdullah II", "Recep Tayyip Erdogan") != nil)
}
