import Extraction
import Testing

// Own sentences: each guest of "with A late on Tuesday and with B on Wednesday" keeps the day
// told right after the name, past a word that leads up to it.

@Test func aGuestsDayPastLateOrEarlyIsThatGuestsOwn() {
    let f = extract(
        "President Lena Moreau spoke by telephone with President Kofi Adjei late on Tuesday and with Secretary-General Ivo Petrov on Wednesday.",
        published: "2023-12-07")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.date == Day(iso: "2023-12-05"))
    #expect(f.meeting("Lena Moreau", "Ivo Petrov")?.date == Day(iso: "2023-12-06"))
    let g = extract(
        "President Lena Moreau met President Kofi Adjei yesterday and Secretary-General Ivo Petrov early on Tuesday.",
        published: "2023-12-07")
    #expect(g.meeting("Lena Moreau", "Kofi Adjei")?.date == Day(iso: "2023-12-06"))
    #expect(g.meeting("Lena Moreau", "Ivo Petrov")?.date == Day(iso: "2023-12-05"))
}
