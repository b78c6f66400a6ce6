import Extraction
import Testing

// An earlier occasion recalled without a day ("the two last met in Belgrade in July") is another
// encounter than the one of the day, however the day's is told. Sentences written for these tests.

private let visit =
    "Serbian President Boris Tadic laid a wreath at the memorial on Thursday. Tadic was received by Croatian President Ivo Josipovic at the town hall."

@Test(arguments: [
    "The two presidents last met in Belgrade in July.",
    "Tadic and Josipovic met most recently in Belgrade.",
    "Tadic and Josipovic previously met in Belgrade, officials said.",
    "Tadic and Josipovic met in Belgrade in July, when Josipovic paid an official visit.",
])
func anEarlierOccasionRecalledIsNotTheEncounterOfTheDay(_ recalled: String) {
    let f = extract("\(visit) \(recalled)", published: "2010-11-05")
    let pair = f.meetings.filter { Set($0.participants) == ["Boris Tadic", "Ivo Josipovic"] }
    #expect(pair.count == 2)
    #expect(pair.contains { $0.place == "Belgrade" })
    #expect(pair.contains { $0.place != "Belgrade" })
}

@Test func theEncounterToldTwiceWithoutARecallIsOne() {
    let f = extract("\(visit) The two presidents met at the town hall for an hour.", published: "2010-11-05")
    #expect(f.meetings.filter { Set($0.participants) == ["Boris Tadic", "Ivo Josipovic"] }.count == 1)
}

@Test func aCityCutShortInTheHeadlineIsTheCityTheBodyNames() {
    let f = extract(
        "Mondino and Cameron meet in Rio\n\nForeign Minister Diana Mondino met British Foreign Secretary David Cameron on Wednesday in Rio de Janeiro.",
        published: "2024-02-22")
    let pair = f.meetings.filter { Set($0.participants) == ["Diana Mondino", "David Cameron"] }
    #expect(pair.count == 1)
    #expect(pair.first?.place == "Rio de Janeiro")
}

@Test(arguments: ["since President Javier Milei took office", "until Javier Milei left the talks"])
func aPersonWhoDatesTheMeetingIsNoParticipant(_ time: String) {
    let f = extract(
        "Foreign Minister Diana Mondino met British Foreign Secretary David Cameron on Wednesday, their first meeting \(time).",
        published: "2024-02-22")
    #expect(f.meeting("Diana Mondino", "David Cameron") != nil)
    #expect(!f.meetings.contains { $0.participants.contains("Javier Milei") })
}

@Test func anEncounterToldAsAnotherOccasionStaysApartAndTheMeetingKeepsItsCity() {
    let f = extract(
        "Secretary of State Marco Rubio met President Irfaan Ali in Georgetown on March 27. The two spoke again by phone this month, his office said.",
        published: "2025-05-27")
    let pair = f.meetings.filter { Set($0.participants) == ["Marco Rubio", "Irfaan Ali"] }
    #expect(pair.count == 2)
    #expect(pair.contains { $0.mode == .inPerson && $0.place == "Georgetown" })
    #expect(pair.contains { $0.mode == .call && $0.place == nil })
}
