import Extraction
import Testing

// People of whom the sentence says they "did not take part in the talks", "were not present at
// the meeting" were at no encounter there. Invented names.

@Test(arguments: [
    "Their hosts, President Milan Novak and Prime Minister Janez Kos, did not take part in the talks.",
    "Their hosts, President Milan Novak and Prime Minister Janez Kos, were not present at the talks.",
])
func peopleDeniedPresenceAreAtNoEncounter(second: String) {
    let f = extract("President George Hale met President Ivan Petrov at the castle on Saturday. " + second, published: "2001-06-17")
    #expect(f.meetings.map { Set($0.participants) } == [["George Hale", "Ivan Petrov"]])
}

@Test func aMeetingWhoseTalksTouchedAnAbsentPartyStays() {
    let f = extract(
        "President George Hale met President Ivan Petrov on Saturday and said the talks could go on without those who did not join them.",
        published: "2001-06-17")
    #expect(f.meetings.map { Set($0.participants) } == [["George Hale", "Ivan Petrov"]])
}
