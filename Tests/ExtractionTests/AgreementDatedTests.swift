import Extraction
import Testing

// Own sentences: a day or place between "agreed" and its "to" is the agreement's, made by the two
// together then and there (held); a day after the verb of meeting is the plan's.

@Test func aDayBeforeTheToOfAgreedIsTheAgreementsHeldEncounter() {
    let f = extract(
        "President Lena Moreau and President Kofi Adjei agreed in Lisbon on Thursday to resume direct talks on the border.",
        published: "2016-10-21")
    let m = f.meeting("Lena Moreau", "Kofi Adjei")
    #expect(m?.status == .held)
    #expect(m?.date == Day(iso: "2016-10-20"))
    #expect(m?.place == "Lisbon")
    let g = extract(
        "President Lena Moreau and President Kofi Adjei agreed on Thursday to resume talks on the border.", published: "2016-10-21")
    #expect(g.meeting("Lena Moreau", "Kofi Adjei")?.status == .held)
    #expect(g.meeting("Lena Moreau", "Kofi Adjei")?.date == Day(iso: "2016-10-20"))
}

@Test func aDayAfterTheVerbOfMeetingIsThePlans() {
    let f = extract("President Lena Moreau and President Kofi Adjei agreed to meet again on Thursday.", published: "2016-10-21")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.status == .planned)
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.date == Day(iso: "2016-10-27"))
}
