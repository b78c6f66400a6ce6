import Extraction
import Testing

// "the President of Estonia met with B": an official release names the one office holder by
// title and state, as a news report writes "the Estonian President". Invented names.

@Test func theTitleOfAStateIsItsOneHolder() {
    let f = extract(
        "On 8 January 2009, the President of Estonia, Mr Arno Velt, went on a short working visit to Riga. "
            + "During the visit, the President of Estonia met with Mr Ivo Kalns, the President of Latvia.",
        published: "2009-01-08")
    #expect(f.meetings.map { Set($0.participants) } == [["Arno Velt", "Ivo Kalns"]])
    #expect(f.meetings.first?.date == Day(iso: "2009-01-08"))
}
