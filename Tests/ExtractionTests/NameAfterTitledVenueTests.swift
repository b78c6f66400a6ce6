import Extraction
import Testing

// A name set off by a comma after a venue word is the venue's name ("the palace, Belvedere,"),
// unless it opens with a given name or the venue word is the body a title serves ("the speaker of
// the House, A B,"). Own sentences and invented names.

@Test func holderOfATitleOfTheHouseIsAPerson() {
    for sentence in [
        "Foreign Secretary Tom Harlow met the speaker of the House, Dara Quill, on Tuesday.",
        "The speaker of the House, Dara Quill, met Foreign Secretary Tom Harlow on Tuesday.",
        "Foreign Secretary Tom Harlow toured the lodge, Gerald Minsky said on Tuesday.",
    ] {
        let f = extract(sentence, published: "2023-03-15")
        #expect(f.people.contains { $0.name == (sentence.contains("Minsky") ? "Gerald Minsky" : "Dara Quill") }, "\(sentence)")
    }
    let f = extract("Foreign Secretary Tom Harlow met the speaker of the House, Dara Quill, on Tuesday.", published: "2023-03-15")
    #expect(f.meetings.map { Set($0.participants) } == [["Tom Harlow", "Dara Quill"]])
}

@Test func nameOfAVenueAfterItsWordIsStillNoPerson() {
    let f = extract("President Ivo Marsh received Prime Minister Ola Brenn at the palace, Belvedere Kross, on Monday.", published: "2023-03-15")
    #expect(!f.people.contains { $0.name == "Belvedere Kross" })
    #expect(f.meetings.map { Set($0.participants) } == [["Ivo Marsh", "Ola Brenn"]])
}
