import Extraction
import Testing

// The one whose greetings or message are conveyed at an encounter ("conveyed the greetings of
// King A") sent them and was not there. Own sentences and invented names.

@Test func theOneWhoseGreetingsAreConveyedIsNoParticipant() {
    let f = extract(
        "Sultan Omar Faisal received in Muscat today the visiting Defence Minister, Prince Khalid Nasser. "
            + "During the meeting, the minister conveyed the greetings of King Fahd Saud to the Sultan.",
        published: "2020-03-06")
    #expect(f.meetings.map { Set($0.participants) } == [["Omar Faisal", "Khalid Nasser"]])
}
