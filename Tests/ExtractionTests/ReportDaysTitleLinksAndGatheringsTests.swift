import Extraction
import Testing

// A report's day before "said" with no "that"; an office's link word ("Attached to") as part of the title;
// guests each given their own day; a gathering that elects or urges people; a mediator who
// speaks with "both sides". Own sentences and invented names.

@Test func dayOfAReportSaidWithoutThatIsNotTheMeetings() {
    let f = extract(
        "President Ivo Marsh will host his Chilean counterpart Ana Lutz for a state visit starting on Monday. "
            + "A notice from the palace on Friday said the two presidents will hold talks on water.",
        published: "2016-07-11")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.date.map { "\($0)" } == "2016-07-11")
}

@Test func linkWordAfterAnOfficeIsPartOfTheTitle() {
    for sentence in [
        "Ola Brenn, Minister Attached to the Prime Minister, told reporters that President Ivo Marsh praised Premier Ana Lutz at their meeting.",
        "Minister Delegate for Trade Ola Brenn met Premier Ana Lutz in Lima on Monday.",
        "Minister Responsible for Fisheries Ola Brenn met Premier Ana Lutz in Lima on Monday.",
    ] {
        let f = extract(sentence, published: "2023-03-15")
        #expect(!f.people.contains { ["Attached", "Delegate", "Responsible"].contains($0.name) }, "\(sentence)")
        #expect(!f.meetings.contains { $0.participants.contains { ["Attached", "Delegate", "Responsible"].contains($0) } }, "\(sentence)")
    }
}

@Test func guestsEachWithTheirOwnDayMetTheSubjectApart() {
    let f = extract(
        "Speaker Ivo Marsh received Ana Lutz in Vienna on 30th June 2020. "
            + "Marsh said he held talks with Foreign Minister Ola Brenn on 2 June and Prime Minister Eda Kern on 12 June.",
        published: "2020-07-01")
    let pairs = Dictionary(f.meetings.map { (Set($0.participants), $0.date.map { "\($0)" }) }, uniquingKeysWith: { a, _ in a })
    #expect(pairs[["Ivo Marsh", "Ola Brenn"]] == "2020-06-02")
    #expect(pairs[["Ivo Marsh", "Eda Kern"]] == "2020-06-12")
    #expect(!f.meetings.contains { $0.participants.count > 2 })
}

@Test func aGatheringThatElectsOrUrgesPeopleIsNoEncounterOfThem() {
    for sentence in [
        "Summit elected President Ivo Marsh of Chile to the chair and President Ana Lutz of Peru as her deputy.",
        "The summit also elected President Ivo Marsh of Chile and President Ana Lutz of Peru as chair and deputy chair.",
        "The meeting urged President Ivo Marsh of Chile and President Ana Lutz of Peru to sign the accord.",
    ] {
        let f = extract(sentence, published: "2012-08-20")
        #expect(f.meetings.isEmpty, "\(sentence)")
    }
    let f = extract("The summit brought together President Ivo Marsh of Chile and President Ana Lutz of Peru in Lima on Friday.", published: "2012-08-20")
    #expect(f.meetings.map { Set($0.participants) } == [["Ivo Marsh", "Ana Lutz"]])
}

@Test func aMediatorSpeakingWithBothSidesMeetsNoOneNamed() {
    for sentence in [
        "Mediating on Monday, President Ivo Marsh of Chile held talks with both sides in Geneva.",
        "President Ivo Marsh of Chile later met both sides in Geneva.",
    ] {
        let f = extract("Prime Minister Ana Lutz of Peru rejected the claim. " + sentence, published: "2012-08-20")
        #expect(f.meetings.isEmpty, "\(sentence)")
    }
    let f = extract("Prime Minister Ana Lutz of Peru met President Ivo Marsh of Chile on Monday. The two sides agreed to meet again.", published: "2012-08-20")
    #expect(f.meetings.contains { Set($0.participants) == ["Ana Lutz", "Ivo Marsh"] })
}
