import Extraction
import Testing

// Wire copy filed from a city on a day: a later report put "here" is that day's news; a
// residence named with its owner's word ("his official residence") is a venue, not a person.
// Sentences written for these tests.

private let lead = "OSLO, March 12 (Wire) - Latvian President Vaira Vike-Freiberga and Norwegian King Harald held talks at the Royal Palace here."

@Test func aSeparateReportPutHereIsTheDatelinesDay() {
    let f = extract(
        "\(lead)\n\nIn a separate meeting at the Foreign Ministry here, Latvian Foreign Minister Indulis Berzins and his Norwegian counterpart Jan Petersen discussed fishing quotas.",
        published: "2002-03-12")
    let m = f.meeting("Indulis Berzins", "Jan Petersen")
    #expect(m?.date == Day(iso: "2002-03-12"))
    #expect(m?.place == "Oslo")
}

@Test(arguments: [
    // A past period: an earlier occasion in the same city.
    "Berzins and his Norwegian counterpart Jan Petersen last met here in January, officials said.",
    // Not put in the dateline city.
    "In a separate meeting, Latvian Foreign Minister Indulis Berzins met his Norwegian counterpart Jan Petersen.",
])
func aReportNotOfTheDayOrNotPutHereTakesNoDatelineDay(_ sentence: String) {
    let f = extract("\(lead)\n\nLatvian Foreign Minister Indulis Berzins also travelled. \(sentence)", published: "2002-03-12")
    #expect(f.meeting("Indulis Berzins", "Jan Petersen") != nil)
    #expect(f.meeting("Indulis Berzins", "Jan Petersen")?.date != Day(iso: "2002-03-12"))
}

@Test func aDatelineWithoutADayGivesNone() {
    let f = extract(
        "OSLO (Wire) - Latvian President Vaira Vike-Freiberga and Norwegian King Harald spoke of trade.\n\nIn a separate meeting here, Latvian Foreign Minister Indulis Berzins met his Norwegian counterpart Jan Petersen.",
        published: "2002-03-12")
    #expect(f.meeting("Indulis Berzins", "Jan Petersen")?.date == nil)
}

@Test(arguments: ["his official residence", "her official residence", "the official residence"])
func aResidenceNamedWithItsOwnersWordIsAVenueNotAPerson(_ kind: String) {
    let f = extract(
        "Prime Minister Kjell Magne Bondevik will host President Vaira Vike-Freiberga at a lunch at Inkognitogata, \(kind), on Wednesday.",
        published: "2002-03-12")
    #expect(!f.people.contains { $0.name == "Inkognitogata" })
    #expect(f.meeting("Kjell Magne Bondevik", "Vaira Vike-Freiberga")?.place == "Inkognitogata")
}

@Test func aTitleRightBeforeAVerbOfSpeechIsTheSpeakersNotTheNamesBeforeIt() {
    // The place before the attribution is no person.
    let f = extract(
        "Foreign Secretary Harsh Shringla held talks with Foreign Minister Pradeep Gyawali at the ministry in Singha Durbar, a Nepali official said.",
        published: "2020-11-27")
    #expect(!f.people.contains { $0.name == "Singha Durbar" })
    #expect(f.meeting("Harsh Shringla", "Pradeep Gyawali")?.participants.count == 2)
    // An appositive title set off by commas is still the person's.
    let g = extract("Harsh Shringla met Pradeep Gyawali, the foreign minister, on Friday.", published: "2020-11-27")
    #expect(g.people.first { $0.name == "Pradeep Gyawali" }?.title?.lowercased() == "foreign minister")
}

@Test(arguments: [
    "Officials said the two foreign secretaries, Shyam Saran of India and Riaz Khokhar of Pakistan, had met on Saturday.",
    "The two foreign secretaries, Shyam Saran and Riaz Khokhar, met on Saturday.",
])
func namesListedAfterAPluralOfficeHoldIt(_ text: String) {
    let f = extract(text, published: "2004-09-06")
    #expect(f.people.first { $0.name == "Shyam Saran" }?.title == "foreign secretary")
    #expect(f.meeting("Shyam Saran", "Riaz Khokhar")?.date == Day(iso: "2004-09-04"))
}

@Test func namesAfterAWordThatIsNoOfficeTakeNoTitle() {
    let f = extract("The two families, Shyam Saran and Riaz Khokhar, met on Saturday.", published: "2004-09-06")
    #expect(f.people.isEmpty)
}
