import Extraction
import Testing

// An encounter told in a clause of "where" after a city ("..., C, where he met B"): it took place
// in that city; a day of arrival elsewhere, told before "where", is not its day. Sentences
// written for these tests.

@Test(arguments: [
    (
        "Foreign Minister Pablo Costa of Uruguay arrived in Chile on Wednesday from Lima, where he held talks with President Rosa Mendez of Peru.",
        "Lima", nil as String?
    ),
    (
        "Foreign Minister Pablo Costa of Uruguay began his tour on Monday in Lima, where he held talks with President Rosa Mendez of Peru.",
        "Lima", "2019-03-04"
    ),
    (
        "Foreign Minister Pablo Costa of Uruguay flew on to Lima, where he met President Rosa Mendez of Peru on Thursday.",
        "Lima", "2019-03-07"
    ),
])
func anEncounterInAClauseOfWhereAfterACityIsInThatCity(_ text: String, _ place: String, _ day: String?) {
    let f = extract(text, published: "2019-03-08")
    let m = f.meeting("Pablo Costa", "Rosa Mendez")
    #expect(m?.place == place)
    #expect(m?.date == day.flatMap(Day.init(iso:)))
}

@Test func aClauseOfWhereAfterAStateGivesNoPlace() {
    // Only a state: no place (guidelines).
    let f = extract(
        "Foreign Minister Pablo Costa of Uruguay flew on to Peru, where he met President Rosa Mendez on Thursday.", published: "2019-03-08")
    #expect(f.meeting("Pablo Costa", "Rosa Mendez")?.place == nil)
}

// "there" after a venue of the clause: the city the sentence before named.

private let signed = "Caribbean leaders signed the oil pact in Lima on Wednesday."

@Test(arguments: [
    "Prime Minister Ana Reyes of Chile had a private meeting with President Rosa Mendez of Peru at the Government Guest House there, officials said.",
    "Prime Minister Ana Reyes of Chile met President Rosa Mendez of Peru at the Torre Tagle Palace there on Tuesday.",
])
func thereAfterAVenueIsTheCityOfTheSentenceBefore(_ next: String) {
    let f = extract("\(signed) \(next)", published: "2005-07-01")
    #expect(f.meeting("Ana Reyes", "Rosa Mendez")?.place == "Lima")
}

@Test(arguments: [
    // A city of the clause's own comes first; "there were" is no place.
    ("Prime Minister Ana Reyes of Chile met President Rosa Mendez of Peru in Quito on Tuesday and stayed there overnight.", "Quito"),
    ("Prime Minister Ana Reyes of Chile met President Rosa Mendez of Peru on Tuesday, and there were no agreements.", nil as String?),
])
func thereDoesNotOverrideTheClausesOwnCityNorStandForAPlaceInThereWere(_ next: String, _ place: String?) {
    let f = extract("\(signed) \(next)", published: "2005-07-01")
    #expect(f.meeting("Ana Reyes", "Rosa Mendez") != nil)
    #expect(f.meeting("Ana Reyes", "Rosa Mendez")?.place == place)
}

@Test(arguments: [
    "Prime Minister Ana Reyes of Chile flies on to Lima tomorrow, where she is to be received by President Luis Vera of Peru at the Palace of Government.",
    "Prime Minister Ana Reyes of Chile flew to Lima on Monday, where she was received by President Luis Vera of Peru at the Palace of Government.",
])
func aCityWithItsDayBeforeWhereIsThePlaceOverTheVenueOfTheClause(_ text: String) {
    let f = extract(text, published: "2019-03-06")
    #expect(f.meeting("Ana Reyes", "Luis Vera")?.place == "Lima")
}

@Test(arguments: [
    "The two leaders held talks in the capital on Monday after President Luis Vera welcomed his guest at Jorge Chavez International Airport.",
    "The two leaders held talks in the capital on Monday before she toured the Government Palace.",
])
func thePlacesOfAClauseOfTimeWithItsOwnSubjectAreThatEventsNotTheMeetings(_ sentence: String) {
    let f = extract(
        "LIMA - Prime Minister Ana Reyes of Chile flew home with President Luis Vera of Peru today.\n\n\(sentence)", published: "2019-03-05")
    #expect(f.meeting("Ana Reyes", "Luis Vera")?.place == "Lima")
    // Without a subject of its own, "after" goes on with the meeting's clause.
    let g = extract("Prime Minister Ana Reyes of Chile met President Luis Vera of Peru after lunch at the Government Palace.", published: "2019-03-05")
    #expect(g.meeting("Ana Reyes", "Luis Vera")?.place == "Government Palace")
}
