import Extraction
import Testing

// "10.00 A receives B": a programme's time, its full stop between digits, opens the line's
// sentence and ends none. Own sentences.

@Test func aTimeWithAFullStopStaysInItsSentence() throws {
    let body = """
        Monday 13 November

        10.00 Prime Minister Anna Berg receives Prime Minister Juha Koski of Finland at the Sager House, Stockholm.
        """
    let f = extract(body, published: "2017-11-10")
    let m = try #require(f.meeting("Anna Berg", "Juha Koski"))
    let evidence = try #require(m.evidence.first)
    #expect(f.sentences[evidence.sentence].text.hasPrefix("10.00 Prime Minister Anna Berg"))
}
