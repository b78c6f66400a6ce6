import Extraction
import Testing

// A dateline naming a state whose seat is that name and "City" is filed from the capital; a call
// keeps no place a report of it gave; "video" standing alone says no call. Sentences written for
// these tests.

@Test(arguments: ["DJIBOUTI (Wire) -", "KUWAIT, March 3 (Wire) -", "PANAMA (Wire) -"])
func aDatelineOfAStateNamedLikeItsCapitalIsTheCapital(_ dateline: String) {
    let city = dateline.split(separator: " ")[0].replacingOccurrences(of: ",", with: "").capitalized
    let f = extract(
        "\(dateline) Officials spoke of the border.\n\nEnvoy Jean Ping met President Ismail Omar Guelleh here on Saturday. Ping would also travel to Asmara to see President Isaias Afwerki.",
        published: "2008-03-04")
    #expect(f.meeting("Jean Ping", "Ismail Omar Guelleh")?.place == city)
}

@Test func aDatelineOfAStateWhoseCapitalHasAnotherNameIsNoCity() {
    let f = extract(
        "GHANA (Wire) - Officials spoke of the border.\n\nEnvoy Jean Ping met President John Kufuor here on Saturday.", published: "2008-03-04")
    #expect(f.meeting("Jean Ping", "John Kufuor")?.place != "Ghana")
}

@Test func aCallKeepsNoPlaceAReportOfItGave() {
    // The call reported in the lead, then the same two "in talks" in a city the next day's report
    // would give: merged, the call has no place.
    let f = extract(
        "President Ismail Omar Guelleh spoke by telephone with President Nicolas Sarkozy on Thursday. Guelleh and Sarkozy discussed the border in Djibouti, officials said.",
        published: "2008-06-14")
    let calls = f.meetings.filter { $0.mode == .call }
    #expect(!calls.isEmpty)
    #expect(calls.allSatisfy { $0.place == nil })
}

@Test(arguments: [
    ("Envoy Amos Hochstein met President Michel Aoun over the border talks. video", MeetingMode.inPerson),
    ("Envoy Amos Hochstein met President Michel Aoun by video on Monday.", MeetingMode.call),
    ("Envoy Amos Hochstein held a video call with President Michel Aoun on Monday.", MeetingMode.call),
    ("Envoy Amos Hochstein held virtual talks with President Michel Aoun on Monday.", MeetingMode.call),
])
func videoAloneSaysNoCall(_ text: String, _ mode: MeetingMode) {
    #expect(extract(text, published: "2022-09-09").meeting("Amos Hochstein", "Michel Aoun")?.mode == mode)
}
