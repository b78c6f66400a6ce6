import Extraction
import Testing

// A bare verb after "and" shares the tense of the verb it is joined to: "will call on A and
// meet B" plans both encounters, however long the first verb's object. A relative clause's
// plan ("A, who will chair the council next year,") is its own. Own sentences and invented names.

@Test(arguments: [
    "Estonian Foreign Minister Kadri Sepp will also call on Latvian President Janis Ozols, who chairs the council this year, and meet Prime Minister Anna Kalnina.",
    "Estonian Foreign Minister Kadri Sepp is due to call on the Latvian President Janis Ozols at his residence and then hold talks with Prime Minister Anna Kalnina.",
    "Estonian Foreign Minister Kadri Sepp will travel to Riga, where she will meet Latvian President Janis Ozols, and later fly to Liepaja to meet Prime Minister Anna Kalnina.",
    "Estonian Foreign Minister Kadri Sepp will meet Latvian President Janis Ozols in Riga and then travel to Liepaja for talks with Prime Minister Anna Kalnina.",
])
func aBareVerbJoinedToAPlanIsPlanned(_ text: String) {
    let f = extract(text, published: "2022-04-04")
    #expect(f.meetings.count == 2)
    #expect(f.meetings.allSatisfy { $0.status == .planned })
}

@Test(arguments: [
    "Estonian Foreign Minister Kadri Sepp met Latvian President Janis Ozols, who will chair the council next year, and held talks with Prime Minister Anna Kalnina.",
    "Estonian Foreign Minister Kadri Sepp met Latvian President Janis Ozols, who chairs the council next year, and held talks with Prime Minister Anna Kalnina.",
    "Estonian Foreign Minister Kadri Sepp, who will step down in May, arrived in Riga on Sunday and met Latvian President Janis Ozols.",
])
func aPastVerbJoinedAfterAPlanStaysHeld(_ text: String) {
    let f = extract(text, published: "2022-04-04")
    #expect(!f.meetings.isEmpty)
    #expect(f.meetings.allSatisfy { $0.status == .held })
}
