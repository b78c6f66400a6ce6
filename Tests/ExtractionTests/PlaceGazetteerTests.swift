import Extraction
import Testing

// places.tsv is generated from GeoNames' cities: these sentences name cities that no hand-kept list
// had, and cities whose names are also words or people's names (flagged ambiguous).

@Test func aCityOnlyGeoNamesListsIsTheMeetingPlace() {
    let f = extract(
        """
        Kenyan Foreign Minister Amina Otieno met Ugandan Foreign Minister Joseph Okello in Eldoret on Monday.
        """, published: "2024-03-05")
    #expect(f.meetings.first?.place == "Eldoret")
}

@Test func anEnglishAlternateNameOfACityIsAPlace() {
    let f = extract(
        """
        French President Jean Martin met Soviet leader Ivan Petrov in Leningrad on Friday.
        """, published: "1988-06-10")
    #expect(f.meetings.first?.place == "Leningrad")
}

@Test func anAmbiguousCityIsAPlaceAfterIn() {
    let f = extract(
        """
        Croatian Foreign Minister Marko Horvat met Italian Foreign Minister Paolo Rossi in Split on Monday.
        """, published: "2024-03-05")
    #expect(f.meetings.first?.place == "Split")
}

@Test func anAmbiguousCityIsAPlaceAfterTheCityOf() {
    let f = extract(
        """
        Croatian Foreign Minister Marko Horvat met Italian Foreign Minister Paolo Rossi in the city of Florence on Monday.
        """, published: "2024-03-05")
    #expect(f.meetings.first?.place == "Florence")
}

@Test func anAmbiguousCityNamedLikeAPersonStaysAPerson() {
    let f = extract(
        """
        Florence Dubois, the French defence minister, said the exercise would go ahead.
        President Lincoln said the war would end.
        """)
    #expect(f.names.contains("Florence Dubois"))
    #expect(f.names.contains("Lincoln"))
}

@Test func aCityAfterAGivenNameIsPartOfThePersonsName() {
    let f = extract(
        """
        Carlos Mendoza, the Argentine foreign minister, said the talks would resume.
        """)
    #expect(f.names.contains("Carlos Mendoza"))
    #expect(f.person("Carlos Mendoza")?.country == "ARG")
}

@Test func anAmbiguousCityWithoutAPlaceContextIsNoMeetingPlace() {
    let f = extract(
        """
        Croatian Foreign Minister Marko Horvat met Italian Foreign Minister Paolo Rossi on Monday, and Split said nothing.
        """, published: "2024-03-05")
    #expect(f.meetings.first?.place == nil)
}

@Test func aSurnameThatIsAlsoASmallTownStillMentionsThePerson() {
    let f = extract(
        """
        British Ambassador Elizabeth Hughes met Spanish Foreign Minister Miguel Lopez in Madrid on Monday.
        Hughes said the talks went well.
        """, published: "2024-03-05")
    #expect(f.person("Elizabeth Hughes")?.mentions.count == 2)
}

@Test func aPlaceBeforeAnUnknownCapitalisedWordOpensAName() {
    let f = extract(
        """
        Saudi ambassador to Sudan Layla Al-Jubeir met South Sudanese Foreign Minister Deng Akol in Juba on Monday.
        """, published: "2024-03-05")
    #expect(f.names.contains("Layla Al-Jubeir"))
}
