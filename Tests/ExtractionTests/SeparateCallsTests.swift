import Extraction
import Testing

// "courtesy calls" and "separate meetings" in the plural: one encounter with each person named,
// never one of those people with each other; a possessive pronoun opening the sentence stands for
// the visitor. Own sentences and invented names.

@Test func courtesyCallsInThePluralAreOneEncounterEach() {
    for sentence in [
        "Ambassador Kofi Mensah paid courtesy calls on Prime Minister Ama Boateng and Foreign Minister Yaw Asante in Accra on Monday.",
        "The new envoy, Kofi Mensah, made courtesy calls on Prime Minister Ama Boateng and Foreign Minister Yaw Asante on Monday.",
    ] {
        let f = extract(sentence, published: "2023-03-15")
        #expect(Set(f.meetings.map { Set($0.participants) }) == [["Kofi Mensah", "Ama Boateng"], ["Kofi Mensah", "Yaw Asante"]], "\(sentence)")
        #expect(f.meetings.allSatisfy { $0.mode == .inPerson && $0.status == .held }, "\(sentence)")
    }
}

@Test func callsAsAVerbAreNoEncounter() {
    let f = extract(
        "Prime Minister Ama Boateng calls on Foreign Minister Yaw Asante to resign over the budget, a statement said on Monday.",
        published: "2023-03-15")
    #expect(f.meetings.isEmpty)
}

@Test func separateEncountersWithNoNamedVisitorPairNoOne() {
    for sentence in [
        "The visiting delegation's leader is to make separate courtesy calls on Prime Minister Ama Boateng and Foreign Minister Yaw Asante.",
        "Separate meetings with Prime Minister Ama Boateng and Foreign Minister Yaw Asante are planned for Friday.",
    ] {
        let f = extract(sentence, published: "2023-03-15")
        #expect(f.meetings.isEmpty, "\(sentence)")
    }
    // One meeting set apart from another still pairs the two it names.
    let f = extract(
        "In a separate meeting at the ministry, Foreign Minister Yaw Asante and his Togolese counterpart Eli Dossou discussed trade on Monday.",
        published: "2023-03-15")
    #expect(f.meetings.map { Set($0.participants) } == [["Yaw Asante", "Eli Dossou"]])
}

@Test func possessivePronounOpeningTheSentenceIsTheVisitor() {
    let f = extract(
        "Spanish Prime Minister Luis Ortega arrived in Berlin on Sunday. "
            + "His programme included separate meetings with Chancellor Olaf Brandt and President Jana Novakova on Monday.",
        published: "2023-03-15")
    #expect(Set(f.meetings.map { Set($0.participants) }) == [["Luis Ortega", "Olaf Brandt"], ["Luis Ortega", "Jana Novakova"]])
    // A courtesy style opening the sentence is no pronoun for the visitor.
    let g = extract(
        "Spanish Prime Minister Luis Ortega arrived in Berlin on Sunday. Her Majesty Queen Ida Varga received Chancellor Olaf Brandt on Monday.",
        published: "2023-03-15")
    #expect(!g.meetings.contains { $0.participants.contains("Luis Ortega") })
}
