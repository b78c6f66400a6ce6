import Extraction
import Testing

// "X, which A calls Y": a state's own name for a territory no list knows is one more name of the
// same territory, with that state as its side, never a territory of its own. Sentences written
// for these tests: fictional places between real states.

/// Each name of the one territory found, as "name@side" ("name@" where no side is given).
private func sides(_ f: ArticleFacts) -> Set<String>? {
    guard f.territories.count == 1 else { return nil }
    return Set(f.territories[0].names.map { "\($0.name)@\($0.usedBy ?? "")" })
}

@Test func aNameOneSideCallsAPlaceIsReadWhereNoListKnowsIt() {
    // "Northern" alone is no name; opening a name a state calls a place by, it is one.
    let f = extract("Russia holds the Korvo islands, which Japan calls the Northern Korvos.")
    #expect(sides(f) == ["Korvo@", "Korvo islands@", "Northern Korvos@JPN"])
    #expect(f.territories.first?.claimants == ["JPN", "RUS"])
    #expect(f.territories.first?.controlledBy == "RUS")
}

@Test func twoStatesCallingAPlaceByNameInOneClause() {
    let f = extract("The shoal, which China calls Varno Dao and the Philippines calls Bajo Varno, is a fishing ground.")
    #expect(sides(f) == ["Varno Dao@CHN", "Bajo Varno@PHL"])
    #expect(f.territories.first?.claimants == ["CHN", "PHL"])
}

@Test func eachSidesNameOfANamedPlaceJoinsItsOneTerritory() {
    let f = extract("Fishermen from Vietnam were chased from the Tesso islands, which China calls Tesha and Vietnam calls Dao Tesso.")
    #expect(sides(f) == ["Tesso@", "Tesso islands@", "Tesha@CHN", "Dao Tesso@VNM"])
    #expect(f.territories.first?.claimants == ["CHN", "VNM"])
}

@Test func aStateCallingThePlaceNamedBeforeByItsOwnName() {
    let f = extract(
        """
        South Korea and Japan both claim the Korvo Rocks.
        Japan calls them Korvoshima.
        South Korea calls them Korvodo.
        """)
    #expect(sides(f) == ["Korvo Rocks@", "Korvoshima@JPN", "Korvodo@KOR"])
    #expect(f.territories.first?.claimants == ["JPN", "KOR"])
}

@Test func whatAStateCallsAPlanOrAPlaceItClaimsIsNoName() {
    #expect(extract("The United States calls the plan Operation Varnok, and Russia calls it aggression.").territories.isEmpty)
    #expect(extract("Chile calls the agreement the Santiago Accord, and Peru calls it a mistake.").territories.isEmpty)
    // "calls X its own" says whose X is, not what X is called.
    let f = extract("China and Japan both claim the Tessara Islands.\nJapan calls them its own, and China calls them Dianyu.")
    #expect(sides(f) == ["Tessara Islands@", "Dianyu@CHN"])
}

@Test func twoStatesCallingThePlaceNamedBeforeByTheirNamesInOneSentence() {
    let f = extract(
        """
        The Philippines and China both claim Tessa Reef.
        Manila calls it Bajo Tessa, and Beijing calls it Tessa Jiao.
        """)
    #expect(sides(f) == ["Tessa Reef@", "Bajo Tessa@PHL", "Tessa Jiao@CHN"])
    #expect(f.territories.first?.claimants == ["CHN", "PHL"])
}

@Test func aStateReferringToThePlaceAsItsOwnNameIsOneSide() {
    let f = extract("Colombia refers to the cays as Cayos Mirra, while Nicaragua calls them Mirra Keys.")
    #expect(sides(f) == ["Cayos Mirra@COL", "Mirra Keys@NIC"])
    #expect(f.territories.first?.claimants == ["COL", "NIC"])
    // What a state refers to a plan or a person as is no place's name.
    #expect(extract("Kenya refers to the plan as Vision Varnok, while Uganda calls it a mistake.").territories.isEmpty)
}

@Test func knownInEachStateAsItsOwnName() {
    let f = extract("The atoll, known in Malaysia as Terumbu Kessa and in Indonesia as Karang Kessa, is tiny.")
    #expect(sides(f) == ["Terumbu Kessa@MYS", "Karang Kessa@IDN"])
    #expect(f.territories.first?.claimants == ["IDN", "MYS"])
    // A ship, a dish or a festival known by two names in two states is no territory.
    for thing in [
        "The vessel, known in Japan as Maru Kessa and in China as Kessa Hao, sank.",
        "The dish, known as Varnok Pilaf in Iran and Varnok Polo in Iraq, is eaten at weddings.",
    ] {
        #expect(extract(thing).territories.isEmpty, "\(thing)")
    }
}

@Test func aNameWithAParticleJoinedByAHyphenIsOneName() {
    let f = extract("The shoal, called Fasht al-Kessa by Bahrain and Qit'at al-Kessa by Qatar, is tiny.")
    #expect(sides(f) == ["Fasht al-Kessa@BHR", "Qit'at al-Kessa@QAT"])
}
