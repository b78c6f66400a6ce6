import Extraction
import Testing

// "A received B today. At the meeting, B and C presented ...": a sentence of "the meeting" that
// names more people adds them to the encounter told just before; it is not a second meeting.
// Sentences written for these tests, with invented names.

@Test(arguments: [
    "Today, President Anna Kell received the Foreign Minister of Norway Tomas Berg. At the meeting, Tomas Berg and Peter Lund presented to Anna Kell the steps taken by the two ministries.",
    "Today, President Anna Kell received the Foreign Minister of Norway Tomas Berg. Welcoming the guest, she praised the ties between the two nations. At the meeting, Tomas Berg and Foreign Minister Peter Lund briefed Anna Kell on the border commission.",
    "Today, President Anna Kell received the Foreign Minister of Norway Tomas Berg. Foreign Minister Peter Lund also attended the meeting.",
])
func aMeetingToldAgainWithMorePeopleIsOneEncounter(_ text: String) {
    let f = extract(text, published: "2013-04-12")
    #expect(f.meetings.map { Set($0.participants) } == [["Anna Kell", "Tomas Berg", "Peter Lund"]])
}

@Test func aSecondMeetingOfAnotherDayStaysApart() {
    let f = extract(
        "On Monday, President Anna Kell received Foreign Minister Tomas Berg. On Tuesday, Tomas Berg and Peter Lund held a meeting with Anna Kell.",
        published: "2013-04-12")
    #expect(f.meetings.count == 2)
}
