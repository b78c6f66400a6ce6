import Extraction
import Testing

// An honour named after a person ("the King Faisal Order", "the Zayed Medal") is no person and
// no one met it. Invented sentences.

@Test(arguments: [
    "King Abdullah bin Abdulaziz received President Ivan Petrov at the palace on Sunday and decorated him with the King Abdulaziz Order.",
    "King Abdullah received President Ivan Petrov on Sunday and presented him with the Zayed Medal.",
])
func anHonourNamedAfterAPersonIsNoPerson(sentence: String) {
    let f = extract(sentence, published: "2007-02-12")
    #expect(!f.people.contains { $0.name.hasSuffix("Order") || $0.name.hasSuffix("Medal") })
    #expect(f.meetings.count == 1)
}
