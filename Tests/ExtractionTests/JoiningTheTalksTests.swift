import Extraction
import Testing

// People who "sat in on" the talks, "joined them" for a part of them, or "joined the wider
// round" took part in the encounter just reported (the guidelines count everyone named as
// taking part), not in an encounter of their own. Own sentences.

private let lead = "President Oskar Berg received Prime Minister Lena Virtanen at the castle in Turku on Tuesday. "

private func joined(_ second: String) -> [Set<String>] {
    extract(lead + second, published: "2019-10-10").meetings.map { Set($0.participants) }
}

@Test func aidesWhoSatInOnTheTalksJoinThem() {
    #expect(
        joined("Foreign ministers Pia Holm and Antti Salo sat in on the meeting.") == [
            ["Oskar Berg", "Lena Virtanen", "Pia Holm", "Antti Salo"]
        ])
}

@Test func ministersWhoJoinedThemForAPartJoinTheTalks() {
    #expect(
        joined("Foreign ministers Pia Holm and Antti Salo joined them for the second part of the talks.") == [
            ["Oskar Berg", "Lena Virtanen", "Pia Holm", "Antti Salo"]
        ])
}

@Test func ministersWhoJoinedTheWiderRoundJoinTheTalks() {
    #expect(
        joined("Foreign ministers Pia Holm and Antti Salo joined the wider round.") == [
            ["Oskar Berg", "Lena Virtanen", "Pia Holm", "Antti Salo"]
        ])
}

/// Sitting somewhere is no presence at the talks; nor is joining a government.
@Test func sittingInARowOrJoiningAGovernmentIsNoPresence() {
    let seated = extract(
        lead + "Foreign Minister Pia Holm sat in the front row at a concert with Antti Salo.", published: "2019-10-10")
    #expect(!seated.meetings.contains { $0.participants.contains("Pia Holm") && $0.participants.contains("Oskar Berg") })
    let party = extract(lead + "Pia Holm and Antti Salo joined the new government in May.", published: "2019-10-10")
    #expect(!party.meetings.contains { $0.participants.contains("Pia Holm") && $0.participants.contains("Oskar Berg") })
}

/// A report may give several sentences to what was discussed before it lists who attended: a
/// sentence that names "the meeting" and says who was there still joins it, where a bare "also
/// present" so far on would not.
@Test func attendeesListedAfterTheMattersDiscussedJoinTheTalks() {
    let report = [
        "The two leaders spoke about trade.",
        "They also spoke about fisheries.",
        "The talks will help shipping, the President said.",
        "Officials called the engagement productive.",
        "The discussion covered tourism as well.",
        "It also covered ferry links between the two coasts.",
        "The meeting was attended by Foreign Minister Pia Holm and Trade Minister Antti Salo.",
    ]
    #expect(joined(report.joined(separator: " ")) == [["Oskar Berg", "Lena Virtanen", "Pia Holm", "Antti Salo"]])
}
