import Extraction
import Testing

// A town whose name is ambiguous (listed, but also a word or a name elsewhere) is a place on a
// dateline in capitals with the agency in brackets or the date after a comma, as it is before
// a bare dash. Own sentences.

@Test(arguments: [
    "KAMPOT (Wire) - Foreign Minister Sok Dara of Cambodia and his Lao counterpart Somsak Vong held talks on the river border.",
    "KAMPOT, Nov. 12 (Wire) - Foreign Minister Sok Dara of Cambodia and his Lao counterpart Somsak Vong held talks on the river border.",
])
func anAmbiguousTownOnACapitalisedDatelineIsTheMeetingsPlace(_ body: String) throws {
    let m = try #require(extract(body, published: "2008-11-12").meeting("Sok Dara", "Somsak Vong"))
    #expect(m.place == "Kampot")
}

@Test func anAmbiguousTownWrittenAsAWordOpeningASentenceIsNoPlace() {
    let f = extract(
        "Kampot (the provincial paper) - Foreign Minister Sok Dara of Cambodia and his Lao counterpart Somsak Vong held talks on the river border.",
        published: "2008-11-12")
    #expect(f.meeting("Sok Dara", "Somsak Vong")?.place == nil)
}
