import Extraction
import Testing

// Where a person's name begins and ends: own sentences.

@Test func aTitleThatOpensAnOfficeHoldersNameIsPartOfIt() {
    let f = extract(
        """
        Afghan Foreign Minister Amir Khan Muttaqi arrived in Ashgabat on Tuesday.
        """, published: "2025-03-05")
    #expect(f.person("Amir Khan Muttaqi")?.country == "AFG")
    #expect(f.person("Khan Muttaqi") == nil)
}

@Test func aPartnershipNamedAfterTwoStatesIsNoPerson() {
    let f = extract(
        """
        The two ministers prepared the next round of the Fiji-New Zealand Enhanced Partnership talks.
        """, published: "2024-05-15")
    #expect(f.people.isEmpty)
}
