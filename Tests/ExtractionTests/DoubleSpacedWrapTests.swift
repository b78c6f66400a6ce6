import Extraction
import Testing

// A body converted from print, wrapped at a width with an empty line after every line, and a
// round of talks named a Consultation. Own sentences and invented names.

let doubleSpacedBody = """
    The Second Round of Talks between the Government of Nepal and

    the Government of the Kingdom of Bhutan was held on 12 March 2024 in

    Thimphu. The meeting was co-chaired by Foreign Secretary Ram Thapa, Government

    of Nepal, and Foreign Secretary Karma Dorji, Royal Government of

    Bhutan.

    During the talks, the two sides discussed trade and

    connectivity among other matters of mutual interest and

    agreed to meet again next year.

    While in Bhutan, Foreign Secretary Thapa also called on Foreign Minister T.K.

    Wangchuk, Minister of Foreign Affairs.
    """

@Test func aDoubleSpacedWrappedBodyIsReadAsItsSentences() {
    let f = extract(doubleSpacedBody, published: "2024-04-19")
    let talks = f.meeting("Ram Thapa", "Karma Dorji")
    #expect(talks?.date == Day(iso: "2024-03-12"))
    #expect(talks?.place == "Thimphu")
    // The initials at a line's end belong to the name on the next line.
    #expect(f.meeting("Ram Thapa", "T.K. Wangchuk") != nil)
}

@Test func aConsultationNamedInCapitalsIsARoundOfTalks() {
    let f = extract(
        "The Third Foreign Office Consultation between Nepal and Bhutan was held on 12 March 2024 in Thimphu, co-chaired by Foreign Secretary Ram Thapa and Foreign Secretary Karma Dorji.",
        published: "2024-04-19")
    #expect(f.meeting("Ram Thapa", "Karma Dorji")?.place == "Thimphu")
}

@Test func actingInConsultationWithSomeoneIsNoEncounter() {
    let f = extract(
        "Foreign Secretary Ram Thapa drafted the plan in consultation with Foreign Secretary Karma Dorji.",
        published: "2024-04-19")
    #expect(f.meetings.isEmpty)
}
