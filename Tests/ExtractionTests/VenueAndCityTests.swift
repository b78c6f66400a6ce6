import Extraction
import Testing

// The city named for an encounter comes before its venue (guidelines); the venue stands alone
// only without a city: own sentences.

@Test func aVenueOfBuildingsInACityGivesTheCity() {
    let f = extract(
        """
        President Lena Moreau will host President Kofi Adjei at the Union Buildings in Pretoria on 12 March for talks.
        """, published: "2024-03-05")
    #expect(f.meetings.first?.place == "Pretoria")
    #expect(f.meetings.first?.status == .planned)
}

@Test func aVenueOfBuildingsAloneIsThePlace() {
    let f = extract(
        """
        President Lena Moreau received President Kofi Adjei at the Union Buildings on Monday.
        """, published: "2024-03-05")
    #expect(f.meetings.first?.place == "Union Buildings")
}
