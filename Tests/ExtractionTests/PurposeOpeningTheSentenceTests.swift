import Extraction
import Testing

// A headline's "X to host ..." puts the word of purpose second in the sentence, before any room
// for a verb of travel ("was to fly ... to meet"). The status stage read the two words before it
// and trapped on an empty range. Sentences written for this test.

@Test(arguments: [
    "Samoa to host Australian Foreign Minister Penny Wong and Prime Minister Fiame Naomi Mata'afa said on Friday.",
    "Samoa to host Pacific leaders in 2030 - PM Fiame Naomi Mata'afa said after meeting Foreign Minister Penny Wong in Apia on Friday.",
    "Fiji to meet Foreign Minister Penny Wong, Prime Minister Sitiveni Rabuka said.",
])
func aWordOfPurposeSecondInTheSentenceIsReadWithoutATrip(_ sentence: String) {
    let f = extract(sentence, published: "2025-05-04")
    #expect(f.meetings.allSatisfy { $0.participants.count >= 2 })
}
