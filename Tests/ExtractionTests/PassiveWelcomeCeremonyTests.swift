import Extraction
import Testing

// A welcome in the passive "with" its ceremony and no host after "by" ("After being welcomed
// with state honours", "where he was received with a gun salute") is the ceremony: it names no
// one met, and the encounter of the sentence is the one its other meeting word tells. Own
// sentences.

@Test func aWelcomeWithHonoursBeforeTheTalksLeavesTheTalksTheirGuest() {
    let f = extract(
        "After being welcomed with state honours, President Tomas Ortega had a warm and productive meeting with his counterpart, "
            + "President Mario Salas, where they discussed matters of common interest.",
        published: "2016-09-19")
    #expect(f.meetings.map { Set($0.participants) } == [["Tomas Ortega", "Mario Salas"]])
}

@Test func aWelcomeWithAGunSaluteIsNoEncounterWithThoseWhoMetTheGuestBefore() {
    let f = extract(
        "President Tomas Ortega arrived in Lima on Monday. He was met at the airport by Foreign Minister Ana Poma. "
            + "He then went to the Government Palace, where he was welcomed with a gun salute.",
        published: "2016-09-19")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.evidence.count == 1)
}

@Test func aWelcomeWithHonoursByAHostIsStillAnEncounter() {
    let f = extract(
        "President Tomas Ortega was welcomed with state honours by President Mario Salas at the Government Palace on Monday.",
        published: "2016-09-19")
    #expect(f.meeting("Tomas Ortega", "Mario Salas") != nil)
}
