import Extraction
import Testing

// A line that holds only a name and the day of filing is the page's byline. Own sentences and
// invented names.

@Test func aNameWithTheDayOfFilingIsAByline() {
    for byline in ["Jan Kowalczyk 22.06.2016 17:44", "Jan Kowalczyk, 22 June 2016", "By Jan Kowalczyk, Wednesday 22 June 2016"] {
        let f = extract(
            """
            Poland and Germany mark a treaty anniversary

            \(byline)

            Chancellor Anna Weber and Polish Prime Minister Ewa Nowak met in Berlin on Wednesday.
            """,
            published: "2016-06-22")
        #expect(Set(f.people.map(\.name)) == ["Anna Weber", "Ewa Nowak"], "\(byline)")
    }
}

@Test func aNameWithMoreThanADayIsNoByline() {
    let f = extract(
        """
        Chancellor Anna Weber met Polish Prime Minister Ewa Nowak in Berlin on Wednesday.

        Jan Kowalczyk met them on 22 June 2016 as the envoy of Warsaw.
        """,
        published: "2016-06-22")
    #expect(f.people.map(\.name).contains("Jan Kowalczyk"))
}

@Test func aNameAloneOnALineAtTheTopIsAByline() {
    for byline in ["Dr Jan Kowalczyk", "Jan Kowalczyk"] {
        let f = extract(
            """
            Poland and Germany mark a treaty anniversary
            22-Jun-2016
            \(byline)
            Chancellor Anna Weber and Polish Prime Minister Ewa Nowak met in Berlin on Wednesday.
            """,
            published: "2016-06-22")
        #expect(Set(f.people.map(\.name)) == ["Anna Weber", "Ewa Nowak"], "\(byline)")
    }
}

@Test func aNameAloneOnALineAndNamedAgainIsNoByline() {
    // A caption line with the name of an official the text then reports on.
    let f = extract(
        """
        Poland and Germany mark a treaty anniversary
        Ewa Nowak
        Chancellor Anna Weber and Polish Prime Minister Ewa Nowak met in Berlin on Wednesday.
        """,
        published: "2016-06-22")
    #expect(Set(f.people.map(\.name)) == ["Anna Weber", "Ewa Nowak"])
}

@Test func thanksAfterATitleIsNoName() {
    let f = extract("Interviewer: Mr. President, Thank you. Welcome to New York.\nPresident Hassan Rouhani: Thank you.", published: "2013-09-24")
    #expect(!f.people.contains { $0.name == "Thank" })
}
