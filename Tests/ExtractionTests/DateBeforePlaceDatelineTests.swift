import Extraction
import Testing

// "September 25, 2001, Berlin" on a line of its own, as official sites write their datelines (a
// date, then the place), below a page head of several lines: the lead's encounter is there, on
// that day. Text written for these tests.

private let head = """
    Text size
    Contrast
    Official website of the Federal Government
    Press releases /
    Chancellor receives Prime Minister of Portugal
    """

@Test(arguments: ["March 14, 2019, Berlin", "14 March 2019, Berlin"])
func aLineOfADateAndAPlaceIsTheDateline(_ dateline: String) {
    let body = """
        \(head)

        \(dateline)

        Chancellor Angela Merkel greeted Prime Minister Antonio Costa in the courtyard, and the two went in for talks.
        """
    let m = extract(body, published: "2019-03-15").meeting("Angela Merkel", "Antonio Costa")
    #expect(m?.place == "Berlin")
    #expect(m?.date == Day(iso: "2019-03-14"))
}

@Test func aDateOpeningAReportIsNoDateline() {
    let body = """
        \(head)

        March 14, 2019, Berlin and Lisbon signed a treaty; Chancellor Angela Merkel greeted Prime Minister Antonio Costa in the courtyard.
        """
    let m = extract(body, published: "2019-03-15").meeting("Angela Merkel", "Antonio Costa")
    #expect(m?.place != "Berlin")
}
