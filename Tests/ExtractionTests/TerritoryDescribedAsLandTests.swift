import Extraction
import Testing

// A quarrel over a name ("a dispute over X") makes a territory of it only where the text speaks of
// land; a description in apposition right after the name that ends in a noun of territory ("X, a
// sandbank in the Gulf of Paria") says it is land as a noun in the name does. Sentences written for
// these tests, with invented places between real states.

@Test(arguments: [
    "Trinidad and Tobago's prime minister met Venezuela's foreign minister. The talks covered trade and a dispute over Corvo Bank, a sandbank in the Gulf of Paria that Venezuela calls Banco Corvo.",
    "Namibia's president met Botswana's foreign minister. They discussed a long dispute over Sedudo, an island that both sides say is theirs.",
    "Peru and Ecuador held talks in Quito on Monday. Ministers spoke of a row over Tambo Alto, a ridge near the Condor range.",
])
func quarrelOverANameDescribedAsLandIsATerritory(_ text: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.claimants.count == 2)
}

@Test func theSidesNameIsOneMoreNameOfTheSandbank() {
    let f = extract(
        "Trinidad and Tobago's prime minister met Venezuela's foreign minister. The talks covered trade and a dispute over Corvo Bank, a sandbank in the Gulf of Paria that Venezuela calls Banco Corvo."
    )
    #expect(f.territories.first?.names.map(\.name) == ["Corvo Bank", "Banco Corvo"])
    #expect(f.territories.first?.claimants == ["TTO", "VEN"])
}

@Test(arguments: [
    // A company, a person, a block of shares: described, but not as land.
    "Trinidad and Tobago's prime minister met Venezuela's foreign minister. The talks covered trade and a dispute over Orion Holdings, a company in Caracas.",
    "Trinidad and Tobago's prime minister met Venezuela's foreign minister. They discussed a dispute over Bakari, a village chief in the south.",
    "Trinidad and Tobago's prime minister met Venezuela's foreign minister. They settled a dispute over Orion, a block of shares held in Caracas.",
    "Trinidad and Tobago's prime minister met Venezuela's foreign minister. A dispute over Marvel Bank, a lender in Port of Spain, was not raised.",
])
func quarrelOverANameNotDescribedAsLandIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

// "X, a rocky islet off the coast of Y that A calls Z and B calls W": each side's name after a
// long description of where the place lies is one more name of the place the description is said
// of, not a territory of its own.
@Test func eachSidesNameAfterALongDescriptionJoinsThePlace() {
    let f = extract(
        "Indonesia and Timor-Leste agreed to settle the border. One segment concerns Kessa Island, a rocky islet off the coast of the Oecusse enclave that Timorese call Fatu Kessa and Indonesians call Pulau Kessa."
    )
    #expect(f.territories.count == 1)
    #expect(Set(f.territories.first?.names.map(\.name) ?? []) == ["Kessa Island", "Fatu Kessa", "Pulau Kessa"])
    #expect(f.territories.first?.claimants == ["IDN", "TLS"])
}
