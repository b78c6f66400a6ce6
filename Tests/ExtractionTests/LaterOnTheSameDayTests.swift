import Extraction
import Testing

// "later" alone before a meeting word goes on with the day of the encounter just reported, and
// with its city, not its venue. Sentences written for these tests.

private let welcomed = "Foreign Minister Ana Reyes of Chile welcomed Foreign Minister Pablo Costa of Uruguay for talks in Santiago on Thursday."

@Test(arguments: [
    "Costa later paid a courtesy call on President Luis Vera.",
    "Later, Costa held talks with President Luis Vera.",
])
func laterAloneGoesOnWithTheDayOfTheEncounterBefore(_ next: String) {
    // The visit began the day before: its day is not the later encounter's.
    let f = extract("Costa arrived in Chile on Wednesday for a three-day visit. \(welcomed) \(next)", published: "2019-03-08")
    #expect(f.meeting("Pablo Costa", "Luis Vera")?.date == Day(iso: "2019-03-07"))
    #expect(f.meeting("Pablo Costa", "Luis Vera")?.place == "Santiago")
}

@Test(arguments: [
    // Another period, or a count of days: not the same day.
    "Costa will meet President Luis Vera later this week.",
    "Two days later, Costa met President Luis Vera.",
])
func laterWithAPeriodOrACountIsNotTheSameDay(_ next: String) {
    let f = extract("\(welcomed) \(next)", published: "2019-03-08")
    let m = f.meeting("Pablo Costa", "Luis Vera")
    #expect(m != nil)
    #expect(m?.date != Day(iso: "2019-03-07"))
}

@Test(arguments: ["Costa later called on", "Later that day Costa called on"])
func aLaterEncounterTakesTheCityOfTheOneBeforeNotItsVenue(_ calledOn: String) {
    let f = extract(
        "Foreign Minister Pablo Costa of Uruguay met President Luis Vera of Chile at the Moneda Palace on Thursday. \(calledOn) Foreign Minister Ana Reyes at her residence.",
        published: "2019-03-08")
    let later = f.meeting("Pablo Costa", "Ana Reyes")
    #expect(later != nil)
    #expect(later?.place != "Moneda Palace")
}

@Test func anAsideOnThePersonMetDoesNotSetTheSameDayApart() {
    let f = extract(
        "\(welcomed) Costa paid a courtesy call on Luis Vera, the former president, at his home the same day, local television reported.",
        published: "2019-03-08")
    #expect(f.meeting("Pablo Costa", "Luis Vera")?.date == Day(iso: "2019-03-07"))
    // A comma that opens no aside on the person still sets a day apart ("the ministry said later
    // that day" is the statement's).
    let g = extract(
        "\(welcomed) Costa will pay a courtesy call on President Luis Vera, the ministry said later that day.", published: "2019-03-08")
    #expect(g.meeting("Pablo Costa", "Luis Vera")?.date == nil)
}
