import Extraction
import Testing

// "the two foreign ministers" after a pair of prime ministers names other people, not that pair.
// Own sentences and invented people.

@Test func theTwoForeignMinistersAreNotThePrimeMinistersJustReported() {
    let f = extract(
        """
        Prime Minister Arun Mehta will hold a virtual summit with Prime Minister Tran Van Minh on December 21. \
        On August 25, the joint trade commission co-chaired by the two foreign ministers met in Hanoi.
        """, published: "2020-12-19")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.map(\.status) == [.planned])
}

/// The same words after a pair of foreign ministers still mean that pair.
@Test func theTwoForeignMinistersAreThePairOfForeignMinisters() {
    let f = extract(
        """
        Foreign Minister Arun Mehta spoke by telephone with Foreign Minister Tran Van Minh on Monday. \
        On August 25, the joint trade commission co-chaired by the two foreign ministers met in Hanoi.
        """, published: "2020-12-19")
    #expect(f.meetings.contains { $0.place == "Hanoi" && Set($0.participants) == ["Arun Mehta", "Tran Van Minh"] })
}
