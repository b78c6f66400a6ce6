import Extraction
import Testing

// A body hard-wrapped at a fixed width, every paragraph broken into short lines: a line that
// ends open goes on in the next. A page whose lines are headlines, bylines and whole paragraphs
// keeps every line break as the end of a sentence. Text written for these tests.

private let wrapped = """
    Dhaka, March 3
    Foreign
    Secretary Masud Bin Momen held talks with his Indian counterpart
    Vinay Mohan Kwatra on Thursday afternoon.
    The
    two foreign secretaries reviewed trade, transit and the sharing of
    river waters, the ministry said in a statement.
    The
    talks were held in a cordial manner, the ministry said on
    its website in the evening.
    Later
    Kwatra called on President Abdul Hamid at Bangabhaban and
    discussed the coming visit of the Indian prime minister.
    """

@Test func aHardWrappedBodyReadsItsSentencesAcrossLines() {
    let f = extract(wrapped, published: "2022-03-04")
    let talks = f.meeting("Masud Bin Momen", "Vinay Mohan Kwatra")
    #expect(talks?.date == Day(iso: "2022-03-03"))
    #expect(talks?.place == "Dhaka")
    #expect(f.meeting("Vinay Mohan Kwatra", "Abdul Hamid") != nil)
}

@Test func linesOfHeadlinesAndWholeParagraphsStaySentences() {
    let page = """
        President receives Indian foreign secretary
        By Staff Reporter
        Dhaka
        Published: 4 March 2022
        Share this article
        Foreign Secretary Vinay Mohan Kwatra of India called on President Abdul Hamid on Thursday.
        """
    let f = extract(page, published: "2022-03-04")
    #expect(f.meeting("Vinay Mohan Kwatra", "Abdul Hamid")?.date == Day(iso: "2022-03-03"))
    #expect(!f.names.contains { $0.contains("Reporter") || $0.contains("President receives") })
}
