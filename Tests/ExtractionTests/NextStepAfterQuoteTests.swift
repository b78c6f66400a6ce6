import Extraction
import Testing

// "A then called on C": the next step of an occasion keeps the day of the step before, even
// with a quote or a comment between the two, and stays its own encounter when the report
// before named C among those A met that day. "At his office" names no place: the guidelines
// want a city or a named venue. Own sentences.

@Test func theNextStepAfterAQuoteKeepsTheDay() {
    let facts = extract(
        "Foreign Minister Mira Holm on May 6 called on President Tomas Brandt in Vaduz before opening a trade fair. "
            + "\"We covered a great deal of ground,\" an aide to the president said. "
            + "Ms. Holm then called on Prime Minister Erik Lund, according to officials.",
        published: "2022-05-07")
    let next = facts.meetings.first { Set($0.participants) == ["Mira Holm", "Erik Lund"] }
    #expect(next?.date == Day(iso: "2022-05-06"))
}

@Test func theNextStepStaysItsOwnEncounter() {
    let facts = extract(
        "Foreign Minister Mira Holm on May 6 called on President Tomas Brandt and Prime Minister Erik Lund in Vaduz. "
            + "Soon after landing, Ms. Holm paid a courtesy call on President Brandt at the castle. "
            + "\"It was a warm meeting,\" an aide said. "
            + "Ms. Holm then called on Prime Minister Lund.",
        published: "2022-05-07")
    let next = facts.meetings.first { Set($0.participants) == ["Mira Holm", "Erik Lund"] }
    #expect(next?.date == Day(iso: "2022-05-06"))
    #expect(facts.meetings.contains { Set($0.participants) == ["Mira Holm", "Tomas Brandt", "Erik Lund"] })
}

/// Three sentences on, the step is no longer told as the next one: no day carried.
@Test func aStepFarAfterTheEncounterTakesNoDay() {
    let facts = extract(
        "Foreign Minister Mira Holm on May 6 called on President Tomas Brandt in Vaduz. "
            + "The talks covered trade. Officials gave few details. Reporters were kept outside. "
            + "Ms. Holm then called on Prime Minister Erik Lund.",
        published: "2022-05-07")
    let next = facts.meetings.first { Set($0.participants) == ["Mira Holm", "Erik Lund"] }
    #expect(next != nil)
    #expect(next?.date == nil)
}

@Test func anOfficeByItsOwnerIsNoPlace() {
    #expect(meetingPlace("Ms. Mira Holm called on Prime Minister Erik Lund at his office.", of: ["Mira Holm", "Erik Lund"]) == .some(nil))
    #expect(
        meetingPlace("Ms. Mira Holm called on Prime Minister Erik Lund at the foreign ministry.", of: ["Mira Holm", "Erik Lund"])
            == "foreign ministry")
}
