import Extraction
import Testing

// Audiences at court as palace releases tell them: people "in the presence of" a title, a cable
// received, the meeting's attendants joining every report of it, the return visit's host.
// Sentences written for these tests.

@Test(arguments: [
    "King Faisal bin Omar received, in the presence of the Crown Prince, Foreign Minister Lena Sorensen of Denmark on Sunday.",
    "King Faisal bin Omar received Foreign Minister Lena Sorensen of Denmark on Sunday in the presence of the Crown Prince.",
    "King Faisal bin Omar received, in the presence of His Royal Highness the Crown Prince, Foreign Minister Lena Sorensen of Denmark on Sunday.",
])
func theTitleInThePresenceOfIsThePersonPresent(_ sentence: String) {
    let f = extract("Crown Prince Tariq bin Faisal opened a school on Saturday. \(sentence)", published: "2022-05-09")
    let m = f.meeting("Faisal bin Omar", "Lena Sorensen")
    #expect(m?.participants.contains("Tariq bin Faisal") == true)
}

@Test func aTitleAfterOfThatIsNotPresenceNamesNoOneAtTheMeeting() {
    // "the sister of the Crown Prince" is someone else, named by a relation.
    let f = extract(
        "Crown Prince Tariq bin Faisal opened a school on Saturday. King Faisal bin Omar received Foreign Minister Lena Sorensen of Denmark on Sunday with the sister of the Crown Prince.",
        published: "2022-05-09")
    let m = f.meeting("Faisal bin Omar", "Lena Sorensen")
    #expect(m != nil)
    #expect(m?.participants.contains("Tariq bin Faisal") == false)
}

@Test(arguments: ["a cable", "a telegram", "a gift", "cables"])
func aThingReceivedFromSomeoneIsNoMeeting(_ thing: String) {
    let f = extract("President Ama Mensah received \(thing) from King Carl Gustaf of Sweden on Monday.", published: "2022-05-09")
    #expect(f.meeting("Ama Mensah", "Carl Gustaf") == nil)
    // Received in person, the king is met.
    let g = extract("President Ama Mensah received King Carl Gustaf of Sweden on Monday.", published: "2022-05-09")
    #expect(g.meeting("Ama Mensah", "Carl Gustaf") != nil)
}

@Test func attendantsJoinEveryReportOfTheEncounterSoItsPlaceStays() {
    // The encounter is told twice (received, then "during his meeting with"), and its attendants
    // after the second report: one meeting, at the palace, with them.
    let f = extract(
        "King Faisal bin Omar received President Jonas Berg of Estonia at the Qasr Palace. During his meeting with the King, President Berg praised the ties between the two countries. The meeting was attended by Foreign Minister Salim Haddad and Defence Minister Omar Nasser.",
        published: "2022-05-09")
    let m = f.meetings.filter { $0.participants.contains("Jonas Berg") }
    #expect(m.count == 1)
    #expect(m.first?.place == "Qasr Palace")
    #expect(m.first?.participants.contains("Salim Haddad") == true)
}

@Test func aReturnVisitIsToTheVisitorsCounterpartNotToAMinisterWhoJoined() {
    let f = extract(
        "Prime Minister Kai Lindqvist of Sweden held talks with Prime Minister Tomas Varga of Hungary in Budapest on Monday. Foreign Minister Eva Nilsson of Sweden and Foreign Minister Peter Kovacs of Hungary joined the talks. Varga accepted an invitation to make a return visit to Sweden.",
        published: "2022-05-10")
    let planned = f.meetings.filter { $0.status == .planned }
    #expect(planned.contains { Set($0.participants) == ["Tomas Varga", "Kai Lindqvist"] })
    #expect(!planned.contains { $0.participants.contains("Eva Nilsson") })
}

@Test func namesSetOffAfterTheirRolesInAListAllJoinTheEncounter() {
    let f = extract(
        "President Alar Karis welcomed President Barack Obama on Wednesday. After the talks, the two presidents were joined by the President of Latvia, Andris Berzins, and the President of Lithuania, Dalia Grybauskaite, for a meeting of the four heads of state.",
        published: "2014-09-03")
    let four = f.meetings.first { $0.participants.count == 4 }
    #expect(four.map { Set($0.participants) } == ["Alar Karis", "Barack Obama", "Andris Berzins", "Dalia Grybauskaite"])
    // No encounter of the last name alone with someone else.
    #expect(!f.meetings.contains { $0.participants.count == 2 && $0.participants.contains("Dalia Grybauskaite") })
}

@Test func someoneWhoJoinedTwoPeopleJoinsTheirEncounter() {
    let f = extract(
        "Secretary of State John Kerry met Prime Minister Hailemariam Desalegn at the National Palace on Sunday. Kerry also met Nkosazana Dlamini-Zuma, the chairwoman of the commission, on Saturday. Foreign Minister Tedros Adhanom, who joined Kerry and Hailemariam for the second half of the palace meeting, called the talks warm.",
        published: "2013-05-26")
    let palace = f.meetings.first { $0.participants.contains("Hailemariam Desalegn") }
    #expect(palace?.participants.contains("Tedros Adhanom") == true)
    #expect(palace?.date == Day(iso: "2013-05-26"))
    #expect(f.meetings.filter { $0.participants.contains("Tedros Adhanom") }.count == 1)
}

@Test func withSaidAgainBeforeEachGuestMakesAnEncounterEach() {
    let f = extract(
        "Prime Minister Narendra Modi will hold talks in Ufa with President Vladimir Putin and with President Xi Jinping, officials said.",
        published: "2015-07-07")
    #expect(f.meeting("Narendra Modi", "Vladimir Putin")?.participants.count == 2)
    #expect(f.meeting("Narendra Modi", "Xi Jinping")?.participants.count == 2)
    // The people after one "with" stay together.
    let g = extract(
        "Secretary Antony Blinken will sit down with ministers of the Gulf states, and with Foreign Minister Ayman Safadi and Foreign Minister Sameh Shoukry.",
        published: "2024-04-28")
    #expect(g.meeting("Ayman Safadi", "Sameh Shoukry")?.participants.contains("Antony Blinken") == true)
}

@Test func aMeetingWordInThePossessiveReportsNoEncounter() {
    let f = extract(
        "The summit's opening ceremony on Saturday featured speeches by Chairman Hailemariam Desalegn and Secretary-General Ban Ki-moon.",
        published: "2013-05-26")
    #expect(f.meetings.isEmpty)
    // Met on the summit's sidelines: "met" reports it.
    let g = extract("Chairman Hailemariam Desalegn met Secretary-General Ban Ki-moon on the summit's sidelines on Saturday.", published: "2013-05-26")
    #expect(g.meeting("Hailemariam Desalegn", "Ban Ki-moon") != nil)
}
