import Extraction
import Testing

// A territory named once and disputed in a later sentence that refers back to it by a noun ("the
// island", "the coastal strip", "the outcrop"); names given per side; places named together. All
// sentences are written for these tests: fictional places between real states.

private func only(_ f: ArticleFacts) -> TerritoryFact? {
    f.territories.count == 1 ? f.territories[0] : nil
}

private func names(_ t: TerritoryFact?) -> Set<String> { Set(t?.names.map(\.name) ?? []) }

/// Two sentences: the place named, then the claim said of "the NOUN".
private struct BackReference: Sendable, CustomTestStringConvertible {
    let text: String
    let name: String
    let claimants: [String]
    var holder: String? = nil
    var testDescription: String { text }
}

private let backReferences: [BackReference] = [
    // A phrase of owning a few words after the noun.
    BackReference(
        text: "Kenyan fishermen landed on Varsel Island on Monday. Uganda says the island has always been part of its territory, and Kenya disagrees.",
        name: "Varsel Island", claimants: ["KEN", "UGA"]),
    // A verb of claiming before it, past one lowercase word; the holder in the clause after.
    BackReference(
        text: "Ethiopian soldiers patrolled the Melka Strip this week. Eritrea has long claimed the coastal strip, which Ethiopia has held since 2000.",
        name: "Melka Strip", claimants: ["ERI", "ETH"], holder: "ETH"),
    BackReference(
        text: "Yemeni officials visited Hara Island last month. Eritrea disputes Yemen's control of the island.", name: "Hara Island",
        claimants: ["ERI", "YEM"]),
    // "claims it" later in the sentence.
    BackReference(
        text: "A Chinese coast guard ship was seen near Kessa Reef. The Philippines insists the reef lies within its waters, while China claims it as its own.",
        name: "Kessa Reef", claimants: ["CHN", "PHL"]),
    // A noun of the same kin: the outcrop is the rock named before.
    BackReference(
        text: "A Turkish fishing boat ran aground on Kardal Rock. Greece and Turkey both claim the outcrop.", name: "Kardal Rock",
        claimants: ["GRC", "TUR"]),
    // A lowercase noun after the name: "Kul-Besh meadow", then "the meadow".
    BackReference(
        text: "Herders drove their flocks into Kul-Besh meadow on Monday. Kyrgyzstan and Tajikistan both claim the meadow.", name: "Kul-Besh",
        claimants: ["KGZ", "TJK"]),
]

