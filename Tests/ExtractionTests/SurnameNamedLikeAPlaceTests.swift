import Extraction
import Testing

// A surname that is also a city or a capital ("Prime Minister Daniel Muscat", then "Muscat met
// ..."): once the full name is known, the lone word is the person where no word before it
// governs a place. Own sentences.

@Test func aLoneSurnameNamedLikeACapitalIsThePerson() {
    let f = extract(
        "Prime Minister Daniel Muscat arrived in Rome on Monday. Muscat met Prime Minister Paolo Ferri there on Tuesday.", published: "2014-02-20")
    #expect(f.pairs == [["Daniel Muscat", "Paolo Ferri"]])
    // Oman is not named: its capital is no state mentioned here.
    #expect(!f.codes.contains("OMN"))
}

/// The city stays the city after a word that governs a place, and a lone word no full name ends
/// with stays a place.
@Test func aPlaceAfterAPrepositionOrWithoutSuchAPersonStaysAPlace() {
    let f = extract(
        "Prime Minister Daniel Muscat flew to Muscat on Monday and met Sultan Haitham bin Tariq there.", published: "2014-02-20")
    #expect(f.meeting("Daniel Muscat", "Haitham bin Tariq")?.place == "Muscat")
    let g = extract("Foreign Minister Paolo Ferri said Muscat wanted calm in the region.", published: "2014-02-20")
    #expect(g.codes.contains("OMN"))
}
