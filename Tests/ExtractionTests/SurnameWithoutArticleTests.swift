import Extraction
import Testing

// Own sentences: copy names "Haider al-Abadi" once and "Abadi" after; the surname without the
// article joined to it by a hyphen is the same person. A name connector alone is not.

@Test func aSurnameWithoutItsArticleIsThePersonNamedBefore() {
    let f = extract(
        """
        Prime Minister Omar al-Rashidi arrived in Ankara on Tuesday.
        On Wednesday Rashidi met President Kofi Adjei.
        """, published: "2017-10-26")
    #expect(f.meeting("Omar al-Rashidi", "Kofi Adjei")?.date == Day(iso: "2017-10-25"))
    #expect(f.people.count == 2)
    let g = extract(
        """
        President Samir el-Hadded arrived in Ankara on Tuesday.
        On Wednesday Hadded met President Kofi Adjei.
        """, published: "2017-10-26")
    #expect(g.meeting("Samir el-Hadded", "Kofi Adjei") != nil)
}

@Test func anArticleWithTooShortASurnameIsNoKey() {
    #expect(
        extract("President Omar al-Ra arrived in Ankara on Tuesday. On Wednesday Ra met President Kofi Adjei.", published: "2017-10-26")
            .meeting("Omar al-Ra", "Kofi Adjei") == nil)
}
