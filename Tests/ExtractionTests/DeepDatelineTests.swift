import Extraction
import Testing

// Scraped pages may put several lines of a site's furniture before the dateline: a dateline
// that far down still places the lead's encounter. The home it suggests for officials named by a
// bare title is read only near the page's head. Own sentences.

private let furniture = """
    Sign in to comment on this story.

    Your name will be shown beside your comments.

    Choose a name that others will see.

    Names cannot be changed once chosen.

    Comments are reviewed before they appear.

    Please keep comments on the topic.

    Comments close after seven days.

    Thank you for reading.

    """

@Test func aDatelineBelowSeveralLinesOfFurniturePlacesTheLead() throws {
    let f = extract(
        furniture + "Kampala - President Ali Mwangi of Kenya met on Tuesday with his Ugandan counterpart Peter Okello on the border crossings.",
        published: "2013-10-23")
    let m = try #require(f.meeting("Ali Mwangi", "Peter Okello"))
    #expect(m.place == "Kampala")
}
