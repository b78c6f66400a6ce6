import Extraction
import Testing

// The people told present at an encounter reported without names ("Leaders met in C on
// Thursday. Around the table were A, B and D") are its people, on its day and in its place.
// Own sentences.

@Test func thePeoplePresentAtAnUnnamedEncounterAreItsPeople() {
    let f = extract(
        """
        The regional leaders' summit in Lisbon on Thursday ran late into the night.
        Around the table were President Lena Moreau, Prime Minister Kofi Adjei and Prime Minister Ivo Petrov.
        """, published: "2019-08-16")
    let m = f.meetings.first { Set($0.participants) == ["Lena Moreau", "Kofi Adjei", "Ivo Petrov"] }
    #expect(m?.date == Day(iso: "2019-08-15"))
    #expect(m?.place == "Lisbon")
    #expect(m?.status == .held)
}

/// Only with an encounter reported just before: a list of people present at nothing reported
/// is no meeting, nor is one person present.
@Test func presenceWithoutAnUnnamedEncounterOrWithOnePersonIsNoMeeting() {
    let f = extract(
        """
        The weather in Lisbon on Thursday was mild.
        Around the table were President Lena Moreau, Prime Minister Kofi Adjei and Prime Minister Ivo Petrov.
        """, published: "2019-08-16")
    #expect(f.meetings.isEmpty)
    let g = extract(
        """
        The regional leaders' summit in Lisbon on Thursday ran late into the night.
        Also present was President Lena Moreau.
        """, published: "2019-08-16")
    #expect(g.meetings.isEmpty)
}
