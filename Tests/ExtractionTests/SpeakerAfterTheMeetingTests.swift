import Extraction
import Testing

// "After meeting B on Monday, A said ...", "Speaking to reporters after talks with B, A said ...":
// the meeting, with the one met named in the phrase, is the setting of what the speaker after the
// comma says, and the speaker took part. "After the audience, A said that C had accepted an
// invitation" names no one met: C is the subject of the report, not at a meeting. Own sentences
// and invented names.

@Test(arguments: [
    "After meeting Prime Minister Lena Dahl on Monday, President Omar Haddad said ties were strong.",
    "Speaking to reporters after meeting Prime Minister Lena Dahl on Monday, President Omar Haddad said ties were strong.",
    "Speaking after talks with Prime Minister Lena Dahl on Monday, President Omar Haddad said ties were strong.",
    "Speaking to reporters after his meeting with Prime Minister Lena Dahl on Monday, President Omar Haddad said ties were strong.",
])
func theSpeakerAfterTheMeetingTookPart(_ text: String) {
    let f = extract(text, published: "2022-05-12")
    #expect(f.meetings.map { Set($0.participants) } == [["Lena Dahl", "Omar Haddad"]])
    #expect(f.meetings.first?.date == Day(iso: "2022-05-09"))
}

@Test func aMeetingNamedOnlyAsTheAudienceGivesTheSpeakerNoMeetingWithWhomHeNames() {
    let f = extract(
        "King Harald received Foreign Minister Omar Haddad at the palace on Monday. Speaking to reporters after the audience, Haddad said that Prime Minister Lena Dahl had accepted an invitation to visit.",
        published: "2022-05-12")
    #expect(!f.meetings.contains { Set($0.participants) == ["Omar Haddad", "Lena Dahl"] })
}

// "'We had good talks,' A said after meeting B": the meeting word in the speaker's own words,
// in a quotation that opens the sentence and names no one, gives way to the one after it.
@Test(arguments: [
    "\"We had productive talks,\" President Omar Haddad said after meeting Prime Minister Lena Dahl on Monday.",
    "\"The discussions went well,\" President Omar Haddad said after meeting Prime Minister Lena Dahl on Monday.",
])
func aMeetingWordInAnOpeningQuotationGivesWayToTheOneAfterIt(_ text: String) {
    let f = extract(text, published: "2022-05-12")
    #expect(f.meetings.map { Set($0.participants) } == [["Lena Dahl", "Omar Haddad"]])
}
