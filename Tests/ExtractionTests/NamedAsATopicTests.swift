import Extraction
import Testing

// A person named as what something is about ("a book about independence hero C") was not at the
// encounter; one tied to the meeting word ("talks about the dispute with C") was. Own sentences
// and invented people.

@Test func aPersonABookIsAboutTookNoPart() {
    let f = extract(
        "President Ana Duarte gave President Tomas Varga a book about independence hero Simon Ferreira during their talks at the refinery.",
        published: "2008-07-12")
    #expect(f.pairs == [["Ana Duarte", "Tomas Varga"]])
}

@Test func talksAboutAMatterWithAPersonKeepThePerson() {
    let f = extract(
        "Foreign Minister Ana Duarte held talks about the border dispute with Foreign Minister Tomas Varga in Quito on Monday.", published: "2008-07-15")
    #expect(f.pairs == [["Ana Duarte", "Tomas Varga"]])
}
