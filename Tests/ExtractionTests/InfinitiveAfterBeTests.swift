import Extraction
import Testing

// Own sentences: "is to" plans an encounter however its noun is told ("is to hold a video call"),
// up to a few lowercase words between "to" and the meeting word.

@Test func isToHoldAVideoCallIsAPlan() {
    let f = extract("Minister Lena Moreau is to hold a video call with Foreign Minister Kofi Adjei on Friday.", published: "2020-09-23")
    let m = f.meeting("Lena Moreau", "Kofi Adjei")
    #expect(m?.status == .planned)
    #expect(m?.date == Day(iso: "2020-09-25"))
    #expect(m?.mode == .call)
}

@Test func aPastVerbAfterIsToIsNoPlanOfThatEncounter() {
    let f = extract("Minister Lena Moreau held a video call with Foreign Minister Kofi Adjei on Monday.", published: "2020-09-23")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.status == .held)
}
