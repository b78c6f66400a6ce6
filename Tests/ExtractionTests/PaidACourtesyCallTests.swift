import Extraction
import Testing

// "A paid B a courtesy call": the one called on is named between the verb and the call, as
// "paid a courtesy call on B" names them after it. Own sentences.

@Test func theOneCalledOnBetweenTheVerbAndTheCallIsMet() {
    let f = extract(
        "Deputy Prime Minister Luis Vera paid Prime Minister Mario Salas a courtesy call at the Ministry of Foreign Affairs in Lima yesterday.",
        published: "2022-10-22")
    let m = f.meeting("Luis Vera", "Mario Salas")
    #expect(m?.status == .held)
    #expect(m?.date == Day(iso: "2022-10-21"))
    #expect(m?.place == "Lima")
}

@Test func aTributePaidToSomeoneIsNoCall() {
    let f = extract(
        "Deputy Prime Minister Luis Vera paid Prime Minister Mario Salas a warm tribute in a speech to parliament yesterday.",
        published: "2022-10-22")
    #expect(f.meetings.isEmpty)
}
