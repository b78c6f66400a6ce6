import Extraction
import Testing

// The state a sentence names before a person whose title follows the name ("Kenya was
// represented by A, Minister of Foreign Affairs") is a guess at the person's state, as it is for
// a title before the name; and no such guess stands for someone met across a meeting word by a
// person of that very state. Own sentences, fictional people.

@Test func theStateBeforeANameWithItsTitleAfterIsTheGuess() {
    let f = extract(
        """
        The Bahamas was represented by Fred Mitchell. Kenya was represented by Wilfred Otieno, Minister of Foreign Affairs.
        """, published: "2017-02-17")
    #expect(f.person("Wilfred Otieno")?.country == "KEN")
}

@Test func aPersonMetAcrossAMeetingIsNotOfTheOtherSidesStateByGuess() {
    let f = extract(
        "Iraq and Egypt signed a trade deal on Monday. In Egypt on Tuesday, Foreign Minister Ali Hadi met Egyptian Foreign Minister Samir Halim.",
        published: "2017-02-17")
    #expect(f.person("Ali Hadi")?.country == "IRQ")
    #expect(f.person("Samir Halim")?.country == "EGY")
}
