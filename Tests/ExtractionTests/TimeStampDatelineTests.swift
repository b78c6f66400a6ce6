import Extraction
import Testing

// Some papers print the dateline at the end of the page's time stamp line: "June 19, 2012
// 07:07 pm | Updated June 20, 2012 IST - City". The city is where the report was filed, and
// the encounters the report tells at its gathering are there. The day a page was updated is no
// day of the encounter. Own sentences.

private let report = """
    Prime Minister Ravi Kumar and Japanese Prime Minister Kenji Sato had a brief meeting during the summit, officials said.

    On the margins of the summit, Kumar held bilateral meetings with German Chancellor Anna Weber.
    """

@Test func aTimeStampLineEndingWithAPlaceIsTheDateline() throws {
    let body = "Leaders talk on the margins of the summit\n\nNovember 16, 2015 08:10 pm | Updated November 17, 2015 IST - Brisbane\n\n" + report
    let f = extract(body, published: "2015-11-16")
    let first = try #require(f.meeting("Ravi Kumar", "Kenji Sato"))
    #expect(first.place == "Brisbane")
    #expect(first.date != Day(iso: "2015-11-17"))
    #expect(f.meeting("Ravi Kumar", "Anna Weber")?.place == "Brisbane")
}

@Test func aTimeStampLineWithoutAPlaceGivesNoDateline() throws {
    let body = "Leaders talk on the margins of the summit\n\nNovember 16, 2015 08:10 pm | Updated November 17, 2015 IST - Staff Reporter\n\n" + report
    let f = extract(body, published: "2015-11-16")
    #expect(try #require(f.meeting("Ravi Kumar", "Kenji Sato")).place == nil)
}
