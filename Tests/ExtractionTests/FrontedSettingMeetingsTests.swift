import Extraction
import Testing

// "On the margins of the summit, A had bilateral meetings with B and C": the gathering of a
// fronted phrase says where; the meetings in the plural after its comma are one encounter with
// each guest. Sentences written for these tests.

@Test(arguments: ["On the margins of the summit", "At the summit", "During the summit"])
func pluralMeetingsAfterAFrontedGatheringAreOneWithEachGuest(_ fronted: String) {
    let body =
        "\(fronted), Prime Minister Jacinda Ardern had bilateral meetings with Japanese Prime Minister Shinzo Abe and Chilean President Sebastian Pinera."
    let f = extract(body, published: "2018-11-17")
    #expect(Set(f.pairs) == [["Jacinda Ardern", "Shinzo Abe"], ["Jacinda Ardern", "Sebastian Pinera"]])
}

@Test func aSingleMeetingAfterAFrontedGatheringStaysOne() {
    let body = "On the sidelines of the summit, Prime Minister Jacinda Ardern and Japanese Prime Minister Shinzo Abe held a separate meeting."
    #expect(extract(body, published: "2018-11-17").pairs == [["Jacinda Ardern", "Shinzo Abe"]])
}
