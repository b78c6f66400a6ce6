import Extraction
import Testing

// A part of the day opening a sentence goes on with the day just told, and a pair already
// reported on a later day of a visit keeps that day when told again without one. Sentences
// written for these tests.

private let arrival = "President Ivo Kasek of Latvia flew into Tallinn late on Wednesday."
private let morning = "On Thursday morning Estonian President Aldo Perrin welcomed him at Kadriorg."

@Test(arguments: [
    "In the afternoon Kasek had a working session with Prime Minister Kaja Kallas.",
    "That evening, Kasek held talks with Prime Minister Kaja Kallas.",
    "In the evening, Prime Minister Kaja Kallas received Kasek at her residence.",
])
func aPartOfTheDayOpeningTheSentenceGoesOnWithTheDayJustTold(_ next: String) {
    let f = extract("\(arrival) \(morning) \(next)", published: "2005-04-29")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.date == Day(iso: "2005-04-28"))
    #expect(f.meeting("Ivo Kasek", "Kaja Kallas")?.date == Day(iso: "2005-04-28"))
}

@Test func aPartOfTheDayInsideTheSentenceTakesNoEarlierDay() {
    // Not at the opening: the evening of the day the sentence gives, not of the encounter before.
    let f = extract(
        "\(arrival) \(morning) Kasek will hold talks with Prime Minister Kaja Kallas on Saturday in the evening.", published: "2005-04-29")
    #expect(f.meeting("Ivo Kasek", "Kaja Kallas")?.date == Day(iso: "2005-04-30"))
}

@Test func thePairToldAgainWithoutADayKeepsTheDayOfItsEncounter() {
    let f = extract(
        "\(arrival) \(morning) In the afternoon Kasek had a working session with Prime Minister Kaja Kallas. Trade and the ferries came up.\n\nKasek told Kallas that the new ferry line would open in the spring.",
        published: "2005-04-29")
    let pair = f.meetings.filter { Set($0.participants) == ["Ivo Kasek", "Kaja Kallas"] }
    #expect(pair.count == 1)
    #expect(pair.first?.date == Day(iso: "2005-04-28"))
}

@Test func theNextStepOfAVisitTakesTheDayOfTheStepBeforeNotOfTheArrival() {
    let f = extract(
        "TALLINN (Wire) - Latvian President Ivo Kasek flew into Tallinn late on Wednesday.\n\nOn Thursday Estonian President Aldo Perrin welcomed him at Kadriorg. Kasek and Prime Minister Kaja Kallas then sat down for talks.",
        published: "2005-04-29")
    #expect(f.meeting("Ivo Kasek", "Kaja Kallas")?.date == Day(iso: "2005-04-28"))
}
