import Extraction
import Testing

// The background an encounter is reported against ("amid talk of a state visit by C", "The talks come
// as D and E trade barbs over gas") names people, places and plans that are not the
// encounter's; talk or speculation of a meeting is a rumour, no meeting (guidelines: a hope).
// Own sentences and invented names.

@Test func peopleOfTheBackgroundAreNotAtTheEncounter() {
    let f = extract(
        "Malta's Foreign Minister Pia Grech held talks with her Cypriot counterpart Andreas Nikou, who landed in Valletta on Wednesday night from Rome amid talk of a state visit to Malta by Cypriot President Eleni Savva.",
        published: "2021-03-05")
    #expect(f.meetings.map { Set($0.participants) } == [["Pia Grech", "Andreas Nikou"]])
    #expect(f.meetings.first?.status == .held)
    #expect(f.meetings.first?.place == "Valletta")
}

@Test(arguments: [
    "The talks come as President Eleni Savva and Prime Minister Nikos Dimas trade barbs over gas.",
    "The ministerial meeting came amid speculation about a visit to Nicosia by Eleni Savva and Nikos Dimas.",
])
func aBackgroundClauseAfterTheTalksIsNoEncounter(_ text: String) {
    #expect(extract(text, published: "2021-03-05").meetings.isEmpty)
}

@Test func anEncounterAmidSecurityOrProtestsStands() {
    let f = extract("President Eleni Savva met Prime Minister Nikos Dimas in Nicosia on Thursday amid tight security.", published: "2021-03-05")
    #expect(f.meetings.map { Set($0.participants) } == [["Eleni Savva", "Nikos Dimas"]])
    #expect(f.meetings.first?.place == "Nicosia")
}

@Test(arguments: [
    "There is talk of a meeting between President Eleni Savva and Prime Minister Nikos Dimas next month.",
    "Speculation about a meeting between President Eleni Savva and Prime Minister Nikos Dimas grew on Friday.",
    "Diplomats played down rumours of a summit between President Eleni Savva and Prime Minister Nikos Dimas.",
])
func talkOrRumourOfAMeetingIsNoMeeting(_ text: String) {
    #expect(extract(text, published: "2021-03-05").meetings.isEmpty)
}
