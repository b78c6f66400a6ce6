import Extraction
import Testing

// Own sentences: a clause of what the visitor did after the encounter is not where it was.

/// "before returning to C": where the visitor went after the encounter, not where it was; the
/// city the visit brought him to stays. "after arriving in C" is where they met.
@Test func aPlaceAfterBeforeAndAGerundIsNotTheEncounters() {
    let f = extract(
        """
        Foreign Minister Lena Moreau flew to Lisbon on Monday and held talks with Foreign Minister Kofi Adjei that evening.
        She met Prime Minister Ivo Petrov briefly the next morning before returning to Warsaw.
        """, published: "2024-03-07")
    #expect(f.meeting("Lena Moreau", "Ivo Petrov")?.place == "Lisbon")
    let g = extract(
        "Foreign Minister Lena Moreau met Prime Minister Ivo Petrov on Tuesday after arriving in Lisbon.", published: "2024-03-07")
    #expect(g.meeting("Lena Moreau", "Ivo Petrov")?.place == "Lisbon")
}
