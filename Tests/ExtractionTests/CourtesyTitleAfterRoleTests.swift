import Extraction
import Testing

// A courtesy title between an office and its holder ("Ambassador of Samoa to Fiji Dr A") leaves
// the office and its sending state the holder's; and in a list, the office before that courtesy
// title is the next person's, not an apposition of the name before it. Own sentences and names.

private func states(_ body: String) -> [String: String] {
    Dictionary(uniqueKeysWithValues: extract(body, published: "2022-04-05").people.map { ($0.name, $0.country ?? "-") })
}

@Test func anAmbassadorsStateStandsPastACourtesyTitle() {
    #expect(states("Ambassador of Samoa to Fiji Dr Tui Leota attended the ceremony.")["Tui Leota"] == "WSM")
}

@Test func anOfficeBeforeTheNextCourtesyTitleIsNotAnApposition() {
    let found = states(
        "During the talks, Foreign Affairs Minister of Fiji Dr Josefa Rokobula, Ambassador of Samoa to Fiji Dr Tui Leota and other officials were present.")
    #expect(found["Josefa Rokobula"] == "FJI")
    #expect(found["Tui Leota"] == "WSM")
}
