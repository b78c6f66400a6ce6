import Extraction
import Testing

// "The minister later met B": a one-word title as the subject names the one person of the
// article whose office has that head noun ("Foreign Minister A", "Minister for Trade A"); a
// prime minister is not "the minister". With two such people, or as an object, it names no
// one. Own sentences.

@Test func theMinisterIsTheArticlesOnlyMinister() {
    let facts = extract(
        "Foreign Minister Ines Moreau arrived in Tunis on Sunday for a two-day visit. "
            + "The minister later met Prime Minister Karim Haddad.",
        published: "2022-02-15")
    #expect(facts.pairs.contains(["Ines Moreau", "Karim Haddad"]))
}

@Test func theMinisterAmongTwoMinistersIsNoOne() {
    let facts = extract(
        "Foreign Minister Ines Moreau and Minister for Trade Paul Girard arrived in Tunis on Sunday. "
            + "The minister later met Prime Minister Karim Haddad.",
        published: "2022-02-15")
    #expect(!facts.meetings.contains { $0.participants.contains("Karim Haddad") })
}

/// Not the minister as an object: "passed their concerns to the minister".
@Test func theMinisterAsAnObjectIsNoOne() {
    let facts = extract(
        "Foreign Minister Ines Moreau arrived in Tunis on Sunday. "
            + "Deputy Karim Haddad met fishermen at the port on Monday and said he had passed their concerns to the minister.",
        published: "2022-02-15")
    #expect(!facts.pairs.contains(["Ines Moreau", "Karim Haddad"]))
}
