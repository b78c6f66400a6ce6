import Extraction
import Testing

// Territories no gazetteer lists, in sentences written for these tests: fictional places between
// real states. Each pattern of dispute has a test, and so has each thing that is not a territory.

private func only(_ f: ArticleFacts) -> TerritoryFact? {
    f.territories.count == 1 ? f.territories[0] : nil
}

private func names(_ t: TerritoryFact?) -> Set<String> { Set(t?.names.map(\.name) ?? []) }

@Test func claimsToNamesTheTerritoryAndTheAdministeringStateHoldsIt() {
    let t = only(extract("Argentina renewed its claims to the Varnok Islands, which Chile has administered since 1904."))
    #expect(names(t) == ["Varnok Islands"])
    #expect(t?.claimants == ["ARG", "CHL"])
    #expect(t?.controlledBy == "CHL")
}

@Test func sovereigntyOverTakesTheStatesOfTheSentence() {
    let t = only(extract("Peru and Ecuador each assert sovereignty over Tessaro Cay, a rock with a lighthouse."))
    #expect(names(t) == ["Tessaro Cay"])
    #expect(t?.claimants == ["ECU", "PER"])
    #expect(t?.controlledBy == nil)
}

@Test func whichBothClaimNamesTheClaimantsNotEveryStateNearby() {
    let t = only(extract("Fishing boats from Benin gathered near the Ostrel Bank, which both Ghana and Togo claim."))
    #expect(names(t) == ["Ostrel Bank"])
    #expect(t?.claimants == ["GHA", "TGO"])
}

@Test func claimedByAndIsClaimedBy() {
    let a = only(extract("Patrols avoid Lumo Reef, claimed by Kenya and Tanzania since independence."))
    #expect(names(a) == ["Lumo Reef"])
    #expect(a?.claimants == ["KEN", "TZA"])
    let b = only(extract("Vanuatu says the Korro Atoll is part of its archipelago. The Korro Atoll is also claimed by France."))
    #expect(names(b) == ["Korro Atoll"])
    #expect(b?.claimants == ["FRA", "VUT"])
}

@Test func theDisputedPlaceTakesItsClaimantsFromTheSentencesAround() {
    let t = only(
        extract(
            """
            Costa Rica accused Nicaragua of dredging a channel through its wetlands.
            Satellite images show two new trenches on the disputed Isla Varna.
            """))
    #expect(names(t) == ["Isla Varna"])
    #expect(t?.claimants == ["CRI", "NIC"])
}

@Test func hyphenatedHolderAndOccupied() {
    let a = only(extract("Tanzanian fishermen were detained near Kenyan-held Lumo Island, which Tanzania also claims."))
    #expect(names(a) == ["Lumo Island"])
    #expect(a?.claimants == ["KEN", "TZA"])
    #expect(a?.controlledBy == "KEN")
    let b = only(extract("Lebanon demands that Israel withdraw from the occupied Dravin Farms."))
    #expect(names(b) == ["Dravin Farms"])
    #expect(b?.claimants == ["ISR", "LBN"])
}

@Test func borderDisputeOverAndTheNamedDispute() {
    let a = only(extract("Guatemala and Belize took their border dispute over the Selva Corridor to the court in The Hague."))
    #expect(names(a) == ["Selva Corridor"])
    #expect(a?.claimants == ["BLZ", "GTM"])
    let b = only(extract("Senegal and Gambia met in Banjul to settle the Kantora border dispute."))
    #expect(names(b) == ["Kantora"])
    #expect(b?.claimants == ["GMB", "SEN"])
    let c = only(extract("Belize has a long-running maritime dispute with Guatemala over the Selkar Islets."))
    #expect(names(c) == ["Selkar Islets"])
}

@Test func whichACallsGivesTheNameOfThatSide() {
    let t = only(extract("Colombia sent a patrol boat to Merlin Key, which Nicaragua calls Cayo Merlino."))
    #expect(names(t) == ["Merlin Key", "Cayo Merlino"])
    #expect(t?.names.first { $0.name == "Cayo Merlino" }?.usedBy == "NIC")
    #expect(t?.claimants == ["COL", "NIC"])
}

