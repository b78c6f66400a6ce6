import Extraction
import Testing

// "Meet" also means to satisfy: a request, a deadline, the targets, its obligations
// (`met-objects.txt`). Such a verb reports no encounter with the people named around it.
// Sentences written for these tests.

@Test(arguments: [
    "President Anna Kell promised Prime Minister Tomas Berg to meet his request for more aid.",
    "President Anna Kell and Prime Minister Tomas Berg vowed to meet the targets of the Paris agreement.",
    "\"I invited President Anna Kell to visit Sweden, and she promised to meet that request,\" said Prime Minister Tomas Berg.",
    "President Anna Kell said Prime Minister Tomas Berg had met all the conditions for the loan.",
])
func meetingAThingIsNoEncounter(_ text: String) {
    #expect(extract(text, published: "2019-02-21").meetings.isEmpty)
}

@Test(arguments: [
    "President Anna Kell will meet Prime Minister Tomas Berg on Friday to discuss the targets.",
    "President Anna Kell met Prime Minister Tomas Berg, who had made a request for more aid.",
])
func meetingAPersonAboutAThingIsStillAnEncounter(_ text: String) {
    #expect(extract(text, published: "2019-02-21").pairs == [["Anna Kell", "Tomas Berg"]])
}
