import Extraction
import Testing

// "A announced that he had met B": the one who announces or reveals the encounter is the "he" of
// the report, as the one who says it is. Invented names.

@Test func theOneWhoAnnouncesTheEncounterIsItsSubject() {
    let f = extract(
        "Foreign Minister Arno Velt of Estonia announced on Tuesday that he had met Latvian Foreign Minister Ivo Kalns in Riga.",
        published: "2021-03-10")
    #expect(f.meetings.map { Set($0.participants) } == [["Arno Velt", "Ivo Kalns"]])
    #expect(f.meetings.first?.place == "Riga")
}

@Test func theOneWhoRevealsTheEncounterIsItsSubject() {
    let f = extract(
        "Estonian Foreign Minister Arno Velt revealed that he met Latvian Foreign Minister Ivo Kalns last week.", published: "2021-03-10")
    #expect(f.meetings.map { Set($0.participants) } == [["Arno Velt", "Ivo Kalns"]])
}

@Test func aNameTooFarBeforeTheThatIsNoReporter() {
    // The report's "he" is the one reported on earlier, not a name a clause away from the "that".
    let f = extract(
        "Estonian Foreign Minister Arno Velt arrived in Riga on Monday. Latvian Prime Minister Kaja Rinne, "
            + "who had earlier visited a new school and a hospital in the north of the country, confirmed that he would meet Latvian Foreign Minister Ivo Kalns.",
        published: "2021-03-10")
    #expect(!f.meetings.contains { Set($0.participants) == ["Kaja Rinne", "Ivo Kalns"] })
}
