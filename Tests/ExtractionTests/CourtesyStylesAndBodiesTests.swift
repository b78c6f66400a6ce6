import Extraction
import Testing

// Courtesy styles of Cambodia and Bhutan before a name are no part of it, and the plural head of
// a body's name after a title word ("General Secretariats", "Ministers Conference") is no person.
// Own sentences and invented names.

@Test func aCambodianAndABhutaneseCourtesyStyleAreNoPartOfTheName() {
    let f = extract(
        """
        Samdech Ros Vanna, President of the National Assembly of Cambodia, received Lyonpo Karma Wangdi of Bhutan in Phnom Penh on Monday.
        """, published: "2022-11-25")
    #expect(f.person("Ros Vanna") != nil)
    #expect(f.person("Karma Wangdi") != nil)
    #expect(f.meeting("Ros Vanna", "Karma Wangdi") != nil)
}

@Test func thePluralHeadOfABodysNameAfterATitleIsNoPerson() {
    let f = extract(
        """
        Speaker Ros Vanna witnessed the signing of a memorandum between the two National Assembly General Secretariats.
        Minister Karma Wangdi will attend the Forum Foreign Ministers Conference in Apia next month.
        """, published: "2022-11-25")
    #expect(f.people.map(\.name).sorted() == ["Karma Wangdi", "Ros Vanna"])
}

/// Cambodian royal and state styles run several words before a name; none is part of it.
@Test func aRunOfCambodianStyleWordsIsNoPartOfTheName() {
    let f = extract(
        """
        The Lao NA president Bounmy Vongsa will be received in a royal audience by His Majesty Preah Bat Samdech Preah Boromneath Norodom Visal, King of Cambodia.
        He will also hold talks with Samdech Akka Moha Sena Padei Techo Chan Dara, Prime Minister, in Phnom Penh.
        """, published: "2022-11-20")
    #expect(f.person("Norodom Visal") != nil)
    #expect(f.person("Chan Dara") != nil)
    #expect(f.meeting("Bounmy Vongsa", "Norodom Visal")?.status == .planned)
}
