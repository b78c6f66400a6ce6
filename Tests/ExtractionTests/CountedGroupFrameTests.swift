import Extraction
import Testing

// A report that counts a group of officials without naming them ("the three Baltic prime
// ministers", "the prime ministers of the three Baltic countries") with a day or a place frames
// the named report of exactly that many people that follows. A title in the possessive in an
// appositive ("X, the Estonian prime minister's official residence") says whose X is, not that X
// is a person. Own sentences.

@Test func aCountedGroupAtAMeetingFramesTheNamedReportOfThatMany() {
    let body = """
        The three Baltic prime ministers agreed on Monday to build a shared power grid by the end of the year, at their spring \
        meeting at Kadriorg, the Estonian prime minister's official residence.

        The host, Juri Ratas, was joined by Latvia's Krisjanis Karins and Lithuania's Saulius Skvernelis.
        """
    let facts = extract(body, published: "2019-03-06")
    let m = facts.meetings.first { Set($0.participants) == ["Juri Ratas", "Krisjanis Karins", "Saulius Skvernelis"] }
    #expect(m?.date == Day(iso: "2019-03-04"))
    #expect(m?.place == "Kadriorg")
    #expect(facts.person("Kadriorg") == nil)
}

@Test func officialsOfCountedStatesAgreeingFrameTheNamedReport() {
    let body = """
        RIGA, March 6 (Wire) - The prime ministers of the three Baltic countries agreed in Riga on Monday to build a shared power grid.

        Latvia's Krisjanis Karins hosted Estonia's Juri Ratas and Lithuania's Saulius Skvernelis for talks over lunch.
        """
    let m = extract(body, published: "2019-03-06").meetings.first { $0.participants.count == 3 }
    #expect(m?.date == Day(iso: "2019-03-04"))
}

/// A named report of another number of people is not the counted group's.
@Test func aNamedReportOfAnotherNumberIsNotFramed() {
    let body = """
        The four Nordic trade ministers agreed on Monday to cut fees on shared ferries.

        Later, Norway's trade minister Jan Lunde hosted Sweden's trade minister Eva Berg for talks over lunch.
        """
    let m = extract(body, published: "2019-03-06").meeting("Jan Lunde", "Eva Berg")
    #expect(m != nil)
    #expect(m?.date == nil)
}

/// "A, the minister's spokesman,": the title after the possessive is A's.
@Test func aTitleAfterAPossessiveTitleIsThePersons() {
    let facts = extract("Dewi Sartika, the minister's spokesman, said the talks would resume on Friday.", published: "2019-03-06")
    #expect(facts.person("Dewi Sartika") != nil)
}
