import Extraction
import Testing

// An occasion held for someone ("the inauguration of President C", "the funeral of former
// President C") brings leaders together on its sidelines; C is whom it was for, not one of the
// people met. Own sentences, fictional people.

@Test(arguments: [
    "President Arno Kallas met Latvian President Ona Vaitkute on the sidelines of the inauguration of President Juris Ozols.",
    "President Arno Kallas will meet Latvian President Ona Vaitkute next week on the sidelines of the coronation of Emperor Juris Ozols.",
    "President Arno Kallas met Latvian President Ona Vaitkute at the funeral of former President Juris Ozols.",
    "President Arno Kallas met Latvian President Ona Vaitkute in Riga, where he attended the swearing-in of President Juris Ozols.",
])
func theOneAnOccasionIsForIsNotMetOnItsSidelines(_ text: String) {
    #expect(extract(text, published: "2021-05-25").pairs == [["Arno Kallas", "Ona Vaitkute"]])
}

/// "during his stay for the inauguration of C, he met B": "he" is the one who stayed, not C.
@Test func theGuestOfTheOccasionMetTheOtherGuest() {
    let f = extract(
        "President Arno Kallas said that during his stay in Quito for the inauguration of President Juris Ozols, he met with Latvian President Ona Vaitkute.",
        published: "2021-05-25")
    #expect(f.pairs == [["Arno Kallas", "Ona Vaitkute"]])
}

/// "and met him afterwards": the pronoun may be the one the occasion was for, who is kept.
@Test func theOneTheOccasionWasForMayBeMetAfterIt() {
    let f = extract("President Arno Kallas attended the inauguration of President Juris Ozols and met him afterwards.", published: "2021-05-25")
    #expect(f.pairs == [["Arno Kallas", "Juris Ozols"]])
}

/// "revealed on Monday", "disclosed on Monday": the day the office told of the encounter, not
/// the encounter's own.
@Test(arguments: ["revealed", "disclosed", "confirmed"])
func theDayAnOfficeRevealedTheEncounterIsNotItsDay(_ verb: String) {
    let f = extract("President Arno Kallas met Latvian President Ona Vaitkute in Quito, his office \(verb) on Monday.", published: "2021-05-25")
    #expect(f.meeting("Arno Kallas", "Ona Vaitkute")?.date == nil)
}
