import Extraction
import Testing

// A trip told by its setting out ("left for C on Thursday", "set off for the Saudi capital")
// places the talks still to come that the report tells after it, with the day of departure; a
// report closing on the leave-taking ("after which he left for C") places nothing before it, and
// no past encounter told after it. "The top Iranian diplomat" is Iran's foreign minister. Own
// sentences, invented people.

@Test func talksExpectedAfterSettingOutTakeTheCityAndDay() throws {
    let body = """
        Foreign Minister Darius Farahani of Iran set off for the Saudi capital on Thursday at the invitation of Prince Nayef bin Turki.

        Farahani is expected to hold talks with Nayef bin Turki on regional security.
        """
    let m = try #require(extract(body, published: "2023-08-17").meeting("Darius Farahani", "Nayef bin Turki"))
    #expect(m.status == .planned)
    #expect(m.place == "Riyadh")
    #expect(m.date == Day(iso: "2023-08-17"))
}

@Test func aDepartureAfterTheTalksPlacesNothing() throws {
    let body = """
        Foreign Minister Darius Farahani of Iran held talks with Foreign Minister Ana Lobo of Portugal in Lisbon on Monday, after which he left for Madrid.
        """
    let m = try #require(extract(body, published: "2023-08-17").meeting("Darius Farahani", "Ana Lobo"))
    #expect(m.place == "Lisbon")
}

@Test func aPastEncounterToldAfterTheDepartureIsNotPlacedThere() throws {
    let body = """
        Foreign Minister Darius Farahani of Iran left for Madrid on Tuesday.

        On Monday he had met Foreign Minister Ana Lobo of Portugal.
        """
    let m = try #require(extract(body, published: "2023-08-17").meeting("Darius Farahani", "Ana Lobo"))
    #expect(m.place != "Madrid")
}

@Test func theTopDiplomatOfAStateIsItsForeignMinister() throws {
    let body = """
        Foreign Minister Darius Farahani of Iran and Energy Minister Reza Sadri of Iran arrived in Doha on Sunday.

        The top Iranian diplomat will meet Prime Minister Khalid Al Thani of Qatar on Monday.
        """
    let f = extract(body, published: "2023-08-13")
    #expect(f.meeting("Darius Farahani", "Khalid Al Thani")?.status == .planned)
    #expect(f.meeting("Reza Sadri", "Khalid Al Thani") == nil)
}
