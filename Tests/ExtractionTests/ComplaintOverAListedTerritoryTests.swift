import Extraction
import Testing

// A complaint one state lodges against another over a listed territory presents it as disputed;
// the Hala'ib Triangle is also named with its second town. Own sentences.

@Test func aComplaintOverAListedTerritoryPresentsItAsDisputed() {
    let f = extract("Khartoum filed a fresh complaint with the Security Council against Egypt over Halaib and Shalateen.", published: "2017-01-18")
    #expect(names(f) == ["Halaib and Shalateen"])
    #expect(Set(f.territories.first?.claimants ?? []) == ["EGY", "SDN"])
    // The curly apostrophe is the straight one.
    let curly = extract("Sudan's complaint against Egypt over Hala\u{2019}ib and Shalateen was tabled again.", published: "2017-01-18")
    #expect(curly.territories.count == 1)
}

/// A listed territory named without a word of dispute is a place, not a territory (guidelines).
@Test func aListedTerritoryWithoutACueIsAPlace() {
    let f = extract("Tourists from Egypt visited Halaib and Shalateen last winter to see the coast.", published: "2017-01-18")
    #expect(f.territories.isEmpty)
}
