import Extraction
import Testing

// A person's state: the state named in their own sentence before the article's main state, a
// leader listed without a middle name the text gives, and "Counterpart" in a headline's title
// case. Own sentences; invented people, except leaders the table lists.

/// "A will travel to C to meet President B": C, named before B's title, is B's; the article's
/// main state, given to A afterwards, does not take it first.
@Test func aStateInTheOwnSentenceComesBeforeTheArticlesMainOne() {
    let f = extract(
        """
        Foreign Secretary Alan Brooks left for Peru on Sunday. \
        Brooks will travel to Bolivia on Tuesday to meet President Carlos Mendez.
        """, published: "2011-04-03")
    #expect(f.person("Carlos Mendez")?.country == "BOL")
    #expect(f.person("Alan Brooks")?.country != "BOL")
}

/// "Omar Hassan al-Bashir", listed as "Omar al-Bashir": the middle name is left out for the lookup.
@Test func aListedLeaderIsFoundPastAMiddleName() {
    let f = extract("Cairo wants to press Omar Hassan al-Bashir on the water talks, the paper wrote.", published: "2017-01-18")
    #expect(f.person("Omar Hassan al-Bashir")?.country == "SDN")
    // A name of four words is not cut down to two.
    let four = extract("Minister Omar Karim Hassan al-Bashir spoke in Cairo on the water talks.", published: "2017-01-18")
    #expect(four.person("Omar Karim Hassan al-Bashir")?.country != "SDN")
}

/// "President A Meets With His Kazakh Counterpart B": "Counterpart" is a word of role in title
/// case, never the first word of a name.
@Test func aCounterpartInAHeadlineIsNoWordOfTheName() {
    let f = extract(
        """
        Li Wen Holds Talks With Kazakh Counterpart Nazarbayev
        2003-06-03 00:00

        President Li Wen, on a state visit, held talks with his Kazakh counterpart Nursultan Nazarbayev in Astana on June 3.

        President Nazarbayev welcomed Li and said the visit would help ties.
        """, published: "2003-06-03")
    #expect(f.names == ["Li Wen", "Nursultan Nazarbayev"])
    #expect(f.pairs == [["Li Wen", "Nursultan Nazarbayev"]])
}
