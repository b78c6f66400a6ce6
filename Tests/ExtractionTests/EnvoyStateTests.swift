import Extraction
import Testing

// An envoy serves the state that sends them, not the state they are posted to: own sentences.

@Test func anAmbassadorOfAStateToAnotherServesTheFirst() {
    let f = extract(
        """
        Ambassador of the Kingdom of Norway to Ghana Ingrid Solberg paid a courtesy call on Foreign Minister Kwame Mensah.
        """, published: "2024-05-15")
    #expect(f.person("Ingrid Solberg")?.country == "NOR")
    #expect(f.person("Ingrid Solberg")?.title == "Ambassador")
}

@Test func aHighCommissionerNamedAfterACommaAndACourtesyTitleServesTheSendingState() {
    let f = extract(
        """
        Foreign Minister Kwame Mensah received the High Commissioner of Canada to Ghana, Mr Paul Tremblay, on Monday.
        """, published: "2024-05-15")
    #expect(f.person("Paul Tremblay")?.country == "CAN")
}

/// A ministry whose name stands for its state ("a State Department spokesman", "the MEA") gives
/// the state of the official it names, in an article about other states; it is no meeting place,
/// and a word that only looks like its acronym ("mea culpa") names no state.
@Test func aMinistryThatStandsForItsStateGivesItsOfficialsState() {
    let f = extract(
        """
        LIMA, June 3 -- Peru's opposition rejected on Friday a remark by State Department spokesman Carl Hobart about the vote.
        MEA spokesperson Ravi Menon said in New Delhi that India was watching closely.
        """, published: "2022-06-04")
    #expect(f.person("Carl Hobart")?.country == "USA")
    #expect(f.person("Ravi Menon")?.country == "IND")
    let g = extract(
        """
        WASHINGTON -- Secretary of State Mark Dale held talks here with Foreign Minister Ravi Menon on Tuesday, according to the Ministry of External Affairs.
        """, published: "2022-06-04")
    #expect(g.meeting("Mark Dale", "Ravi Menon")?.place == "Washington")
    let h = extract("The senator offered a mea culpa to President Mark Dale on Tuesday.", published: "2022-06-04")
    #expect(!h.codes.contains("IND"))
}

/// A title only one state gives ("External Affairs Minister", "Taoiseach") names its holder's
/// state, whatever state the words beside it name; a title many states give takes the state
/// written before it.
@Test func aTitleOnlyOneStateGivesNamesItsHoldersState() {
    let f = extract(
        """
        Prime Minister Ravi Menon and Prime Minister Eleni Pappas held talks in New Delhi on Wednesday.
        Greek FM Nikos Alexiou and EAM Arun Rao were also present at the talks.
        """, published: "2024-02-22")
    #expect(f.person("Arun Rao")?.country == "IND")
    #expect(f.person("Nikos Alexiou")?.country == "GRC")
    let g = extract("British Prime Minister Tom Hale met Taoiseach Sean Byrne in London on Monday.", published: "2024-02-22")
    #expect(g.person("Sean Byrne")?.country == "IRL")
}

/// A royal house's family name at the end of a name ("Al Saud", "Al-Thani") names the state it
/// reigns in, whatever state the sentence names first; a name that only holds "Al" does not.
@Test func aRoyalHouseNameNamesItsState() {
    let f = extract(
        "Kuwait's Emir Sheikh Jaber Al-Ahmad Al-Jaber Al-Sabah received Prince Faisal bin Nayef bin Khalid Al Saud in Kuwait City on Tuesday.",
        published: "2019-08-28")
    #expect(f.person("Faisal bin Nayef bin Khalid Al Saud")?.country == "SAU")
    let g = extract(
        "Omani Foreign Minister Said bin Hamad received Sheikh Hamad bin Khalid Al-Thani in Muscat on Monday.", published: "2019-08-28")
    #expect(g.person("Hamad bin Khalid Al-Thani")?.country == "QAT")
    let h = extract(
        "Omani Foreign Minister Said bin Hamad received Iraqi Foreign Minister Karim Al Hashimi in Muscat on Monday.", published: "2019-08-28")
    #expect(h.person("Karim Al Hashimi")?.country == "IRQ")
}

/// "Mongolian President A and Prime Minister Fumio Kishida": an office holder whom the leaders'
/// table gives to another state is not of the first person's state; a titled person the table
/// does not know is.
@Test func aListedOfficeHolderOfAnotherStateKeepsTheirOwn() {
    let f = extract("Mongolian President Batu Ganbold and Prime Minister Fumio Kishida agreed on Tuesday to raise relations.", published: "2022-11-30")
    #expect(f.person("Fumio Kishida")?.country == "JPN")
    #expect(f.person("Batu Ganbold")?.country == "MNG")
    let g = extract("Mongolian President Batu Ganbold and Prime Minister Dorj Bat agreed on Tuesday to raise relations.", published: "2022-11-30")
    #expect(g.person("Dorj Bat")?.country == "MNG")
}

/// A full name the leaders' table has in office in the article's year serves that state, whatever
/// state the sentence around it names; outside the years of the term the text decides.
@Test func aFullNameInOfficeThatYearServesItsState() {
    let f = extract(
        "Prime Minister Manmohan Singh met President Arif Khan on Monday. The Pakistani prime minister said the talks were useful.",
        published: "2006-05-10")
    #expect(f.person("Manmohan Singh")?.country == "IND")
    let g = extract("Pakistan's Prime Minister Manmohan Singh met President Arif Khan on Monday.", published: "1990-05-10")
    #expect(g.person("Manmohan Singh")?.country == "PAK")
}
