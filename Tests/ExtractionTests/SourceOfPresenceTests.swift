import Extraction
import Testing

// The source of a report of who was present ("according to a palace aide, C") is no participant
// of the encounter. Sentences written for these tests.

@Test(arguments: [
    "Foreign Minister Ivo Kasek and Defence Minister Aldo Perrin were also present, according to a palace aide, Mart Tamm.",
    "Foreign Minister Ivo Kasek and Defence Minister Aldo Perrin were also present, according to press officer Mart Tamm.",
])
func theSourceOfWhoWasPresentIsNoParticipant(_ presence: String) {
    let f = extract(
        "President Kaja Kallas received Latvian Prime Minister Rasa Petraite at the palace on Monday. \(presence)", published: "2012-04-18")
    let m = f.meeting("Kaja Kallas", "Rasa Petraite")
    #expect(m?.participants.contains("Ivo Kasek") == true)
    #expect(m?.participants.contains("Mart Tamm") == false)
}

// "Seated at the table were A and B": seated at the encounter just reported.
@Test(arguments: ["Seated at the table were", "Also around the table were"])
func thoseAtTheTableTookPart(_ opening: String) {
    let f = extract(
        "President Kaja Kallas received Latvian Prime Minister Rasa Petraite at the palace on Monday. \(opening) Foreign Minister Ivo Kasek and Defence Minister Aldo Perrin.",
        published: "2012-04-18")
    #expect(f.meeting("Kaja Kallas", "Rasa Petraite")?.participants.contains("Aldo Perrin") == true)
}

@Test func aMatterOnTheTableSeatsNoOne() {
    let f = extract(
        "President Kaja Kallas received Latvian Prime Minister Rasa Petraite at the palace on Monday. A plan of Foreign Minister Ivo Kasek was on the table.",
        published: "2012-04-18")
    #expect(f.meeting("Kaja Kallas", "Rasa Petraite")?.participants.contains("Ivo Kasek") == false)
}
