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

/// "The session was attended by" the sitting of the talks just told, and "it was attended by" on
/// the other side, put their people at that encounter; "session" is a word of meeting only with
/// "with", so the sentence is one of presence.
@Test func theSessionsAttendantsOnEitherSideJoinTheEncounter() {
    let f = extract(
        "President Tomas Ortega of Chile and President Mario Salas of Peru held a session of official talks at the Government Palace on Thursday. "
            + "The session was attended by Peruvian Foreign Minister Ana Poma and Trade Minister Luis Vera. "
            + "On the Chilean side, it was attended by Foreign Minister Clara Vidal.",
        published: "2024-03-08")
    #expect(f.meetings.map { Set($0.participants) } == [["Tomas Ortega", "Mario Salas", "Ana Poma", "Luis Vera", "Clara Vidal"]])
}

@Test func aSessionOfParliamentAttendedByOthersAddsNoOneToTheEncounter() {
    let f = extract(
        "President Tomas Ortega of Chile received President Mario Salas of Peru at the Government Palace on Thursday. "
            + "Later that week, the opening of the parliamentary session was addressed by Speaker Ana Poma. "
            + "Minister Luis Vera said he would attend the next session.",
        published: "2024-03-08")
    #expect(f.meetings.map { Set($0.participants) } == [["Tomas Ortega", "Mario Salas"]])
}
