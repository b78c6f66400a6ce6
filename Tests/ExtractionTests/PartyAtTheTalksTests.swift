import Extraction
import Testing

// "The Fijian delegation at the talks included A and B": the members of a party placed at the
// talks just reported join them, as "The delegation included A and B" does; a list that names
// no party ("The agenda at the talks included ...") does not. Own sentences and invented names.

@Test func membersOfAPartyAtTheTalksJoinThem() {
    let f = extract(
        "Samoan Prime Minister Arnold Tavita met Fijian Prime Minister Josefa Rokobula on Monday. The Fijian delegation at the talks included Finance Minister Tui Leota and Trade Minister Mele Vaka.",
        published: "2022-04-05")
    #expect(f.meetings.map { Set($0.participants) } == [["Arnold Tavita", "Josefa Rokobula", "Tui Leota", "Mele Vaka"]])
}

@Test func aListAtTheTalksThatNamesNoPartyJoinsNoOne() {
    let f = extract(
        "Samoan Prime Minister Arnold Tavita met Fijian Prime Minister Josefa Rokobula on Monday. The agenda at the talks included a letter from Finance Minister Tui Leota.",
        published: "2022-04-05")
    #expect(f.meetings.map { Set($0.participants) } == [["Arnold Tavita", "Josefa Rokobula"]])
}
