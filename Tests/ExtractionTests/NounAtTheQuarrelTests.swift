import Extraction
import Testing

// "The village at the centre of the quarrel is X": a noun of territory before the quarrel's words
// says X is land, so no other word of territory need stand near. "The man at the centre of the
// quarrel" is no such noun. Invented places between real states; no word of borders nearby.

@Test func aVillageAtTheCentreOfTheQuarrelIsATerritory() {
    let body = """
        ALMATY - Kazakhstan and Uzbekistan said talks would go on next month.

        The village at the centre of the quarrel is Sarykol, home to about 2,000 people.

        Kazakhstan administers Sarykol; Uzbekistan says the old map put it on its side.
        """
    let f = extract(body, published: "2001-02-12")
    #expect(names(f) == ["Sarykol"])
    #expect(Set(f.territories.first?.claimants ?? []) == ["KAZ", "UZB"])
}

@Test func aManAtTheCentreOfTheQuarrelIsNoTerritory() {
    let body = """
        ALMATY - Kazakhstan and Uzbekistan said talks would go on next month.

        The man at the centre of the quarrel is Sarykol, a trader of about fifty.

        Kazakhstan holds him; Uzbekistan says he is its citizen.
        """
    #expect(extract(body, published: "2001-02-12").territories.isEmpty)
}
