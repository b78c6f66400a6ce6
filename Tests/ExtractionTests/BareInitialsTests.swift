import Extraction
import Testing

// Initials written without full stops ("A K", "A B"), as South Asian names often are: the letter
// A opens the name, not the article. Own sentences and invented people.

@Test func theLetterABeforeABareInitialOpensAName() {
    let f = extract("Defence Minister A K Raghavan met Foreign Minister Sunil Mehra in Chennai on Tuesday.", published: "2011-02-09")
    #expect(f.names == ["A K Raghavan", "Sunil Mehra"])
    #expect(f.pairs == [["A K Raghavan", "Sunil Mehra"]])
    let three = extract("Former president A R J Mohan Pillai met Prime Minister Sunil Mehra in Kochi on Monday.", published: "2011-02-09")
    #expect(three.names.contains("A R J Mohan Pillai"))
}

/// The article before an initialism or a longer word stays an article.
@Test func theArticleAIsNoInitial() {
    let f = extract("A Nepalese delegation led by Foreign Minister Sunil Mehra arrived in Kathmandu on Monday.", published: "2011-02-09")
    #expect(f.names == ["Sunil Mehra"])
    let letter = extract("A B-52 bomber flew over the islands as Minister Sunil Mehra spoke on Monday.", published: "2011-02-09")
    #expect(letter.names == ["Sunil Mehra"])
}
