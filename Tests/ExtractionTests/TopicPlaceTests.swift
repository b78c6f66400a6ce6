import Extraction
import Testing

// A place after a verb of discussing is the topic's, not the encounter's: "met and discussed the
// exercise under way in C", "met to discuss the situation in C". A place before it stays the
// encounter's. Own sentences.

@Test func aPlaceAfterAVerbOfDiscussingIsNotTheEncountersPlace() {
    #expect(
        meetingPlace(
            "President Hu Jintao and President Vladimir Putin met on Thursday and discussed the military exercise in Chelyabinsk.",
            of: ["Hu Jintao", "Vladimir Putin"], published: "2007-08-17") == .some(nil))
    #expect(
        meetingPlace(
            "Foreign Minister Ana Ruiz met her Chilean counterpart Pablo Rojas on Monday to discuss the flooding in Arica.",
            of: ["Ana Ruiz", "Pablo Rojas"], published: "2007-08-17") == .some(nil))
}

@Test func aPlaceBeforeTheVerbOfDiscussingIsTheEncountersPlace() {
    #expect(
        meetingPlace(
            "Foreign Minister Ana Ruiz met her Chilean counterpart Pablo Rojas in Lima on Monday to discuss the flooding in Arica.",
            of: ["Ana Ruiz", "Pablo Rojas"], published: "2007-08-17") == "Lima")
}