@Test func knownAsInEachStateGivesNamesPerSide() {
    let t = only(
        extract(
            """
            Samoa and Tonga both say a small atoll is theirs.
            The atoll, known as Pelo Atoll in Samoa and Motu Pelu in Tonga, has no permanent residents.
            """))
    #expect(t?.names.first { $0.name == "Pelo Atoll" }?.usedBy == "WSM")
    #expect(t?.names.first { $0.name == "Motu Pelu" }?.usedBy == "TON")
    #expect(t?.claimants == ["TON", "WSM"])
}

@Test func aNameSaidToBeDisputedTerritoryInAppositionOrAfterACopula() {
    let a = only(extract("Sarn Creek is a 40-km-long disputed territory between India and Bangladesh."))
    #expect(names(a) == ["Sarn Creek"])
    #expect(a?.claimants == ["BGD", "IND"])
    let b = only(
        extract(
            """
            El Salvador protested to Honduras about a new jetty.
            Velo has been contested territory for decades.
            """))
    #expect(names(b) == ["Velo"])
    #expect(b?.claimants == ["HND", "SLV"])
    let c = only(extract("Boats from Azerbaijan circled Kessa -- the disputed Georgian islet -- on Monday."))
    #expect(names(c) == ["Kessa"])
    #expect(c?.claimants == ["AZE", "GEO"])
}

@Test func aListOfUnresolvedSegments() {
    let f = extract("Indonesia and Timor-Leste agreed to finish talks on two unresolved border segments – Kelmo Tasi and Dastra Lor.")
    #expect(Set(f.territories.flatMap { $0.names.map(\.name) }) == ["Kelmo Tasi", "Dastra Lor"])
    #expect(f.territories.allSatisfy { $0.claimants == ["IDN", "TLS"] })
}

@Test func aPatternOfDisputeOverListedNamesMarksThemDisputed() {
    // Both segments are in the territory list; no word of the `cue` list is in the sentence, so
    // the pattern itself must say they are disputed.
    let f = extract(
        "Jakarta and Dili hope to settle two unresolved land border segments – Noel Besi-Citrana and Bijael Sunan-Oben – this year. Indonesia and Timor-Leste will meet again."
    )
    #expect(Set(f.territories.map { $0.names[0].name }) == ["Noel Besi-Citrana", "Bijael Sunan-Oben"])
    #expect(f.territories.allSatisfy { $0.claimants == ["IDN", "TLS"] })
}

@Test func holderFromUnderControlAndAdministeredBy() {
    let a = only(extract("The Varnok Islands, which both Chile and Argentina claim, have been under Chile's control since 1904."))
    #expect(a?.controlledBy == "CHL")
    let b = only(extract("The Quell Shoal, administered by Malaysia but claimed by Brunei, lies off the coast."))
    #expect(names(b) == ["Quell Shoal"])
    #expect(b?.claimants == ["BRN", "MYS"])
    #expect(b?.controlledBy == "MYS")
}

@Test func alsoKnownAsTiesANewNameToAFoundTerritory() {
    let t = only(
        extract(
            """
            Costa Rica and Nicaragua both claim the Isla Varna wetlands.
            Nicaraguan soldiers camped on Isla Varna, also known as Isla Verde, last year.
            """))
    #expect(names(t) == ["Isla Varna", "Isla Verde"])
}

// MARK: What is not a territory

@Test func disputedElectionsClaimsAndResultsAreNotTerritories() {
    let f = extract(
        """
        Kenya and Uganda questioned the disputed election in Tanzania.
        Observers from Ghana rejected the disputed results and a disputed claim of fraud by Togo.
        """)
    #expect(f.territories.isEmpty)
}

@Test func aStateAsAWholeIsNotATerritory() {
    let f = extract(
        """
        Iraq annexed Kuwait in 1990, and Saudi Arabia feared it would be next.
        Tensions over Ukraine rose as Russia massed troops on the border with Belarus.
        """)
    #expect(f.territories.isEmpty)
}

