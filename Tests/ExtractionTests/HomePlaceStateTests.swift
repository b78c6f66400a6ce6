import Extraction
import Testing

// A person's own appositive gives the state through a place: where the person comes from ("a
// Texas Republican", "a Democrat from Ohio") or the place an office serves ("the governor of
// Zanzibar"), before any state the sentences around name. Own sentences and invented names.

private func state(of name: String, in body: String) -> String? {
    extract(body, published: "2023-03-15").people.first { $0.name == name }?.country
}

@Test func placeALawmakerComesFromGivesTheState() {
    for appositive in ["a Nevada Republican", "a Republican from Nevada", "a Democrat from Ohio", "an Ohio Democrat", "a Texas lawyer"] {
        let body = "Iran welcomed the delegation. Senator Paul Kerrigan, \(appositive), backed the trade bill on Monday."
        #expect(state(of: "Paul Kerrigan", in: body) == "USA", "\(appositive)")
    }
}

@Test func placeAnOfficeServesGivesItsState() {
    #expect(state(of: "Ali Hassan", in: "Mozambique sent an envoy. Ali Hassan, the President of Zanzibar, attended the talks.") == "TZA")
}

@Test func placeWhereSomeoneSpeaksIsNotTheirs() {
    // Where the person is, not where the person comes from: the state the sentence names stays.
    #expect(state(of: "Paul Kerrigan", in: "Kenyan Senator Paul Kerrigan, speaking in Nevada on Monday, praised the visit.") == "KEN")
}
