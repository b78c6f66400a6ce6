import Extraction
import Testing

// A gathering the article reports from its dateline city ("closed the summit here", "ended the
// summit in this harbour city", or told by the dateline's lead with no place of its own) is in
// that city, and an encounter on its sidelines with no place of its own is there too. Own
// sentences.

@Test func anEncounterOnTheSidelinesOfAGatheringHereIsInTheDatelineCity() {
    let here = extract(
        """
        VALLETTA (Wire) -- Mediterranean and Gulf leaders closed their summit here today with a pledge on shipping.
        Maltese Prime Minister Carmen Vella met Omani Foreign Minister Salim Harthy on the sidelines on Saturday evening.
        """, published: "2012-10-07")
    #expect(here.meetings.first { Set($0.participants) == ["Carmen Vella", "Salim Harthy"] }?.place == "Valletta")

    let thisCity = extract(
        """
        PORT LOUIS, July 5 (Wire) - The leaders of the island states ended their summit in this harbour city on Tuesday without a communique.
        Seychelles President Anne Morel and Comoros President Said Ahmed held a bilateral meeting on the sidelines on Monday evening.
        """, published: "2023-07-05")
    let m = thisCity.meetings.first { Set($0.participants) == ["Anne Morel", "Said Ahmed"] }
    #expect(m?.place == "Port Louis")
    #expect(m?.date == Day(iso: "2023-07-03"))
}

@Test func aGatheringTheDatelinesLeadTellsWithoutAPlaceIsInTheDatelineCity() {
    let f = extract(
        """
        LIMA, May 31 - Leaders of seven Andean and Amazon states agreed at a summit on Tuesday to study a river treaty.
        Colombian President Andres Villa held a separate meeting with Bolivian President Rosa Quispe on the margins.
        """, published: "2023-05-31")
    #expect(f.meetings.first { Set($0.participants) == ["Andres Villa", "Rosa Quispe"] }?.place == "Lima")
}

/// A video conference or a virtual summit is held in no city, whatever the dateline.
@Test func aVideoConferenceUnderADatelineIsNoGatheringThere() {
    let f = extract(
        """
        CANBERRA, May 13 - Australian Prime Minister Helen Ward, New Zealand Prime Minister Tom Rangi and Fijian Prime Minister Sitiveni Qio held a video conference on Tuesday on a travel zone.
        Ward also met Samoan Prime Minister Fiame Taua on Wednesday.
        """, published: "2020-05-15")
    let m = f.meetings.first { Set($0.participants) == ["Helen Ward", "Fiame Taua"] }
    #expect(m != nil)
    #expect(m?.place == nil)
}

/// "held a separate meeting with B on the margins": a pair of the gathering's people meeting on
/// its margins on its day is an encounter of its own, not part of the gathering.
@Test func aSeparateMeetingOnTheMarginsIsNotFoldedIntoTheGathering() {
    let f = extract(
        """
        LIMA, May 31 - Leaders of seven states met at a summit on Tuesday, among them Peruvian President Ana Torres, Colombian President Andres Villa, Chilean President Pablo Rojas and Bolivian President Rosa Quispe.
        Villa held a separate meeting with Quispe on the margins on Tuesday.
        """, published: "2023-05-31")
    let pair = f.meetings.first { Set($0.participants) == ["Andres Villa", "Rosa Quispe"] }
    #expect(pair?.place == "Lima")
    #expect(pair?.date == Day(iso: "2023-05-30"))
    #expect(f.meetings.contains { $0.participants.count == 4 })
}

/// "On the sidelines of the forum, A met B. A and B then sat down with their ministers C and D":
/// the sidelines are the forum's, so the pair and the four are one encounter, folded as before.
@Test func sidelinesOfANamedGatheringDoNotSetThePairApartFromItsOwnLargerReport() {
    let f = extract(
        """
        Prime Minister Helen Ward held talks with President Surya Wirawan on Friday on the sidelines of a trade forum in Jakarta.
        The two leaders held a private meeting in Jakarta on Friday, accompanied by Foreign Minister Tom Blake and his counterpart Dewi Lestari.
        """, published: "2012-11-09")
    #expect(!f.meetings.contains { Set($0.participants) == ["Helen Ward", "Surya Wirawan"] })
    #expect(f.meetings.contains { $0.participants.count == 4 })
}
