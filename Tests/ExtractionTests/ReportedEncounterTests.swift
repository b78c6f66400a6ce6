import Extraction
import Testing

// Who was at an encounter and on what day, told over the sentences of a report: own sentences.

@Test func peopleWhoAlsoTookPartJoinTheTalksJustReported() {
    let f = extract(
        """
        President Lena Moreau and Prime Minister Kofi Adjei held talks in Lome last week.
        Energy Minister Ama Boateng and Vice President Paul Dossou, who leads the gas file, also took part.
        """, published: "2025-01-16")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Lena Moreau", "Kofi Adjei", "Ama Boateng", "Paul Dossou"])
}

@Test func takingPartInAnotherEventJoinsNothing() {
    let f = extract(
        """
        President Lena Moreau and Prime Minister Kofi Adjei held talks in Lome last week.
        Energy Minister Ama Boateng took part in the vote on the budget.
        """, published: "2025-01-16")
    #expect(f.pairs == [["Kofi Adjei", "Lena Moreau"]])
}

@Test func theDayOfAStatementIsNotTheDayOfTheTalks() {
    let f = extract(
        """
        President Lena Moreau and Prime Minister Kofi Adjei held talks in Lome last week, the presidency said in a statement on Tuesday.
        """, published: "2025-01-16")
    #expect(f.pairs == [["Kofi Adjei", "Lena Moreau"]])
    #expect(f.meetings.first?.date == nil)
}

@Test func aWorkingSessionWithSomeoneIsAnEncounter() {
    let f = extract(
        """
        Prime Minister Kofi Adjei arrived in Bamako on Wednesday. He then held a working session with Malian Prime Minister Oumar Traore.
        The session of parliament was suspended, Speaker Awa Keita said.
        """, published: "2024-05-16")
    #expect(f.pairs == [["Kofi Adjei", "Oumar Traore"]])
    #expect(f.meetings.first?.place == "Bamako")
    #expect(f.meetings.first?.date?.description == "2024-05-15")
}

@Test func knowingNothingOfAnyMeetingsIsNoMeeting() {
    let f = extract(
        """
        Foreign Minister Kofi Adjei flew to Addis Ababa on Monday.
        The deputy ambassador, Paul Dossou, said he knew nothing about any meetings with Ethiopian officials.
        """, published: "2024-05-16")
    #expect(f.meetings.isEmpty)
}

@Test func anEncounterLaterOnTheDayOfPublicationIsStillAPlan() {
    let f = extract(
        """
        Foreign Minister Kofi Adjei is scheduled to pay a courtesy call on President Lena Moreau today before flying home.
        Prime Minister Paul Dossou met Energy Minister Ama Boateng today.
        """, published: "2024-12-05")
    #expect(f.meeting("Kofi Adjei", "Lena Moreau")?.status == .planned)
    #expect(f.meeting("Kofi Adjei", "Lena Moreau")?.date?.description == "2024-12-05")
    #expect(f.meeting("Ama Boateng", "Paul Dossou")?.status == .held)
}

@Test func membersASideOfTheTalksIncludedJoinThem() {
    let f = extract(
        """
        Foreign Minister Lena Moreau held talks with Foreign Minister Kofi Adjei in Tashkent on Monday.
        The French side also included State Secretary Paul Dossou.
        The agenda included the case of Ama Boateng, a detained reporter.
        """, published: "2024-03-05")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Lena Moreau", "Kofi Adjei", "Paul Dossou"])
}

@Test func anArrivalReportedByRolePlacesThePersonItStandsFor() {
    let f = extract(
        """
        Malian President Oumar Traore and Senegalese President Awa Keita met in Dakar.
        After arriving in Dakar on Tuesday night, the Malian president and the Senegalese president held talks at the palace.
        President Traore stayed for a two-day state visit.
        Senegalese Foreign Minister Paul Dossou and other officials welcomed the Malian president at the airport.
        """, published: "2024-05-16")
    #expect(f.meeting("Oumar Traore", "Paul Dossou")?.place == "Dakar")
    #expect(f.meeting("Oumar Traore", "Paul Dossou")?.date?.description == "2024-05-14")
}

