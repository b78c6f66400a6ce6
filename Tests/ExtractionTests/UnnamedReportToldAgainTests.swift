import Extraction
import Testing

// A report of two states' talks with a day and a place, whose people are named a few sentences
// later: a sentence between that speaks of "the talks" again (their last day, their length) is
// the same occasion and leaves its day and place to the people named. Sentences written for these
// tests.

private let lead = "Ljubljana: Slovenia and Croatia opened a round of talks on the sea border here on Monday."
private let named = "State secretary Ivo Kasek heads the Slovenian team in the talks, and deputy foreign minister Aldo Perrin the Croatian."

@Test(arguments: [
    "The talks, which run until Tuesday, come after a year of silence.",
    "The talks, set to wrap up on Tuesday, are the fifth round.",
    "The meeting is expected to last until Tuesday evening.",
])
func theTalksToldAgainKeepTheDayOfTheirReport(_ between: String) {
    let f = extract("\(lead) \(between) \(named)", published: "2015-03-09")
    let m = f.meeting("Ivo Kasek", "Aldo Perrin")
    #expect(m?.date == Day(iso: "2015-03-09"))
    #expect(m?.place == "Ljubljana")
}

@Test func anotherOccasionBetweenIsNotTheTalksToldAgain() {
    // Two other states' meeting reported between: the names that follow are not of the lead's
    // talks, whose states they do not share.
    let f = extract(
        "\(lead) Austria and Hungary will hold talks in Vienna on Friday. State secretary Ivo Kasek heads the Austrian team, and deputy foreign minister Aldo Perrin the Hungarian.",
        published: "2015-03-09")
    #expect(f.meeting("Ivo Kasek", "Aldo Perrin")?.place != "Ljubljana")
}
