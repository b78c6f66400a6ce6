import Testing

@testable import Extraction

/// The reading of territories stays linear in the length of a sentence: what could grow with its
/// square is bounded, and the bounds are checked by counting, not by timing.

@Test func aSentenceOfHundredsOfDisputedNamesGivesAtMostTheBoundedNumber() {
    let letters = Array("bdgklmnprstvz")
    func name(_ n: Int) -> String {
        var n = n
        var text = ""
        for _ in 0..<3 {
            text.append(letters[n % letters.count])
            text.append("o")
            n /= letters.count
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
    let list = (0..<600).map { "the disputed \(name($0)) Cay" }.joined(separator: ", ")
    let facts = Extractor().extract(Article(body: "Chile and Argentina both claim \(list)."))
    // The splitter cuts so long a sentence into pieces; each piece gives at most the bound.
    #expect(facts.sentences.count * UnlistedTerritoryFinder.maxPerSentence < 600)
    #expect(facts.territories.count <= facts.sentences.count * UnlistedTerritoryFinder.maxPerSentence)
    #expect(facts.territories.first?.names.first?.name == "\(name(0)) Cay")
}

@Test func aTerritoryGivenHundredsOfNamesKeepsTheBoundedNumber() {
    let letters = Array("bdgklmnprstvz")
    func name(_ n: Int) -> String {
        var n = n
        var text = ""
        for _ in 0..<3 {
            text.append(letters[n % letters.count])
            text.append("e")
            n /= letters.count
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
    let ties = (1..<300).map { "Isla \(name(0)), also known as Isla \(name($0)), lies off the coast." }.joined(separator: "\n")
    let facts = Extractor().extract(Article(body: "Costa Rica and Nicaragua both claim Isla \(name(0)).\n" + ties))
    #expect(facts.territories.count == 1)
    #expect(facts.territories.first?.names.count == TerritoryExtractor.maxNames)
}
