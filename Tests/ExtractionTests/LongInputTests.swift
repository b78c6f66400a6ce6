import Testing

@testable import Extraction

/// Extraction's work stays linear in the length of the article: what could grow with the square
/// of it is bounded, and the bounds are checked by counting, not by timing.

@Test func anArticleOfThousandsOfDistinctNamesMakesAtMostTheBoundedNumberOfPeople() {
    // Two thousand distinct titled names, each a person by its title, on lines of their own.
    let letters = Array("bcdfgklmnprstvz")
    func word(_ n: Int) -> String {
        var n = n
        var text = ""
        for _ in 0..<4 {
            text.append(letters[n % letters.count])
            text.append("a")
            n /= letters.count
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
    let body = (0..<2000).map { "Minister \(word($0)) \(word($0 + 7919)) spoke." }.joined(separator: "\n")
    let facts = Extractor().extract(Article(body: body))
    #expect(facts.people.count == PersonResolver.maxPeople)
    // The first people of the article are the ones kept.
    #expect(facts.people.first?.name == "\(word(0)) \(word(7919))")
}

@Test func aSurnameAmongManyNamesakesGoesToTheOneMentionedLastBeforeIt() {
    // "Kim" after several Kims goes to the nearest before it, wherever the others are.
    let body = """
        Foreign Minister Kim Sung spoke first.
        President Kim Yong then spoke.
        Minister Kim Sung spoke again later.
        Kim agreed.
        """
    let facts = Extractor().extract(Article(body: body))
    let sung = facts.people.first { $0.name == "Kim Sung" }
    #expect(sung?.mentions.contains { $0.sentence == 3 } == true)
    #expect(facts.people.first { $0.name == "Kim Yong" }?.mentions.contains { $0.sentence == 3 } == false)
}

@Test func aNameRunThatSwallowsAMeetingWordDoesNotStopExtraction() {
    // Found by `make fuzz`: a capitalised "Met" joins the name before it, so the person named
    // between two meeting words ends on the second one.
    let facts = Extractor().extract(Article(body: "Taro Kono met Sergei Lavrov and Foreign Minister Taro Kono Met"))
    #expect(facts.people.contains { $0.name == "Sergei Lavrov" })
}
