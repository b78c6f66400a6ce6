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
