import Extraction
import Testing

// "Photo: AP/A B", "(Agency / A B)", "A B/Handout": a name joined to an agency by a slash is a
// photographer's credit, not a person of the article. Sentences written for these tests.

@Test(arguments: [
    "Photo: Pacific Wire/Pablo Hartig", "(Island Herald / Pablo Hartig)", "Pablo Hartig/Handout", "[Photo: Pablo Hartig/AP]",
])
func aNameJoinedToAnAgencyBySlashIsACredit(_ credit: String) {
    let body = "Foreign Minister Wang Yi met Prime Minister Kila Tau in Suva on Monday.\n\n\(credit)\n\nThe two discussed fisheries."
    let f = extract(body, published: "2022-11-04")
    #expect(f.names == ["Wang Yi", "Kila Tau"])
}

@Test func anOfficialWithATitleBesideASlashStaysAPerson() {
    let f = extract("Foreign Minister Wang Yi met Prime Minister/Finance Minister Kila Tau in Suva on Monday.", published: "2022-11-04")
    #expect(f.names.contains("Kila Tau"))
}

// "Author: A B", "A B and C D contributed to this report.", "Editado por A B": the writers'
// credits are page furniture.

@Test(arguments: [
    "Date 04.11.2022 | Author: Pablo Hartig | Related subjects: fisheries", "Pablo Hartig and Maria Lund contributed to this report.",
    "Editado por Pablo Hartig | 2022-11-04",
])
func aWritersCreditIsNoPerson(_ credit: String) {
    let body = "Foreign Minister Wang Yi met Prime Minister Kila Tau in Suva on Monday.\n\n\(credit)"
    #expect(extract(body, published: "2022-11-04").names == ["Wang Yi", "Kila Tau"])
}