@Test(arguments: backReferences)
private func aLaterSentenceDisputingTheNounMakesATerritoryOfTheNameBefore(_ c: BackReference) {
    let t = only(extract(c.text))
    #expect(names(t).contains(c.name))
    #expect(t?.claimants == c.claimants)
    if let holder = c.holder { #expect(t?.controlledBy == holder) }
}

@Test func aLaterSentenceThatDisputesNothingOfTheNounMakesNoTerritory() {
    for text in [
        "Kenyan fishermen landed on Varsel Island on Monday. Uganda says the island has always been a good place to fish, and Kenya agrees.",
        "Tourists from Greece and Turkey visited Kardal Rock. A storm kept the boats at the outcrop for a day.",
        "Herders from Kyrgyzstan and Tajikistan drove their flocks into Kul-Besh meadow. The meadow is green in May.",
        "Yemeni officials visited Hara Island last month. Eritrea praised Yemen's care of the island.",
        // The noun of another kin: a meadow is no island.
        "Herders drove their flocks into Kul-Besh meadow on Monday. Kyrgyzstan and Tajikistan both claim the island.",
    ] {
        #expect(extract(text).territories.isEmpty, "\(text)")
    }
}

@Test func pasturesSandbanksAndMeadowsAreNounsOfTerritory() {
    let row = only(extract("Kyrgyzstan and Uzbekistan are locked in a row over the Chalkar pastures, which herders from both sides use."))
    #expect(names(row).contains("Chalkar pastures"))
    #expect(row?.claimants == ["KGZ", "UZB"])
    let sand = only(extract("Indonesia and Malaysia both claim the Ambat sandbanks off Borneo."))
    #expect(names(sand) == ["Ambat", "Ambat sandbanks"])
    #expect(extract("Kyrgyzstan and Uzbekistan are locked in a row over the price of gas, which herders from both sides buy.").territories.isEmpty)
}

@Test func listedIslandsNamedTogetherAreOneTerritoryEachWhereTheListKeepsThemApart() {
    let pair = extract("Saudi Arabia has claimed Tiran and Sanafir islands since 1950, and Egyptian courts disputed their transfer.")
    // The list's name as the article writes it: "Sanafir islands".
    #expect(pair.territories.map { $0.names[0].name }.sorted() == ["Sanafir islands", "Tiran"])
    #expect(pair.territories.allSatisfy { $0.claimants == ["EGY", "SAU"] })
    let tunbs = extract("The UAE claims Abu Musa, Greater Tunb and Lesser Tunb, which Iran has held since 1971.")
    #expect(tunbs.territories.count == 3)
    // Named as one ("the Greater and Lesser Tunbs"), they stay one.
    let joint = extract("The UAE claims Abu Musa and the Greater and Lesser Tunbs, which Iran has held since 1971.")
    #expect(joint.territories.count == 2)
}

// MARK: Names per side

@Test func theIslandASideCallsByItsOwnNameIsTheIslandNamedBefore() {
    let t = only(
        extract("Croatian police patrolled Tessel Island on the Danube. The island, which Serbs call Teslo, is claimed by both Croatia and Serbia."))
    #expect(t?.names.map(\.name) == ["Tessel Island", "Teslo"])
    #expect(t?.names.last?.usedBy == "SRB")
    #expect(t?.claimants == ["HRV", "SRB"])
}

@Test func aDescribedIslandThatASideCallsByItsOwnNameIsDisputed() {
    for (text, name, side, sideName) in [
        ("Serbian police detained two Croatian fishermen near Vukarin, the wooded Danube island that Serbs call Vukarica.", "Vukarin", "SRB", "Vukarica"),
        (
            "Zambia and Congo will discuss Tulunga Island, a fishing island in Lake Mweru that the DRC calls Ile Tulunga.", "Tulunga Island", "COD",
            "Ile Tulunga"
        ),
    ] {
        let t = only(extract(text))
        #expect(t?.names.first?.name == name, "\(text)")
        #expect(t?.names.first { $0.name == sideName }?.usedBy == side, "\(text)")
    }
    // No state names the place: a man calls a town home.
    #expect(extract("Kenya's president flew to Lamu Town, the coastal town that he calls home, after meeting Uganda's leader.").territories.isEmpty)
}

@Test func aNameKnownInOneStateBetweenCommasLeavesThePlaceItIsSaidOf() {
    let disputed = only(extract("The river island of Vukar, known as Vukarac in Serbia, has been disputed since 1991. Serbia and Croatia both claim it."))
    #expect(disputed?.names.map(\.name) == ["Vukar", "Vukarac"])
    #expect(disputed?.names.last?.usedBy == "SRB")
    let claimed = only(extract("The islet of Poros, known as Porosi in Albania, is also claimed by Greece."))
    #expect(claimed?.names.map(\.name) == ["Poros", "Porosi"])
    #expect(claimed?.claimants == ["ALB", "GRC"])
    #expect(extract("The festival of Vukar, known as Vukarac in Serbia, has been held since 1991.").territories.isEmpty)
}

// MARK: Wordings of a state's own

@Test func aStateConsideringAPlaceItsOwnClaimsIt() {
    let own = only(extract("Venezuela considers the Isla Baja its own, though Guyana has administered it since 1966."))
    #expect(names(own) == ["Isla Baja"])
    #expect(own?.claimants == ["GUY", "VEN"])
    #expect(own?.controlledBy == "GUY")
    let water = only(
        extract(
            "Malawi says its border runs along the eastern shore of Lake Nyassar. Tanzania considers the lake Tanzanian water up to the middle."))
    #expect(names(water) == ["Lake Nyassar"])
    #expect(water?.claimants == ["MWI", "TZA"])
    for text in [
        "Kenya considers the Nairobi proposal its own, and Uganda supports it.", "Ghana considers Kofi Annan its own, and Togo agrees.",
        "Malawi says its trade runs through the port of Lake Nyassar. Tanzania considers the lake a good place to fish.",
    ] {
        #expect(extract(text).territories.isEmpty, "\(text)")
    }
}

// MARK: Places named together

@Test func placesNamedTogetherAfterAWordOfClaimingAreATerritoryEach() {
    for text in [
        "Egypt agreed in 2016 to hand Korvo and Tessel islands to Saudi Arabia, a transfer that Egyptian courts disputed.",
        "Uganda renewed its claims to Korvo and Tessel on Monday, angering Kenya.",
        "Kenya and Uganda both claim Korvo and Tessel, two islands in Lake Victoria.",
    ] {
        let f = extract(text)
        #expect(f.territories.count == 2, "\(text)")
        #expect(f.territories.map { $0.names[0].name } == ["Korvo", "Tessel"], "\(text)")
    }
    // A thing handed over is no territory, nor a thing among places.
    #expect(extract("France agreed to hand the Nobel Medal and Diploma to Germany for an exhibition.").territories.isEmpty)
    #expect(extract("Egypt agreed to hand Korvo Holdings and its assets to Saudi Arabia.").territories.isEmpty)
}

@Test func theNounOfTheNameBeforeMayOpenIt() {
    // "the island of X", "the sandbar of X": the name after the noun and "of".
    let t = only(
        extract("Croatia controls the island of Sarengrad Ada, known as Sarengradska in Serbia. Serbia says the island belongs to it."))
    #expect(t?.names.map(\.name) == ["Sarengrad Ada", "Sarengradska"])
    #expect(t?.claimants == ["HRV", "SRB"])
    #expect(extract("Croatia controls the island of Sarengrad Ada. Serbia says the island is a fine place for birds.").territories.isEmpty)
}

@Test func aClaimAboutThePlaceIsNoClaimToIt() {
    #expect(extract("Officials from Greece visited Tulan Islet on Monday. Turkey claimed the islet was safe for tourists.").territories.isEmpty)
    let t = only(extract("A Greek frigate sailed past Tulan Islet. Athens and Ankara both claim the islet."))
    #expect(t?.claimants == ["GRC", "TUR"])
}

@Test func aSidesNameSetApartOrKnownToItIsOneMoreNameOfThePlace() {
    for text in [
        "Croatian police patrolled Tessel (Teslo to Serbs), which both Croatia and Serbia claim.",
        "Tessel, known to Serbs as Teslo, has been contested since 1991 by Croatia and Serbia.",
    ] {
        let t = only(extract(text))
        #expect(t?.names.map(\.name) == ["Tessel", "Teslo"], "\(text)")
        #expect(t?.names.last?.usedBy == "SRB", "\(text)")
        #expect(t?.claimants == ["HRV", "SRB"], "\(text)")
    }
    #expect(extract("Tessel, known to Serbs as a fine singer, has been praised since 1991 by Croatia and Serbia.").territories.isEmpty)
}

@Test func aPlaceAStateSaysIsItsLandInAClauseIsDisputed() {
    let t = only(extract("Azerbaijani soldiers dug trenches in the Tavush meadows, which Armenia says are Armenian land."))
    #expect(names(t) == ["Tavush", "Tavush meadows"])
    #expect(t?.claimants == ["ARM", "AZE"])
    #expect(extract("Azerbaijani farmers grazed sheep in the Tavush meadows, which Armenia says are green in May.").territories.isEmpty)
}

@Test func aPlaceNamedBareIsTheEnclaveTheNextSentenceDisputes() {
    for (text, name, claimants) in [
        ("Residents of Dorvan fled on Tuesday as shelling resumed. Both Armenia and Azerbaijan claim the enclave.", "Dorvan", ["ARM", "AZE"]),
        ("Tongan sailors raised a flag on Minvera Rift in June. Fiji, which also claims the atoll, sent a navy ship.", "Minvera Rift", ["FJI", "TON"]),
    ] {
        let t = only(extract(text))
        #expect(names(t) == [name], "\(text)")
        #expect(t?.claimants == claimants, "\(text)")
    }
    for text in [
        // A venue, a place where ministers met, a person, two names, a word too broad ("the area").
        "Talks were held at Lancaster House. Both Argentina and Britain claim the islands.",
        "Ministers from Armenia and Azerbaijan met in Chateau Vorne on Monday. Both claim the enclave.",
        "A statement of Nikol Pashinyan was read on Monday. Both Armenia and Azerbaijan claim the enclave.",
        "Shells fell on Dorvan and on Kessel on Tuesday. Both Armenia and Azerbaijan claim the enclave.",
        "Workers of Varnok Mining went on strike in June. Kenya and Uganda both claim the area.",
    ] {
        #expect(extract(text).territories.isEmpty, "\(text)")
    }
}

@Test func aListedTerritoryAStateNoLongerClaimsIsNoDispute() {
    #expect(extract("Nigeria handed the Bakassi peninsula over to Cameroon in 2008 and no longer claims it.").territories.isEmpty)
    #expect(extract("Nigeria handed the Bakassi peninsula over to Cameroon in 2008, but still claims it.").territories.count == 1)
}

@Test func islandsCededByAStateAreDisputedWhereTheTextSpeaksOfTerritory() {
    let t = only(extract("Sri Lanka says the islets of Kattan were ceded by India in 1974, a transfer Indian fishermen still reject."))
    #expect(names(t) == ["Kattan"])
    #expect(t?.claimants == ["IND", "LKA"])
    #expect(extract("Sri Lanka says the Kattan Prize was ceded by India in 1974, and Indian writers agree.").territories.isEmpty)
    #expect(extract("Varnok was ceded by Russia in 1867, and China's historians still write of it.").territories.isEmpty)
}

@Test func eachSidesNameInAppositionToTheIslandIsOneMoreNameOfIt() {
    let t = only(extract("The island, Teslo to Serbs and Tessel to Croatians, is claimed by both Croatia and Serbia."))
    #expect(t?.names.map(\.name) == ["Teslo", "Tessel"])
    #expect(t?.names.map(\.usedBy) == ["SRB", "HRV"])
    #expect(t?.claimants == ["HRV", "SRB"])
    // Two names of a dish are no territory's.
    #expect(extract("The dish, Sarma to Serbs and Sarmica to Croatians, is loved in both Croatia and Serbia.").territories.isEmpty)
}
