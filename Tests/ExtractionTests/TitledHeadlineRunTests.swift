import Extraction
import Testing

// "PM Okafor Reaches Lagos, Will Hold Talks": a title-case headline makes a run "Okafor Reaches"
// with the headline's title; when the body names "Chidi Okafor" in full and then "Okafor"
// alone, the run is no one and its surname mentions are his. Own sentences.

@Test func aTitledHeadlineRunHandsItsSurnameToTheFullName() {
    let f = extract(
        """
        PM Okafor Reaches Lagos, Will Hold Bilateral Talks With Leaders

        Prime Minister Chidi Okafor arrived in Lagos on Wednesday.

        PM Okafor and President Tunde Bello held talks on Wednesday afternoon.
        """, published: "2014-11-19")
    #expect(!f.names.contains("Okafor Reaches"))
    #expect(f.pairs == [["Chidi Okafor", "Tunde Bello"]])
}

/// A titled name given in full in a heading alone stays a person: no one else in the article
/// ends with its first word.
@Test func aTitledNameOnlyInAHeadingStays() {
    let f = extract(
        """
        Remarks by Vice President Marta Quiroga and Prime Minister Desmond Achebe to the press

        The two leaders spoke about trade and energy after their meeting.
        """, published: "2013-05-28")
    #expect(f.names.isSuperset(of: ["Marta Quiroga", "Desmond Achebe"]))
}
