import Extraction
import Testing

// "X, known in A as Y, has been a bone of contention between A and B": the name before an aside
// set off by commas is the one the quarrel is said of, as it is without the aside. Own
// sentences, invented places between real states.

@Test func theNameBeforeAnAsideIsTheQuarrelsPlace() {
    let f = extract("Kessa Island, known in Togo as Ile de Kessa, has been a bone of contention between Benin and Togo for decades.", published: "2021-09-01")
    #expect(f.territories.count == 1)
    let names = Set(f.territories.first?.names.map(\.name) ?? [])
    #expect(names.contains("Kessa Island"))
    #expect(f.territories.first.map { Set($0.claimants) } == ["BEN", "TGO"])
}

@Test func anAsideAboutAPersonNamesNoPlace() {
    let f = extract("President Patrice Talon, who took office in 2016, has been a source of friction between Benin and Togo.", published: "2021-09-01")
    #expect(f.territories.isEmpty)
}
