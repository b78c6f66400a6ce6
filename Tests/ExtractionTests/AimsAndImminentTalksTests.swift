import Extraction
import Testing

// A meeting that efforts are made to arrange is an aim, not a meeting (guidelines: a hope);
// "would take place" in reported speech plans one; talks about to start right after a held
// encounter of the same two are that occasion. Own sentences and invented names.

@Test func aMeetingSomeoneWorksToArrangeIsNoMeeting() {
    for sentence in [
        "Diplomats are working to arrange a meeting between Prime Minister Ivo Marsh and leader Ana Lutz.",
        "Mediators in a bid to broker talks between Prime Minister Ivo Marsh and leader Ana Lutz flew to Oslo.",
    ] {
        #expect(extract(sentence, published: "1996-09-02").meetings.isEmpty, "\(sentence)")
    }
    for sentence in [
        "In an effort to mend ties, Prime Minister Ivo Marsh met leader Ana Lutz on Friday.",
        "Prime Minister Ivo Marsh held a working lunch with leader Ana Lutz on Friday.",
        "Prime Minister Ivo Marsh praised efforts to ease tensions in talks with leader Ana Lutz on Friday.",
    ] {
        #expect(extract(sentence, published: "1996-09-02").meetings.count == 1, "\(sentence)")
    }
}

@Test func wouldTakePlaceInReportedSpeechIsPlanned() {
    for sentence in [
        "Officials said a meeting between Prime Minister Ivo Marsh and leader Ana Lutz would be held on Friday.",
        "A meeting between Prime Minister Ivo Marsh and leader Ana Lutz would take place on Friday, officials said.",
    ] {
        let f = extract(sentence, published: "1996-09-02")
        #expect(f.meetings.map(\.status) == [.planned], "\(sentence)")
        #expect(f.meetings.first?.date.map { "\($0)" } == "1996-09-06", "\(sentence)")
    }
    let f = extract("A meeting between Prime Minister Ivo Marsh and leader Ana Lutz would be a breakthrough, officials said.", published: "1996-09-02")
    #expect(!f.meetings.contains { $0.status == .planned && $0.date != nil })
}

@Test func talksAboutToStartAfterAWelcomeAreThatOccasion() {
    let f = extract(
        "Prime Minister Ivo Marsh welcomed Peru's leader Ana Lutz in Lima on Tuesday. "
            + "Marsh and Lutz will begin closed-door talks in a few minutes.",
        published: "2023-05-16")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.status == .held)
    // Talks planned for a later day stay a plan of their own.
    let g = extract(
        "Prime Minister Ivo Marsh welcomed Peru's leader Ana Lutz in Lima on Tuesday. Marsh and Lutz are scheduled to hold talks again in June.",
        published: "2023-05-16")
    #expect(g.meetings.contains { $0.status == .planned })
}

@Test func peopleNamedOnlyAfterAVoidedMeetingWordAreThatOnes() {
    let f = extract(
        "Aides kept up their discussions all week in a bid to arrange a summit between Prime Minister Ivo Marsh and leader Ana Lutz.",
        published: "1996-09-02")
    #expect(f.meetings.isEmpty)
    // Named before the voided word, the earlier meeting word's people stay.
    let g = extract(
        "Prime Minister Ivo Marsh held talks with leader Ana Lutz on Friday in a bid to arrange a wider summit.", published: "1996-09-02")
    #expect(g.meetings.map { Set($0.participants) } == [["Ivo Marsh", "Ana Lutz"]])
}