@Test func aMeetingThenHeldGoesOnWithTheDayAndPlaceOfTheOneBefore() {
    let f = extract(
        """
        Malian President Oumar Traore held talks with Senegalese President Awa Keita in Dakar on Wednesday.
        Traore then met Prime Minister Paul Dossou at the airport.
        Traore had earlier met Foreign Minister Ama Boateng in Bamako.
        """, published: "2024-05-17")
    #expect(f.meeting("Oumar Traore", "Paul Dossou")?.date?.description == "2024-05-15")
    #expect(f.meeting("Oumar Traore", "Paul Dossou")?.place == "Dakar")
    // "had earlier met": another occasion, in its own city, of no day the text gives.
    #expect(f.meeting("Ama Boateng", "Oumar Traore")?.date == nil)
    #expect(f.meeting("Ama Boateng", "Oumar Traore")?.place == "Bamako")
}

@Test func aCourtStyleWithTheTitleOfTheReportsSubjectNamesThatRuler() {
    let f = extract(
        """
        His Majesty the Sultan Omar Al-Rashid received Foreign Minister Paul Dossou of Mali at the palace on Sunday.
        His Majesty the Sultan also received the visiting Senegalese envoy Awa Keita.
        """, published: "2024-05-14")
    #expect(f.meeting("Awa Keita", "Omar Al-Rashid")?.date?.description == "2024-05-12")
    // With no report going on with a ruler, a court style may mean one the text does not name.
    let g = extract(
        """
        Sultan Omar Al-Rashid ruled until 2019.
        His Majesty the Sultan received the visiting Senegalese envoy Awa Keita on Sunday.
        """, published: "2024-05-14")
    #expect(g.meeting("Awa Keita", "Omar Al-Rashid") == nil)
}

@Test func aGuestReceivedPastAnAsideOfWhoWasPresentIsMetWithThemAtOneEncounter() {
    let f = extract(
        """
        President Omar Diallo received, in the presence of Prime Minister Ama Boateng of Ghana, the visiting Malian foreign minister Paul Dossou on Monday.
        """, published: "2024-05-14")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Omar Diallo", "Ama Boateng", "Paul Dossou"])
}

@Test func peopleWhoAlsoAttendedJoinTheEncounterJustReported() {
    let f = extract(
        """
        President Oumar Traore of Mali and President Awa Keita of Senegal met on Wednesday at talks hosted by Guinean President Paul Dossou.
        The foreign ministers of the three countries, Moussa Diarra of Mali, Kofi Adjei of Senegal and Lena Moreau of Guinea, also attended.
        Foreign Minister Tomas Rell also attended a dinner for the press.
        """, published: "2022-07-07")
    #expect(f.meetings.count == 1)
    #expect(
        Set(f.meetings.first?.participants ?? [])
            == ["Oumar Traore", "Awa Keita", "Paul Dossou", "Moussa Diarra", "Kofi Adjei", "Lena Moreau"])
}

@Test func toSeeSomeoneIsAPlannedEncounterOfItsOwnClause() {
    let f = extract(
        """
        President Oumar Traore also met Premier Awa Keita on Thursday evening and is scheduled to see Speaker Paul Dossou before flying home today.
        Voters see Paul Dossou as a reformer.
        """, published: "2016-10-21")
    #expect(f.meeting("Awa Keita", "Oumar Traore")?.status == .held)
    #expect(f.meeting("Awa Keita", "Oumar Traore")?.date?.description == "2016-10-20")
    #expect(f.meeting("Oumar Traore", "Paul Dossou")?.status == .planned)
    #expect(f.meetings.count == 2)
}

@Test func talksTheNextDayInTheSameSentenceAreCountedFromTheDayBefore() {
    let f = extract(
        """
        LIMA, Nov 8 - Envoy Paul Dossou met President Ana Lopez here on Friday and flew to Quito the next day for talks with President Luis Arce.
        """, published: "2010-11-08")
    #expect(f.meeting("Ana Lopez", "Paul Dossou")?.date?.description == "2010-11-05")
    #expect(f.meeting("Luis Arce", "Paul Dossou")?.date?.description == "2010-11-06")
}

@Test func aRecommendationThatPeopleMeetIsNoMeeting() {
    let f = extract(
        """
        Foreign Minister Rene Castro of Peru and Foreign Minister Samuel Santos of Ecuador traded accusations.
        Envoy Paul Dossou recommended that the two foreign ministers meet in Washington, and suggested that Castro meet Santos before the vote.
        """, published: "2010-11-08")
    #expect(f.meetings.isEmpty)
}
