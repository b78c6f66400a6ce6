import Extraction
import Testing

// Own sentences: the head of a state's delegation, named after "led by" or "headed by", is a
// person acting for that state even with no title; a name after "led by" that heads no
// delegation is not made a person by it.

@Test func theHeadOfAStatesDelegationIsAPersonOfThatState() {
    let f = extract("The Tajik delegation, led by Zorbek Oripov, arrived in Batken on Monday.", published: "2024-10-17")
    #expect(f.people.map(\.name) == ["Zorbek Oripov"])
    #expect(f.people.first?.country == "TJK")
    let g = extract("A Kyrgyz delegation headed by Almaz Duishenov crossed the border.", published: "2024-10-17")
    #expect(g.people.first?.country == "KGZ")
}

@Test func aNameAfterLedByThatHeadsNoDelegationIsNoPerson() {
    let f = extract("The evening concert, led by Zorbek Oripov, drew a large crowd in Batken.", published: "2024-10-17")
    #expect(f.people.isEmpty)
}
