import Extraction
import Testing

// A historical state is a side under its own code in an article published while it existed, and
// under its present-day successor after (guidelines: a historical state maps to its own code).
// Sentences written for these tests, with invented islands between real states.

private let text =
    "Croatia and Yugoslavia both claim Rovina Island, a rock at the mouth of the bay."

@Test(arguments: [("2002-12-11", "YUG"), ("2012-12-11", "SRB")])
func aHistoricalStateIsASideUnderItsOwnCodeWhileItExisted(_ published: String, _ code: String) {
    let f = extract(text, published: published)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.claimants == ["HRV", code].sorted())
}

@Test func aSovietClaimInAnArticleOfTodayIsRussias() {
    let f = extract("The Soviet Union and Japan both claimed Kessa Island, a rock off Hokkaido.", published: "2020-05-01")
    #expect(f.territories.first?.claimants == ["JPN", "RUS"])
    let g = extract("The Soviet Union and Japan both claim Kessa Island, a rock off Hokkaido.", published: "1988-05-01")
    #expect(g.territories.first?.claimants == ["JPN", "SUN"])
}