@Test func aPlaceWhereSomethingHappenedOrAThingInDisputeIsNotATerritory() {
    let f = extract(
        """
        Chile and Peru met in Port Varnok to discuss their border.
        The dispute over the Ostrel Dam project strained ties between Ghana and Togo.
        The row over Kwame Mensah, a border official, went on.
        """)
    #expect(f.territories.isEmpty)
}

@Test func aQuarrelOverANameCountsOnlyWhereTheTextSpeaksOfTerritory() {
    let none = extract("Germany and France have a dispute over Lumatex, the chip maker, and its sale.")
    #expect(none.territories.isEmpty)
    let one = extract("Germany and France have a dispute over Lumatex, a river island on their border.")
    #expect(names(only(one)) == ["Lumatex"])
}

@Test func oneStateAloneMakesNoDispute() {
    let f = extract("Fiji says the disputed Koro Bank has been its own for a century.")
    #expect(f.territories.isEmpty)
}

@Test func anIslandClaimedByBothAfterTheName() {
    let t = only(extract("Fishermen landed on Korro, an island claimed by both Fiji and Vanuatu, at dawn."))
    #expect(names(t) == ["Korro"])
    #expect(t?.claimants == ["FJI", "VUT"])
    let u = only(extract("Troops left Dessa Valley, an area disputed between Eritrea and Djibouti."))
    #expect(names(u) == ["Dessa Valley"])
    #expect(u?.claimants == ["DJI", "ERI"])
}

@Test func theVerbDisputeBeforeAName() {
    let t = only(extract("Guyana and Suriname still dispute Marowi Corner, a forested border area."))
    #expect(names(t) == ["Marowi Corner"])
    #expect(t?.claimants == ["GUY", "SUR"])
}

@Test func aDisputedIslandNamedInTheNextSentence() {
    let t = only(
        extract(
            """
            Fiji and Tonga argue over a disputed island far to the south.
            The island, known as Televa, is under water at high tide.
            """))
    #expect(names(t) == ["Televa"])
    #expect(t?.claimants == ["FJI", "TON"])
    let none = extract(
        """
        Fiji and Tonga signed a fisheries pact.
        The island, known as Televa, is under water at high tide.
        """)
    #expect(none.territories.isEmpty)
}

@Test func knownByEachPeopleAsItsOwnName() {
    let t = only(extract("The hilltop chapel known by Armenians as Surb Kar and Azerbaijanis as Gara Kilse lies on the frontier."))
    #expect(t?.names.first { $0.name == "Surb Kar" }?.usedBy == "ARM")
    #expect(t?.names.first { $0.name == "Gara Kilse" }?.usedBy == "AZE")
    #expect(t?.claimants == ["ARM", "AZE"])
    let u = only(extract("The reef, called Banco Sur by Honduras and Arrecife Sur by Nicaragua, is a fishing ground."))
    #expect(names(u) == ["Banco Sur", "Arrecife Sur"])
}

@Test func aTerritoryNamedLikeAPersonIsNotAPerson() {
    let f = extract(
        """
        Georgia and Azerbaijan have not agreed where their border runs.
        The cave monastery known by Georgians as David Garesi and Azerbaijanis as Keshish Tepe draws pilgrims.
        """)
    #expect(only(f)?.names.first { $0.name == "David Garesi" }?.usedBy == "GEO")
    #expect(!f.names.contains("David Garesi"))
}

@Test func partOfItsTerritoryAndBelongsTo() {
    let t = only(extract("Honduras considers Isla Tigra an integral part of its territory, and El Salvador disagrees."))
    #expect(names(t) == ["Isla Tigra"])
    #expect(t?.claimants == ["HND", "SLV"])
    let u = only(extract("Fishermen still land on Koro Bank, which Fiji says belongs to it and Tonga claims as well."))
    #expect(names(u) == ["Koro Bank"])
    #expect(u?.claimants == ["FJI", "TON"])
}

