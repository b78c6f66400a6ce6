import Extraction
import Testing

// "the Rt. Hon." before a name is a courtesy style, not the end of a sentence. Own sentences and
// invented names.

@Test func theRightHonourableAbbreviatedKeepsTheSentenceWhole() {
    let f = extract(
        "Lord Hassan held separate talks in Bridgetown with Prime Minister the Rt. Hon. Carl Brathwaite and Foreign Minister Joy Alleyne.",
        published: "2017-11-09")
    #expect(Set(f.meetings.map { Set($0.participants) }) == [["Hassan", "Carl Brathwaite"], ["Hassan", "Joy Alleyne"]])
}
