import Extraction
import Testing

// A signing by states told with a day or a place frames the encounter of their people named
// next. A word that may report an encounter but reports none in that sentence ("what they
// called a new era", "called" naming a thing) leaves it a signing, its people named only by role
// ("the presidents of A and B") as in a sentence without such a word. Own sentences.

@Test func aSigningWithCalledNamingAThingStillFramesTheNextEncounter() {
    let body = """
        LIMA, May 6 (Wire) - The presidents of Chile and Peru opened a fisheries council here yesterday and signed a pact on \
        what they called a new era for the shared sea.

        President Ana Solis of Peru hosted President Diego Vera of Chile at the Government Palace.
        """
    let m = extract(body, published: "2011-05-06").meeting("Ana Solis", "Diego Vera")
    #expect(m?.date == Day(iso: "2011-05-05"))
}

/// A word of meeting that does report an encounter is read as one, not as a signing.
@Test func aSigningThatReportsACallIsTheCall() {
    let body = """
        LIMA, May 6 (Wire) - President Ana Solis of Peru called President Diego Vera of Chile yesterday after both states \
        signed a pact on the shared sea.
        """
    let m = extract(body, published: "2011-05-06").meeting("Ana Solis", "Diego Vera")
    #expect(m?.mode == .call)
    #expect(m?.place == nil)
}
