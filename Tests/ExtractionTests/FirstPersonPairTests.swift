import Extraction
import Testing

// "B and I have agreed to speak again": the one quoted and B are the pair a verb of speaking
// needs, as "A and B agreed to speak again" is. Invented names.

@Test func aNameAndIBeforeSpeakAgainPlanAnEncounterWithTheSpeaker() {
    let f = extract(
        "Prime Minister Anna Kell said: \"Prime Minister Tomas Berg and I have agreed to speak again next week.\"",
        published: "2020-03-20")
    #expect(f.meetings.map { Set($0.participants) } == [["Anna Kell", "Tomas Berg"]])
    #expect(f.meetings.map(\.status) == [.planned])
}

@Test func aNameAndTheSpeakerWithoutAVerbOfEncounterAreNoPair() {
    let f = extract(
        "Prime Minister Anna Kell said: \"Prime Minister Tomas Berg and I have agreed to raise taxes next year.\"",
        published: "2020-03-20")
    #expect(f.meetings.isEmpty)
}
