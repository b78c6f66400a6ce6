import Extraction
import Testing

// "Chairperson" is a title, and the African Union's Commission names the Union: a person's own
// phrase gives the body they serve before the dateline's state. Own sentences, invented people.

@Test func theChairpersonOfTheUnionsCommissionServesTheUnion() {
    let f = extract(
        """
        ADDIS ABABA, Ethiopia - Sudan's foreign minister, Karim Haddad, called on Dr. Amina Diallo, Chairperson of the African Union \
        Commission, on Wednesday.
        """, published: "2013-06-12")
    #expect(f.person("Amina Diallo")?.country == "AU")
    #expect(f.person("Amina Diallo")?.title == "Chairperson")
    #expect(f.person("Karim Haddad")?.country == "SDN")
}

/// Before the name, lowercase after the body's name: "African Union Commission chairperson A".
@Test func aChairpersonAfterTheBodysNameIsAPerson() {
    let f = extract(
        "ADDIS ABABA - African Union Commission chairperson Amina Diallo received Sudanese Foreign Minister Karim Haddad.",
        published: "2013-06-12")
    #expect(f.person("Amina Diallo")?.country == "AU")
    #expect(f.pairs == [["Amina Diallo", "Karim Haddad"]])
}
