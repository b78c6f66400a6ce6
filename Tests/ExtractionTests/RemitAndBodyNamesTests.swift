import Extraction
import Testing

// Capitalised words that name a remit or a body are no person, however a state's name or
// adjective stands before them. Own sentences and invented names.

@Test func aRunOfPortfolioWordsNamesARemitNotAPerson() {
    let f = extract(
        "Kenya's Natural Resources Minister Kofi Mensah told a forum that the grid plan was late. "
            + "The minister praised Uganda for backing the Kenyan Peace Process.",
        published: "2011-05-02")
    #expect(f.people.map(\.name) == ["Kofi Mensah"])
}

@Test func anOrganisationWordInThePossessiveEndsTheRun() {
    let f = extract(
        "President Ama Boateng and President Kodjo Ekue went over the French Trade Department's ruling on cotton quotas.",
        published: "2011-05-02")
    #expect(Set(f.people.map(\.name)) == ["Ama Boateng", "Kodjo Ekue"])
}

@Test func oneWordOfAPortfolioIsStillASurname() {
    let f = extract(
        "Ambassador Samira Power met Foreign Minister Kofi Trade in Accra on Monday.",
        published: "2011-05-02")
    #expect(Set(f.people.map(\.name)) == ["Samira Power", "Kofi Trade"])
    #expect(f.meetings.map { Set($0.participants) } == [["Samira Power", "Kofi Trade"]])
}
