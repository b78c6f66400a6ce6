import Extraction
import Testing

// An envoy who presents credentials (or letters of credence) to a head of state meets that person
// in an audience; credentials of another kind ("her democratic credentials") are no encounter.
// "Governor General" is one title. Own sentences, invented people.

@Test func credentialsPresentedToAPresidentAreAnAudience() throws {
    let body = "Ambassador Paul Mbeki of Zambia presented his credentials to President Anna Roth of Austria at the Hofburg on Wednesday."
    let m = try #require(extract(body, published: "2019-04-12").meeting("Paul Mbeki", "Anna Roth"))
    #expect(m.status == .held)
    #expect(m.place == "Hofburg")
    #expect(m.date == Day(iso: "2019-04-10"))
}

@Test func lettersOfCredencePresentedAreAnAudience() {
    let body = "Ambassador Paul Mbeki of Zambia will present his letters of credence to King Harald Lund of Norway next week."
    #expect(extract(body, published: "2019-04-12").meeting("Paul Mbeki", "Harald Lund")?.status == .planned)
}

@Test func credentialsOfAnotherKindAreNoEncounter() {
    let body = "President Anna Roth of Austria praised the reform credentials of Ambassador Paul Mbeki of Zambia in a speech."
    #expect(extract(body, published: "2019-04-12").meetings.isEmpty)
}

@Test func governorGeneralIsOneTitle() {
    let body = "Governor General Mary Holt of Canada opened the session on Monday."
    #expect(extract(body, published: "2019-04-12").person("Mary Holt")?.title == "Governor General")
}
