import Extraction
import Testing

// The source of a report of who was present ("according to the President's spokesman, C") is no
// participant of the encounter. Sentences written for these tests.

@Test(arguments: [
    "Foreign Minister Ivo Kasek and Defence Minister Aldo Perrin were also present, according to the President's spokesman, Mart Tamm.",
    "Foreign Minister Ivo Kasek and Defence Minister Aldo Perrin were also present, according to spokesman Mart Tamm.",
])
func theSourceOfWhoWasPresentIsNoParticipant(_ presence: String) {
    let f = extract(
        "President Kaja Kallas received Latvian Prime Minister Rasa Petraite at the palace on Monday. \(presence)", published: "2012-04-18")
    let m = f.meeting("Kaja Kallas", "Rasa Petraite")
    #expect(m?.participants.contains("Ivo Kasek") == true)
    #expect(m?.participants.contains("Mart Tamm") == false)
}
