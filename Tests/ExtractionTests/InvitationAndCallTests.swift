import Extraction
import Testing

// Invitations, plans for a coming period, and telephone calls made with the verb "call": own
// sentences for each family, with the negatives that share their words.

@Test func anInvitationToAttendTalksIsNoMeeting() {
    let f = extract(
        """
        President Amara Diallo has invited Prime Minister Jonas Berg to attend the regional energy talks in Dakar next month.
        """, published: "2023-09-20")
    #expect(f.meetings.isEmpty)
}

@Test func anAcceptedInvitationIsAPlan() {
    let f = extract(
        """
        Prime Minister Jonas Berg has accepted an invitation to hold talks with President Amara Diallo in Dakar.
        """, published: "2023-09-20")
    #expect(f.pairs == [["Amara Diallo", "Jonas Berg"]])
    #expect(f.meetings.first?.status == .planned)
}

@Test func aComingPeriodAfterTheMeetingWordMakesAPlan() {
    let f = extract(
        """
        President Amara Diallo receives Prime Minister Jonas Berg in Dakar next week.
        Foreign Minister Lina Sow and Foreign Minister Erik Dahl are set for talks in the coming weeks.
        """, published: "2023-09-20")
    #expect(f.meeting("Amara Diallo", "Jonas Berg")?.status == .planned)
    #expect(f.meeting("Erik Dahl", "Lina Sow")?.status == .planned)
}

@Test func aComingPeriodOfAnotherEventLeavesTheMeetingHeld() {
    let f = extract(
        """
        President Amara Diallo met Prime Minister Jonas Berg in Dakar to prepare for the summit next month.
        """, published: "2023-09-20")
    #expect(f.pairs == [["Amara Diallo", "Jonas Berg"]])
    #expect(f.meetings.first?.status == .held)
}

@Test func callingAPersonIsATelephoneCall() {
    let f = extract(
        """
        President Amara Diallo called Prime Minister Jonas Berg on Saturday to congratulate him.
        Chancellor Petra Lind was the first foreign leader to call Foreign Minister Omar Haddad after the vote.
        """, published: "2023-09-20")
    #expect(f.meeting("Amara Diallo", "Jonas Berg")?.mode == .call)
    #expect(f.meeting("Amara Diallo", "Jonas Berg")?.date?.description == "2023-09-16")
    #expect(f.meeting("Amara Diallo", "Jonas Berg")?.place == nil)
    #expect(f.meeting("Omar Haddad", "Petra Lind")?.mode == .call)
}

@Test func callingAPersonByAPronounIsATelephoneCall() {
    let f = extract(
        """
        Prime Minister Jonas Berg won the vote on Friday. President Amara Diallo called him on Saturday night.
        """, published: "2023-09-20")
    #expect(f.pairs == [["Amara Diallo", "Jonas Berg"]])
    #expect(f.meetings.first?.mode == .call)
}

@Test func speakingToAPronounBeforeJoinsThePersonNamedBefore() {
    let f = extract(
        """
        Prime Minister Jonas Berg won the vote on Friday. President Amara Diallo spoke to him by phone on Saturday.
        """, published: "2023-09-20")
    #expect(f.pairs == [["Amara Diallo", "Jonas Berg"]])
    #expect(f.meetings.first?.mode == .call)
    #expect(f.meetings.first?.date?.description == "2023-09-16")
}

@Test func callingAPersonSomethingIsNoCall() {
    let f = extract(
        """
        President Amara Diallo called Prime Minister Jonas Berg a liar on Saturday.
        Foreign Minister Lina Sow called Erik Dahl "a friend of Senegal" in her speech.
        """, published: "2023-09-20")
    #expect(f.meetings.isEmpty)
}

// "will call on B" is a courtesy visit to come; "called on B to resign" a demand, unless the verb
// after "to" is the visit's purpose ("to discuss"): own sentences.

@Test func callingOnSomeoneToComeIsAPlannedVisitInPerson() {
    let f = extract(
        """
        Foreign Minister Lena Moreau is in Accra. She will call on President Kofi Adjei this afternoon.
        """, published: "2024-06-20")
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.status == .planned)
    #expect(f.meeting("Lena Moreau", "Kofi Adjei")?.mode == .inPerson)
}

@Test func callingOnSomeoneToActIsADemandNotAVisit() {
    let f = extract(
        """
        Opposition leader Ivo Petrov called on President Dara Quinn to resign on Thursday.
        Foreign Minister Lena Moreau called upon President Kofi Adjei to release the detained reporters.
        Foreign Minister Anna Lind called on President Omar Haddad to discuss the loan on Friday.
        """, published: "2024-06-20")
    #expect(f.meeting("Ivo Petrov", "Dara Quinn") == nil)
    #expect(f.meeting("Lena Moreau", "Kofi Adjei") == nil)
    #expect(f.meeting("Anna Lind", "Omar Haddad")?.status == .held)
}

/// "had spoken by telephone with B", "has spoken to B": the past participle of speaking reports
/// a call as the simple past does.
@Test(arguments: [
    "President Omar Diallo had spoken by telephone with former President Macky Sall on Monday, the presidency said.",
    "President Omar Diallo has spoken by phone with President Macky Sall about the border.",
])
func aCallToldByThePastParticipleIsACall(_ text: String) {
    let f = extract(text, published: "2019-04-04")
    #expect(f.meeting("Omar Diallo", "Macky Sall")?.mode == .call)
}

/// "A briefed B on the plan": an encounter of the two; "had briefed B by phone on Tuesday and
/// expected ...": a call done (the past perfect), whatever the words after it plan; briefing the
/// press is no meeting.
@Test func aBriefingOfANamedPersonIsAnEncounter() {
    let met = extract("Envoy Ana Pereira stopped in Belgrade on Thursday and briefed President Marko Ilic on the plan.", published: "2009-10-10")
    #expect(met.meeting("Ana Pereira", "Marko Ilic")?.status == .held)
    let call = extract(
        "Foreign Minister Tomas Novak said he had briefed Vice-President Anna Berg by phone on Tuesday and expected Brussels to back the ruling.",
        published: "2017-07-13")
    #expect(call.meeting("Tomas Novak", "Anna Berg")?.status == .held)
    #expect(call.meeting("Tomas Novak", "Anna Berg")?.mode == .call)
    #expect(call.meeting("Tomas Novak", "Anna Berg")?.date == Day(iso: "2017-07-11"))
    #expect(extract("Foreign Minister Tomas Novak briefed reporters on Tuesday.", published: "2017-07-13").meetings.isEmpty)
}
