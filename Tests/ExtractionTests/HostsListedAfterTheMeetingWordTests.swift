import Extraction
import Testing

// "A also met Vice President B and Prime Minister C": the one person before the meeting word
// met everyone listed after it, who serve another state than A's even when the article, filed
// from A's capital, would otherwise give a bare title A's state. Own sentences, fictional people.

@Test func peopleListedAfterTheMeetingWordAreAcrossFromItsSubject() {
    let f = extract(
        """
        CAIRO - 19 July 2017: The Egyptian Foreign Minister Samir Halim met Iraqi President Fuad Karim on Wednesday during his official visit to Baghdad. \
        Foreign Minister Halim also met Vice President Ali Hadi and Prime Minister Omar Saleh.
        """, published: "2017-07-19")
    #expect(f.person("Ali Hadi")?.country == "IRQ")
    #expect(f.person("Omar Saleh")?.country == "IRQ")
}

/// A person named after the meeting word but outside its list ("..., the spokesman C said")
/// is not across from the subject for that.
@Test func aSourceAfterTheListIsNotAcrossFromTheSubject() {
    let f = extract(
        """
        CAIRO - 19 July 2017: Egyptian Foreign Minister Samir Halim met Iraqi President Fuad Karim in Baghdad on Wednesday. \
        Halim also met Vice President Ali Hadi, according to spokesman Omar Saleh.
        """, published: "2017-07-19")
    #expect(f.person("Omar Saleh")?.country == "EGY")
}
