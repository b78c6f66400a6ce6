import Extraction
import Testing

// "A leaves the country today for C for talks with B": a departure told in the present, with the
// encounter as the journey's purpose, puts the encounter after the journey, still to come. Own
// sentences.

@Test func aDepartureInThePresentForTalksIsAPlan() {
    let left = extract(
        "President Anna Kovac leaves the country today for Norway for bilateral talks with Prime Minister Erna Solberg.", published: "2015-03-08")
    #expect(left.meeting("Anna Kovac", "Erna Solberg")?.status == .planned)
    let departs = extract(
        "Foreign Minister Tomas Varga departs the capital on Sunday for Accra to meet President John Mahama.", published: "2015-03-07")
    #expect(departs.meeting("Tomas Varga", "John Mahama")?.status == .planned)
}

/// An arrival for talks, or a departure after them, reports talks that took place.
@Test func anArrivalForTalksOrALeavingAfterThemStaysHeld() {
    let arrived = extract(
        "Prime Minister Tomas Varga arrived in Accra on Sunday for talks with President John Mahama.", published: "2015-03-08")
    #expect(arrived.meeting("Tomas Varga", "John Mahama")?.status == .held)
    let after = extract(
        "President Anna Kovac held talks with Prime Minister Erna Solberg on Sunday and leaves for Bergen today.", published: "2015-03-09")
    #expect(after.meeting("Anna Kovac", "Erna Solberg")?.status == .held)
}
