import Extraction
import Testing

// Wordings of an encounter the clause stage missed: a meal as a verb, "called first on", a call
// to "his counterpart B", a semicolon after a negated sentence, an encounter under way "at this
// moment", and a party "accompanied by" the subject of a verb of meeting. Sentences written for
// these tests.

@Test(arguments: ["lunched with", "dined with", "breakfasted with"])
func aMealAsAVerbIsAnEncounter(_ verb: String) {
    let f = extract("President Omar Diallo of Mali \(verb) Prime Minister Kofi Mensah of Ghana in Accra on Sunday.", published: "2012-04-09")
    #expect(f.meeting("Omar Diallo", "Kofi Mensah")?.place == "Accra")
    // Alone, with no one after it, the verb reports no encounter.
    #expect(extract("President Omar Diallo of Mali lunched in Accra on Sunday.", published: "2012-04-09").meetings.isEmpty)
}

@Test(arguments: ["called first on", "called briefly on", "called on"])
func aCourtesyCallPastAnAdverbIsAnEncounterInPerson(_ verb: String) {
    let f = extract("Foreign Minister Lena Dahl of Norway \(verb) President Rana Perera in Colombo on Monday evening.", published: "2005-09-20")
    let m = f.meeting("Lena Dahl", "Rana Perera")
    #expect(m?.mode == .inPerson)
    #expect(m?.place == "Colombo")
}

@Test func aCallToTheCounterpartNamedAfterThePhraseIsACall() {
    let f = extract(
        "Foreign Minister Li Wen of China called his American counterpart Condoleezza Rice last night to discuss the next steps.",
        published: "2005-09-20")
    #expect(f.meeting("Li Wen", "Condoleezza Rice")?.mode == .call)
    // "called his bluff": no one named after the phrase.
    #expect(extract("Foreign Minister Li Wen of China called his counterpart's bluff on Monday.", published: "2005-09-20").meetings.isEmpty)
}

@Test func aNegationBeforeASemicolonDoesNotVoidTheEncounterAfterIt() {
    let f = extract(
        "Jordan did not attend; King Abdullah II instead received President Mahmoud Abbas in Ramallah on Monday.", published: "2022-03-29")
    #expect(f.meeting("Abdullah II", "Mahmoud Abbas")?.date == Day(iso: "2022-03-28"))
    // Semicolons parting the items of a list of people keep the clause whole.
    let g = extract(
        "Mr. Ali Hassan, Deputy Speaker; Dr. Omar Saeed, Minister of Finance; and Mr. Musa Zahir, Minister of Trade, held talks with President Rana Perera on Monday.",
        published: "2022-03-29")
    #expect(g.meetings.count == 1)
    #expect(Set(g.meetings.first?.participants ?? []) == ["Ali Hassan", "Omar Saeed", "Musa Zahir", "Rana Perera"])
}

@Test func anEncounterUnderWayAtThisMomentIsOnTheDayOfPublication() {
    let f = extract(
        "President Emmanuel Macron is receiving Chancellor Olaf Scholz at the Elysee at this moment, for a working lunch.", published: "2022-10-26")
    #expect(f.meeting("Emmanuel Macron", "Olaf Scholz")?.date == Day(iso: "2022-10-26"))
}

@Test func thePartyAccompanyingTheSubjectOfAVerbOfMeetingJoinsTheOneEncounter() {
    let f = extract(
        "President Omar Diallo of Mali met Prime Minister Kofi Mensah of Ghana in Accra on Sunday, accompanied by Trade Minister Amadou Keita and Interior Minister Issa Traore.",
        published: "2012-04-09")
    #expect(f.meetings.count == 1)
    #expect(Set(f.meetings.first?.participants ?? []) == ["Omar Diallo", "Kofi Mensah", "Amadou Keita", "Issa Traore"])
}

@Test func aPartySetOffByACommaServesTheClausesSubjectNotThePersonMet() {
    let f = extract(
        "President Omar Diallo of Mali met Prime Minister Kofi Mensah of Ghana in Accra on Sunday, accompanied by Interior Minister Issa Traore.",
        published: "2012-04-09")
    #expect(f.person("Issa Traore")?.country == "MLI")
    // "B, who was accompanied by D": the party of the person named last.
    let g = extract(
        "President Omar Diallo of Mali met Prime Minister Kofi Mensah of Ghana in Accra on Sunday. Mensah was accompanied by Interior Minister Issa Traore.",
        published: "2012-04-09")
    #expect(g.person("Issa Traore")?.country == "GHA")
}
