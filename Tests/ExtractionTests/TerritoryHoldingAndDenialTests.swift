import Extraction
import Testing

// Two families of wording around territories, each with sentences written for these tests:
// a state's forces said to have held a listed territory since a date or an event (held by one,
// so claimed by the other the list names), and a pattern of dispute that the words right after
// the name deny ("sovereignty over X is not in question").

@Test(arguments: [
    "The envoys also discussed Aksai Chin, the plateau which Chinese troops have held since 1962, though India raised no new proposal.",
    "Djibouti asked the mediators to look at Ras Doumeira, which Eritrean soldiers have held since the fighting of that summer.",
])
func listedTerritoryHeldSinceByAStateIsDisputed(_ text: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.claimants.count == 2)
    #expect(f.territories.first?.controlledBy != nil)
}

@Test(arguments: [
    // Talks and elections held since a year are no holding of land.
    "Indian and Chinese officials have held talks since 2019 in Aksai Chin and nearby towns.",
    "Kashmir has held elections since 1996, and Indian officials praised the turnout.",
    // A listed territory named where no state is named.
    "Hikers have held races since 1990 on the glacier near Siachen.",
])
func heldSinceWithoutAPlaceHeldIsNoDispute(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

@Test(arguments: [
    "Denmark's sovereignty over Kessel Island itself is not in question, Swedish officials said.",
    "Norway's sovereignty over the Varsk islands is undisputed, Sweden said on Monday.",
    "Iceland's claim to Grimsey Bank has never been challenged by Denmark.",
])
func sovereigntyDeniedToBeInQuestionIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

@Test(arguments: [
    ("Sweden disputes Denmark's sovereignty over Kessel Island.", "Kessel Island"),
    ("Denmark's sovereignty over Kessel Island is not recognised by Sweden.", "Kessel Island"),
    ("Norway's sovereignty over the Varsk islands is questioned by Sweden.", "Varsk"),
])
func sovereigntyQuestionedStaysATerritory(_ text: String, _ name: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.contains { $0.name.hasPrefix(name) } == true)
}

// Several listed places held since a date, joined as a list, each disputed; a group's listed
// name with its members in apposition stands for them, and only the members are territories.

@Test func listedTerritoriesHeldTogetherSinceADateAreEachDisputed() {
    let f = extract("Officials in New Delhi say China has held Aksai Chin and the Shaksgam Valley since the 1960s.")
    #expect(f.territories.map { $0.names[0].name }.sorted() == ["Aksai Chin", "Shaksgam Valley"])
    #expect(f.territories.allSatisfy { $0.claimants == ["CHN", "IND"] })
}

@Test func aGroupNamedWithItsMembersInAppositionGivesTheMembers() {
    let f = extract("The UAE says Iranian forces have held both Tunb islands, Greater Tunb and Lesser Tunb, since 1971.")
    #expect(f.territories.map { $0.names[0].name }.sorted() == ["Greater Tunb", "Lesser Tunb"])
    // Without its members after it, the group is the territory.
    let group = extract("The UAE says Iranian forces have held the Tunb islands since 1971.")
    #expect(group.territories.map { $0.names[0].name } == ["Tunb islands"])
}

// A description in apposition whose noun of territory is followed by where it lies, then by the
// words of claim: the phrase of where does not hide the noun.
@Test(arguments: [
    "The court awarded Kessa, an island in the Mekrou river claimed by both Benin and Niger, to Niger.",
    "Ships anchored off Tobar, a reef off the northern coast claimed by Malaysia and Brunei.",
])
func aDescribedPlaceClaimedPastAPhraseOfWhereIsATerritory(_ text: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.claimants.count == 2)
}

@Test func aPhraseOfWhereIsNotItselfClaimed() {
    // The river is where the island lies, not a territory.
    let f = extract("The court awarded Kessa, an island in the Mekrou river claimed by both Benin and Niger, to Niger.")
    #expect(f.territories.first?.names.map(\.name) == ["Kessa"])
}
