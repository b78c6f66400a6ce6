import Extraction
import Testing

// A body converted from print, wrapped at a width with an empty line after every line, and a
// round of talks named a Consultation. Own sentences and invented names.

let doubleSpacedBody = """
    Talks of the Joint Commission of Kenya and

    Tanzania took place on 4 June 2023 in

    Arusha. Principal Secretary Ruth Wanjiru of Kenya

    and Permanent Secretary Said Mohamed of

    Tanzania led the talks.

    At the session, the delegations went over roads and

    ports and a number of other shared concerns and

    resolved to sit again in 2024.

    During her stay, Principal Secretary Wanjiru also called on Trade Minister K.L.

    Maro, who hosted a lunch.
    """

@Test func aDoubleSpacedWrappedBodyIsReadAsItsSentences() {
    let f = extract(doubleSpacedBody, published: "2023-06-05")
    let talks = f.meeting("Ruth Wanjiru", "Said Mohamed")
    #expect(talks?.date == Day(iso: "2023-06-04"))
    #expect(talks?.place == "Arusha")
    // The initials at a line's end belong to the name on the next line.
    #expect(f.meeting("Ruth Wanjiru", "K.L. Maro") != nil)
}

@Test func aConsultationNamedInCapitalsIsARoundOfTalks() {
    let f = extract(
        "The Fourth Joint Consultation of Kenya and Tanzania opened in Arusha on 4 June 2023, with Principal Secretary Ruth Wanjiru and Permanent Secretary Said Mohamed at its head.",
        published: "2023-06-05")
    #expect(f.meeting("Ruth Wanjiru", "Said Mohamed")?.place == "Arusha")
}

@Test func actingInConsultationWithSomeoneIsNoEncounter() {
    let f = extract(
        "Foreign Secretary Ram Thapa drafted the plan in consultation with Foreign Secretary Karma Dorji.",
        published: "2024-04-19")
    #expect(f.meetings.isEmpty)
}
