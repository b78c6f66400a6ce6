import Extraction
import Testing

// "A will hold meetings with B and C": meetings in the plural are several, one with each person
// named; and "the host country President C" names which country C leads, not a hosting of C.
// Sentences written for these tests.

@Test func meetingsInThePluralWithAListAreOneWithEachPerson() {
    let body =
        "Prime Minister Jacinda Ardern is due to hold meetings with Japanese Prime Minister Shinzo Abe and Chilean President Sebastian Pinera."
    let f = extract(body, published: "2018-11-15")
    #expect(Set(f.pairs) == [["Jacinda Ardern", "Shinzo Abe"], ["Jacinda Ardern", "Sebastian Pinera"]])
}

@Test func aMeetingInTheSingularWithAListStaysOne() {
    let body = "Prime Minister Jacinda Ardern held a meeting with Japanese Prime Minister Shinzo Abe and Chilean President Sebastian Pinera."
    #expect(extract(body, published: "2018-11-15").pairs == [["Jacinda Ardern", "Sebastian Pinera", "Shinzo Abe"]])
}

@Test(arguments: ["the host country President", "the host nation's President"])
func theHostCountryBeforeANameIsNoHosting(_ host: String) {
    let body =
        "Prime Minister Jacinda Ardern had bilateral meetings with Japanese Prime Minister Shinzo Abe and \(host) Sebastian Pinera on Friday."
    let f = extract(body, published: "2018-11-17")
    #expect(Set(f.pairs) == [["Jacinda Ardern", "Shinzo Abe"], ["Jacinda Ardern", "Sebastian Pinera"]])
}

@Test func theHostNamedInAppositionStillReceivesTheGuestsTogether() {
    let body =
        "The host, Chilean President Sebastian Pinera, was joined by Prime Minister Jacinda Ardern and Japanese Prime Minister Shinzo Abe at the palace on Friday."
    #expect(extract(body, published: "2018-11-17").pairs == [["Jacinda Ardern", "Sebastian Pinera", "Shinzo Abe"]])
}
