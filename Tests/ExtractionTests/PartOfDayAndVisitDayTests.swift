import Extraction
import Testing

// A part of the day opening a sentence goes on with the day just told, and a pair already
// reported on a later day of a visit keeps that day when told again without one. Sentences
// written for these tests.

private let arrival = "President Ivo Kasek of Latvia arrived in Tallinn on Wednesday evening."
private let morning = "On Thursday morning he was received by President Aldo Perrin of Estonia at the palace."

@Test(arguments: [
    "In the afternoon Kasek and Prime Minister Kaja Kallas met for two hours.",
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
        "\(arrival) \(morning) In the afternoon Kasek and Prime Minister Kaja Kallas met for two hours. The two leaders discussed the bridge.\n\nKasek told Kallas that the new bridge would open in the spring.",
        published: "2005-04-29")
    let pair = f.meetings.filter { Set($0.participants) == ["Ivo Kasek", "Kaja Kallas"] }
    #expect(pair.count == 1)
    #expect(pair.first?.date == Day(iso: "2005-04-28"))
}

@Test func theNextStepOfAVisitTakesTheDayOfTheStepBeforeNotOfTheArrival() {
    let f = extract(
        "TALLINN (Wire) - Latvian President Ivo Kasek arrived in Tallinn on Wednesday evening.\n\nOn Thursday he was received by President Aldo Perrin at the palace. Kasek and Prime Minister Kaja Kallas then met for two hours.",
        published: "2005-04-29")
    #expect(f.meeting("Ivo Kasek", "Kaja Kallas")?.date == Day(iso: "2005-04-28"))
}
