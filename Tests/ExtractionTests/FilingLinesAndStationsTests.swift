import Extraction
import Testing

// Words that look like a name: a byline with the words of filing before its time, a
// radio station, a sentence opened by "Now,", a gathering after a title. Own sentences and
// invented people.

@Test func aBylineWithPublishedAndTheTimeIsNoPerson() {
    let f = extract(
        """
        Karim Haddad Published April 26, 2024 | 11:41 PM

        Foreign Minister Ana Duarte met President Elena Marsh in Lima on Friday.
        """, published: "2024-04-27")
    #expect(f.names == ["Ana Duarte", "Elena Marsh"])
    let updated = extract(
        """
        Karim Haddad, updated on 3 May 2019 at 09:15 GMT

        Foreign Minister Ana Duarte met President Elena Marsh in Lima on Friday.
        """, published: "2019-05-03")
    #expect(updated.names == ["Ana Duarte", "Elena Marsh"])
}

/// A name line followed by words other than those of filing stays a person.
@Test func aNameBeforeOtherWordsIsKept() {
    let f = extract("Karim Haddad published a statement on April 26 after Foreign Minister Ana Duarte met him.", published: "2024-04-27")
    #expect(f.names.contains("Karim Haddad"))
}

@Test func radioStationsAndOpeningAdverbsAreNoPeople() {
    let f = extract(
        """
        Now, both leaders have agreed to start again. Radio Varta and Radio Polesie carried the address of President Elena Marsh.
        """, published: "2016-10-20")
    #expect(f.names == ["Elena Marsh"])
}

/// "the Forum Leaders Retreat": a gathering after a title, no person.
@Test func aLeadersRetreatIsNoPerson() {
    let f = extract(
        "The PIF Leaders Retreat and Summit will be held on Thursday and Friday. Prime Minister Ana Duarte will meet Prime Minister Tomas Varga on Friday.",
        published: "2008-05-27")
    #expect(f.names == ["Ana Duarte", "Tomas Varga"])
}
