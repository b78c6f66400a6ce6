import Extraction
import Testing

// "A B, head of the State Security Committee," and "security chief A B": the head of a body and
// a chief of security are offices that make the name beside them a person's. Sentences written
// for these tests.

@Test(arguments: [
    "Tolkun Abdraimov, head of Kyrgyzstan's State Border Service, held talks with Tajik Foreign Minister Rustam Nazarov on Monday.",
    "The head of Kyrgyzstan's State Border Service, Tolkun Abdraimov, held talks with Tajik Foreign Minister Rustam Nazarov on Monday.",
    "Kyrgyz security chief Tolkun Abdraimov held talks with Tajik Foreign Minister Rustam Nazarov on Monday.",
])
func theHeadOfABodyIsAPerson(_ body: String) {
    let f = extract(body, published: "2022-11-04")
    #expect(f.names == ["Tolkun Abdraimov", "Rustam Nazarov"])
    #expect(f.pairs == [["Rustam Nazarov", "Tolkun Abdraimov"]])
    #expect(f.person("Tolkun Abdraimov")?.country == "KGZ")
}

@Test func headAsAVerbMakesNoOne() {
    let f = extract("Delegates will head to Osh on Monday. Tajik Foreign Minister Rustam Nazarov said the talks would resume.", published: "2022-11-04")
    #expect(f.names == ["Rustam Nazarov"])
}
