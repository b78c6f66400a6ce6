import Extraction
import Testing

// "A flew home after his meeting with B": an encounter reported in a sentence before, with its
// place, named again as the time of another step, is that encounter, not one in the city of the
// other step. Sentences written for these tests.

@Test(arguments: ["after his meeting with", "following his talks with", "before his meeting with"])
func anEncounterNamedAgainAsATimeKeepsItsPlace(_ phrase: String) {
    let body = """
        Prime Minister Anutin Charnvirakul of Thailand paid a courtesy call on Senate President Hun Sen of Cambodia in Phnom Penh on Thursday.

        Anutin flew back to Bangkok \(phrase) Hun Sen and landed at about nine in the evening.
        """
    let f = extract(body, published: "2025-10-03")
    #expect(f.pairs.filter { $0 == ["Anutin Charnvirakul", "Hun Sen"] }.count == 1)
    #expect(f.meeting("Anutin Charnvirakul", "Hun Sen")?.place == "Phnom Penh")
}

@Test func aFirstReportAfterAWordOfTimeIsAnEncounterOfItsOwn() {
    // Nothing reported before: the clause is the report.
    let body =
        "Anutin Charnvirakul, Prime Minister of Thailand, flew back to Bangkok after his meeting with Senate President Hun Sen of Cambodia in Phnom Penh on Thursday."
    #expect(extract(body, published: "2025-10-03").meeting("Anutin Charnvirakul", "Hun Sen") != nil)
}
