import Extraction
import Testing

// "A called B and C" is a telephone call to each, not one call of three; "was called upon by B
// and C" is one visit of the two together. A name shortened to its father's ("Turki" for "Nayef
// bin Turki") is that person when no one else goes by it, but a titled "King Turki" is his own
// person. "The national dialogue" is a country's own process, not talks. Own sentences, invented
// people.

@Test func aCallToTwoLeadersIsACallWithEach() {
    let body = "President Tom Harlan of the United States called King Faris of Jordan and King Idris of Morocco on Wednesday."
    let f = extract(body, published: "2021-03-18")
    #expect(f.meeting("Tom Harlan", "Faris")?.mode == .call)
    #expect(f.meeting("Tom Harlan", "Idris")?.mode == .call)
    #expect(f.meeting("Faris", "Idris") == nil)
}

@Test func twoWhoCalledUponAGuestCameTogether() throws {
    let body = """
        Secretary-General Lars Wendt was called upon by Foreign Minister Ana Lobo of Portugal and State Secretary Rui Mota at the hotel on Tuesday.
        """
    let m = try #require(extract(body, published: "2021-03-18").meeting("Lars Wendt", "Ana Lobo"))
    #expect(m.participants.count == 3)
}

@Test func aNameShortenedToTheFathersIsThePerson() throws {
    let body = """
        Foreign Minister Darius Farahani of Iran arrived in Riyadh on Thursday.

        Farahani held talks with Turki about regional security, a statement said. Prince Nayef bin Turki is the Saudi foreign minister.
        """
    let m = try #require(extract(body, published: "2023-08-17").meeting("Darius Farahani", "Nayef bin Turki"))
    #expect(m.place == "Riyadh")
}

@Test func aTitledFathersNameIsTheFather() {
    let body = """
        Prince Nayef bin Turki conveyed greetings from King Turki to President Tom Harlan of the United States when they met in Washington.
        """
    let f = extract(body, published: "2023-08-17")
    #expect(f.person("Turki") != nil)
}

@Test func aNationalDialogueLedByAPrinceIsNoTalks() {
    let body = """
        "The President reaffirmed his backing for the national dialogue led by Crown Prince Sami of Bahrain," spokesman Jim Bell of the United States said of President Tom Harlan.
        """
    let f = extract(body, published: "2021-03-18")
    #expect(f.meeting("Tom Harlan", "Sami") == nil)
}
