import Extraction
import Testing

// "those talks", "this meeting": a meeting noun that points back at the encounter the sentence
// before told is that encounter, on its day and at its place, whoever the new sentence names as
// its people. With no encounter told right before, nothing carries over. Own sentences.

@Test func thoseTalksAreTheTalksToldJustBefore() {
    let body = """
        NEW DELHI - India and Pakistan began talks on the creek here on Monday, led by Surveyor General Arun Rao and Rear Admiral Tariq Khan.

        The last talks between the two sides were held in May last year in Rawalpindi, the seat of the army headquarters.

        India was represented during those talks by Arun Rao and Pakistan by its then defence secretary, Rear Admiral Imran Shah.
        """
    #expect(meetingPlace(body, of: ["Arun Rao", "Imran Shah"], published: "2012-06-20") == .some("Rawalpindi"))
}

@Test func thoseTalksWithNoEncounterToldJustBeforeTakeNoPlace() {
    let body = """
        Rawalpindi, north of the capital, is the seat of the army headquarters.

        India was represented during those talks by Surveyor General Arun Rao and Pakistan by Rear Admiral Imran Shah.
        """
    #expect(meetingPlace(body, of: ["Arun Rao", "Imran Shah"], published: "2012-06-20") == .some(nil))
}

@Test func aThatOfReportedSpeechBeforeTalksPointsAtNothing() {
    let body = """
        Foreign Minister Ana Cruz met Foreign Minister Jorge Vega in Lima on Monday.

        Officials said that talks between Defence Minister Luis Arce and Defence Minister Pedro Ela would be held soon.
        """
    #expect(meetingPlace(body, of: ["Luis Arce", "Pedro Ela"], published: "2014-05-28") == .some(nil))
}
