import Extraction
import Testing

// "In the afternoon" goes on with the day told since the last encounter, even with a sentence
// of another event between. Own sentences.

@Test func theAfternoonOfTheDayToldTwoSentencesBack() {
    let facts = extract(
        "Prime Minister Ken Sato flew to Hanoi on Sunday morning and met President Tran Duc at the palace. "
            + "On Monday he flew on to Vientiane. While he was in the air, floods closed the airport road. "
            + "Sato and President Somsak Vong met at the Presidential Palace in the afternoon.",
        published: "2006-10-10")
    #expect(facts.meeting("Ken Sato", "Somsak Vong")?.date == Day(iso: "2006-10-09"))
}
