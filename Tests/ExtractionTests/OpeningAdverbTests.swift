import Extraction
import Testing

// A discourse adverb that opens a sentence before its comma ("Similarly, State Minister A ...")
// is no person, even where the title after the comma could make it one of "Name, Title".
// Invented names.

@Test(arguments: ["Similarly", "Separately", "Subsequently", "Additionally"])
func anOpeningAdverbBeforeATitleIsNoPerson(adverb: String) {
    let f = extract(
        "\(adverb), State Minister of Foreign Affairs Ambassador Abebe Kassa has also conferred with Daniel Otieno, the Principal Secretary of Foreign Affairs of Kenya.",
        published: "2023-02-16")
    #expect(!f.people.contains { $0.name == adverb })
    #expect(f.meetings.map { Set($0.participants) } == [["Abebe Kassa", "Daniel Otieno"]])
}