@Test func aStateSayingAPlaceIsItsTerritoryClaimsIt() {
    let t = only(extract("Sudan says the Bilo Strip is its territory, but Ethiopia controls the area."))
    #expect(names(t) == ["Bilo Strip"])
    #expect(t?.claimants == ["ETH", "SDN"])
    // A state's own undisputed land said to be its own in passing is no dispute.
    #expect(extract("The minister toured the Bilo Strip, a farming area of Sudan.").territories.isEmpty)
}

@Test func theStatesTheArticleIsAboutClaimATerritoryItsOwnSentencesLeaveUnclaimed() {
    let t = only(
        extract(
            """
            Guyana protested to Suriname on Monday.
            The note was handed over in the morning.
            It followed weeks of silence.
            Soldiers were seen on the disputed Marowi Corner.
            """))
    #expect(t?.claimants == ["GUY", "SUR"])
}

@Test func aNameSaidToBeDisputedWithoutANoun() {
    let t = only(extract("Sudan and Egypt traded notes again; the Sendra Strip remains disputed."))
    #expect(names(t) == ["Sendra Strip"])
    #expect(t?.claimants == ["EGY", "SDN"])
    let none = extract("Sudan and Egypt traded notes again; the result remains disputed.")
    #expect(none.territories.isEmpty)
}

@Test func whoseSovereigntyIsDisputedAndFoughtOver() {
    let t = only(extract("Peru and Ecuador sent envoys to Cordillera Sur, whose sovereignty is disputed."))
    #expect(names(t) == ["Cordillera Sur"])
    let u = only(extract("Eritrea and Ethiopia fought over Tessem Plain, a border village, for two years."))
    #expect(names(u) == ["Tessem Plain"])
    #expect(u?.claimants == ["ERI", "ETH"])
}

@Test func aStatesPossessiveAndAnIslandOfBeforeTheName() {
    let t = only(extract("Uganda renewed its claim to Kenya's Lumasi Island, where fishermen live."))
    #expect(names(t) == ["Lumasi Island"])
    #expect(t?.claimants == ["KEN", "UGA"])
    let u = only(extract("Kenya and Uganda both claim the small rocky island of Lumasi in the lake."))
    #expect(names(u) == ["Lumasi"])
}

@Test func aNameBeforeALowercaseNounOfTerritory() {
    let t = only(extract("Troops face each other on the Dalam plateau, which both China and Bhutan claim."))
    #expect(names(t) == ["Dalam", "Dalam plateau"])
    #expect(t?.claimants == ["BTN", "CHN"])
    let u = only(extract("Kenya and Uganda argue over Mingo island. Mingo island is claimed by both."))
    #expect(names(u) == ["Mingo", "Mingo island"])
    #expect(u?.claimants == ["KEN", "UGA"])
}

@Test func aNameOpenedByANounOfTerritory() {
    let t = only(extract("Slovenia and Croatia both claim the Bay of Tessin, a fishing ground."))
    #expect(names(t) == ["Bay of Tessin"])
    let none = extract("Slovenia and Croatia both claim Border Crossings are safe.")
    #expect(none.territories.isEmpty)
}

@Test func aQuarrelBetweenAHyphenatedPairOfStatesHasBothAsClaimants() {
    let t = only(extract("Chile-Argentina tensions over the Korvala Islands rose after a patrol boat was seized."))
    #expect(names(t) == ["Korvala Islands"])
    #expect(t?.claimants == ["ARG", "CHL"])
}

@Test func theHolderOfATerritoryNamedBeforeInASentenceOfItsOwn() {
    let t = only(
        extract(
            """
            Sudan and South Sudan both claim the Varma Strip.
            South Sudan's army controls the strip.
            """))
    #expect(t?.claimants == ["SDN", "SSD"])
    #expect(t?.controlledBy == "SSD")
}

