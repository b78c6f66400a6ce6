import Extraction
import Testing

// "The reception was attended by C and D" after a host received a guest: C and D were at that
// encounter, as with "The meeting was attended by". A ceremony attended by people is no such
// occasion. Invented names.

@Test func theReceptionsAttendantsJoinTheEncounter() {
    let f = extract(
        "The Amir Sheikh Nawaf Al-Sabah received Saudi Foreign Minister Prince Turki bin Nasser at Bayan Palace on Monday. "
            + "The reception was attended by Saudi Ambassador Prince Bandar bin Fahd and Director General Hamad Al-Otaibi.",
        published: "2024-06-03")
    #expect(f.meetings.map { Set($0.participants) } == [["Nawaf Al-Sabah", "Turki bin Nasser", "Bandar bin Fahd", "Hamad Al-Otaibi"]])
}

@Test func aCeremonyAttendedByOthersAddsNoOneToTheEncounter() {
    let f = extract(
        "The Amir Sheikh Nawaf Al-Sabah received Saudi Foreign Minister Prince Turki bin Nasser at Bayan Palace on Monday. "
            + "The opening ceremony of the fair was attended by Minister Hamad Al-Otaibi.",
        published: "2024-06-03")
    #expect(f.meetings.map { Set($0.participants) } == [["Nawaf Al-Sabah", "Turki bin Nasser"]])
}
