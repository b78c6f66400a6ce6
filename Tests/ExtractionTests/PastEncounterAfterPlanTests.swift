import Extraction
import Testing

// An encounter told in the past after a sentence that frames a plan is held, and not on the
// plan's day or at its place. Own sentences and invented names.

@Test func aMeetingToldInThePastAfterAPlanIsHeld() {
    let f = extract(
        """
        Tran Van Long said on his trip to Pyongyang that the wish of his government is to pursue dialogue for calm.
        He met with Foreign Minister Kim Yong Chol.
        """,
        published: "2019-02-14")
    let m = f.meeting("Tran Van Long", "Kim Yong Chol")
    #expect(m?.status == .held)
}

@Test func aPlannedMeetingAfterAPlanStaysPlanned() {
    let f = extract(
        """
        Foreign Minister Ana Reyes is to hold talks in Lima on Friday.
        She will meet Foreign Minister Jorge Paz of Peru at the ministry.
        """,
        published: "2019-02-12")
    #expect(f.meeting("Ana Reyes", "Jorge Paz")?.status == .planned)
}