@Test func aStateNameJoinedToAWordOfHoldingHoldsTheUnknownIslandAfterIt() {
    let t = only(extract("Iran-held Kinsa Island is claimed by the United Arab Emirates."))
    #expect(names(t) == ["Kinsa Island"])
    #expect(t?.claimants == ["ARE", "IRN"])
    #expect(t?.controlledBy == "IRN")
    let u = only(extract("Taiwan-administered Selmo Island lies just off China's coast."))
    #expect(u?.claimants == ["CHN", "TWN"])
    #expect(u?.controlledBy == "TWN")
    // An island owned by a state's firm is no territory.
    #expect(extract("Workers at the Iran-owned Kinsa Bank went on strike, Iraq said.").territories.isEmpty)
}

@Test func aSentenceDisputingTheReefMakesATerritoryOfTheReefNamedBefore() {
    let t = only(
        extract(
            """
            Kenya built a jetty on Tessa Reef last year.
            Tanzania says the reef belongs to it.
            """))
    #expect(names(t) == ["Tessa Reef"])
    #expect(t?.claimants == ["KEN", "TZA"])
    let held = only(
        extract(
            """
            Sudan holds the Kasso Triangle.
            Egypt says the triangle is Egyptian and wants it back.
            """))
    #expect(names(held) == ["Kasso Triangle"])
    #expect(held?.claimants == ["EGY", "SDN"])
    #expect(held?.controlledBy == "SDN")
}

@Test func theIslandNamedBeforeIsNoTerritoryWhereTheSentenceAfterDisputesNothingOfIt() {
    for text in [
        "Tourists visited Varnok Island in Kenya.\nThe island belongs to a private company.",
        "Voters in the Varnok District went to the polls, Kenya said.\nThe district saw a disputed election, Uganda said.",
        "Kenyan divers explored Varnok Reef.\nThe reef is popular with Ugandan tourists.",
    ] {
        #expect(extract(text).territories.isEmpty, "\(text)")
    }
}

@Test func aStateSayingAPlaceBelongsToItClaimsItWithoutWordsOfTerritoryAround() {
    let t = only(extract("Djibouti says Ras Kessa belongs to it, and Eritrea disagrees."))
    #expect(names(t) == ["Ras Kessa"])
    #expect(t?.claimants == ["DJI", "ERI"])
    #expect(extract("Kenya says the Varnok Trophy belongs to it, and Uganda disagrees.").territories.isEmpty)
    #expect(extract("Kenya says Amina Varnok belongs to its team, and Uganda disagrees.").territories.isEmpty)
}

@Test func theIslandReferredBackToIsTheIslaNamedBefore() {
    let t = only(
        extract(
            """
            Nicaragua landed troops on Isla Kessa Verde.
            Costa Rica says the island is Costa Rican.
            """))
    #expect(names(t) == ["Isla Kessa Verde"])
    #expect(t?.claimants == ["CRI", "NIC"])
}

@Test func anEternalPartOfAStatesSoilIsItsClaim() {
    let t = only(extract("China told Vietnam that the Kessa islets are an inseparable part of Chinese territory."))
    #expect(names(t).contains("Kessa"))
    #expect(t?.claimants == ["CHN", "VNM"])
    // A listed territory needs no second state in the sentence: the list gives the other side.
    let listed = extract(
        """
        The United Arab Emirates protested to Iran on Monday.
        An envoy in Tehran said Abu Musa was "an eternal part of Iranian soil".
        """)
    #expect(listed.territories.count == 1)
    #expect(listed.territories.first?.claimants == ["ARE", "IRN"])
    #expect(extract("The Kessa Festival is an eternal part of Kenyan history, Uganda said.").territories.isEmpty)
}

@Test func aPatternsNameForAListedTerritoryNamedBeforeIsOneMoreOfItsNames() {
    // "Isla Conejo" is listed; "Isla del Conejo" and "Conejo Island" are found by patterns.
    for later in ["Honduras says Isla del Conejo is part of Honduras, and El Salvador disagrees.", "Honduras says the disputed Conejo Island is Honduran."] {
        let f = extract("El Salvador protested on Monday that Honduras keeps marines on Isla Conejo.\n" + later)
        #expect(f.territories.count == 1, "\(later)")
        #expect(f.territories.first?.names.count == 2, "\(later)")
        #expect(f.territories.first?.claimants == ["HND", "SLV"])
    }
}
