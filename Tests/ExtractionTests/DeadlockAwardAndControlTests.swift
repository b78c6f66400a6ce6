import Extraction
import Testing

// Two states "deadlocked over" a listed territory, or a boundary commission that "awarded" it to
// one of them, present it as disputed; states "fighting for control of" an island present it so
// whether a list knows it or not. A war for control of a city is no territorial dispute. The
// English renderings of Bolshoy Ussuriysky Island are its names too. Own sentences; the island
// of the second test is invented.

@Test func statesDeadlockedOverAListedTownDisputeIt() {
    let f = extract("Ethiopia and Eritrea remain deadlocked over Badme, six years after the war.", published: "2006-05-02")
    #expect(names(f) == ["Badme"])
    #expect(Set(f.territories.first?.claimants ?? []) == ["ERI", "ETH"])
}

@Test func aTownAwardedByABoundaryCommissionIsDisputed() {
    let f = extract("The boundary commission awarded Badme to Eritrea, and Ethiopia has not withdrawn its troops.", published: "2006-05-02")
    #expect(names(f) == ["Badme"])
}

@Test func statesFightingForControlOfAnIslandDisputeIt() {
    let f = extract("Chile and Argentina have been fighting for control of Morrow Island for over a century.", published: "2019-07-04")
    #expect(names(f) == ["Morrow Island"])
    #expect(Set(f.territories.first?.claimants ?? []) == ["ARG", "CHL"])
}

@Test func fightingForControlOfACityIsWar() {
    let f = extract("Government troops and rebels of Syria are fighting for control of the city of Homs.", published: "2013-07-04")
    #expect(f.territories.isEmpty)
}

@Test func theEnglishNameOfBolshoyUssuriyskyIsItsName() {
    let f = extract("China's new map claims the whole of the Greater Ussuri Island, which Russia holds.", published: "2023-08-30")
    #expect(names(f) == ["Greater Ussuri Island"])
    #expect(Set(f.territories.first?.claimants ?? []) == ["CHN", "RUS"])
}
