import Extraction
import Testing

// An envoy serves the state that sends them, not the state they are posted to: own sentences.

@Test func anAmbassadorOfAStateToAnotherServesTheFirst() {
    let f = extract(
        """
        Ambassador of the Kingdom of Norway to Ghana Ingrid Solberg paid a courtesy call on Foreign Minister Kwame Mensah.
        """, published: "2024-05-15")
    #expect(f.person("Ingrid Solberg")?.country == "NOR")
    #expect(f.person("Ingrid Solberg")?.title == "Ambassador")
}

@Test func aHighCommissionerNamedAfterACommaAndACourtesyTitleServesTheSendingState() {
    let f = extract(
        """
        Foreign Minister Kwame Mensah received the High Commissioner of Canada to Ghana, Mr Paul Tremblay, on Monday.
        """, published: "2024-05-15")
    #expect(f.person("Paul Tremblay")?.country == "CAN")
}

/// A ministry whose name stands for its state ("a State Department spokesman", "the MEA") gives
/// the state of the official it names, in an article about other states; it is no meeting place,
/// and a word that only looks like its acronym ("mea culpa") names no state.
@Test func aMinistryThatStandsForItsStateGivesItsOfficialsState() {
    let f = extract(
        """
        LIMA, June 3 -- Peru's opposition rejected on Friday a remark by State Department spokesman Carl Hobart about the vote.
        MEA spokesperson Ravi Menon said in New Delhi that India was watching closely.
        """, published: "2022-06-04")
    #expect(f.person("Carl Hobart")?.country == "USA")
    #expect(f.person("Ravi Menon")?.country == "IND")
    let g = extract(
        """
        WASHINGTON -- Secretary of State Mark Dale held talks here with Foreign Minister Ravi Menon on Tuesday, according to the Ministry of External Affairs.
        """, published: "2022-06-04")
    #expect(g.meeting("Mark Dale", "Ravi Menon")?.place == "Washington")
    let h = extract("The senator offered a mea culpa to President Mark Dale on Tuesday.", published: "2022-06-04")
    #expect(!h.codes.contains("IND"))
}
