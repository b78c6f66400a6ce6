import Extraction
import Testing

// "visiting" as the verb of its clause ("is visiting B", "the envoys visiting B are C and D")
// reports an encounter; as an adjective ("the visiting minister C") it only describes a guest. A
// host "hosted three West African leaders" in a city on a day: a group of heads of other states
// the sentence does not name, whose named report in the next sentence takes that day and city.
// Own sentences, invented people.

@Test func aProgressiveVisitWithAPersonIsAnEncounter() throws {
    let body = "Prime Minister Lena Ostrova of Latvia is visiting President Marek Halas of Slovakia in Bratislava."
    let m = try #require(extract(body, published: "2022-06-08").meeting("Lena Ostrova", "Marek Halas"))
    #expect(m.place == "Bratislava")
    #expect(m.status == .held)
}

@Test func theVisitorsNamedAfterACopulaMeetTheirHost() throws {
    let body =
        "The heads of state visiting President Marek Halas of Slovakia today are Prime Minister Lena Ostrova of Latvia and President Tomas Kerr of Estonia."
    let f = extract(body, published: "2022-06-08")
    #expect(f.meeting("Marek Halas", "Lena Ostrova") != nil)
    #expect(f.meeting("Marek Halas", "Tomas Kerr") != nil)
}

@Test func theVisitingMinisterAloneIsNoEncounter() {
    let body = """
        The visiting Foreign Minister Lena Ostrova of Latvia told reporters that President Marek Halas of Slovakia would sign the accord.
        """
    #expect(extract(body, published: "2022-06-08").meetings.isEmpty)
}

@Test func aVisitingMinisterReceivedAfterAnotherAudienceIsHerOwn() {
    // The adjective does not make "the visiting ..." a reference to the audience told before.
    let body = """
        President Marek Halas of Slovakia received Prime Minister Jan Bor at the castle on Monday.

        President Halas also received the visiting Foreign Minister Lena Ostrova of Latvia, who brought greetings from her government.
        """
    let f = extract(body, published: "2022-06-08")
    #expect(f.meeting("Marek Halas", "Jan Bor")?.participants.count == 2)
    #expect(f.meeting("Marek Halas", "Lena Ostrova") != nil)
}

@Test func aHostedGroupOfRegionalLeadersFramesTheNamedReport() throws {
    let body = """
        President Marek Halas of Slovakia hosted three Central European leaders in Bratislava on Monday.

        Prime Minister Lena Ostrova of Latvia and President Tomas Kerr of Estonia held talks with Halas on energy.
        """
    let m = try #require(extract(body, published: "2022-06-08").meeting("Marek Halas", "Lena Ostrova"))
    #expect(m.place == "Bratislava")
    #expect(m.date == Day(iso: "2022-06-06"))
}

@Test func leadersMetInAnotherCityAreNoHostedGroup() throws {
    // "talks in C with Chinese leaders": the capitalised words after "in" and "with" are a place
    // and a party, so no group was hosted, and the talks told next are not placed in C.
    let body = """
        President Marek Halas of Slovakia arrived in Vienna on Monday on a tour that will also include talks in Beijing with Chinese leaders.

        Halas met Chancellor Lena Ostrova at her office.
        """
    let m = try #require(extract(body, published: "2022-06-08").meeting("Marek Halas", "Lena Ostrova"))
    #expect(m.status == .held)
    #expect(m.place != "Beijing")
}

@Test func aLeadersRetreatHostedIsNoGroupOfVisitors() throws {
    let body = """
        President Marek Halas of Slovakia hosted the leaders' retreat in Bratislava on Monday.

        Later in the week Halas met Chancellor Lena Ostrova in Vienna.
        """
    let m = try #require(extract(body, published: "2022-06-12").meeting("Marek Halas", "Lena Ostrova"))
    #expect(m.place == "Vienna")
}
