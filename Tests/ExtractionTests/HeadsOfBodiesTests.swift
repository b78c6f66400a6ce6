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

// "The heads of the two countries' border services, A and B, are to meet": the plural office
// before a phrase of "of", then the list of its holders.

@Test(arguments: ["The heads of the two countries' border services", "The heads of the two border services", "The two foreign secretaries"])
func aListInAppositionToAPluralOfficeIsOfPeople(_ office: String) {
    let f = extract("\(office), Tolkun Abdraimov and Rustam Nazarov, are to meet at the border on Monday.", published: "2022-11-04")
    #expect(f.names == ["Tolkun Abdraimov", "Rustam Nazarov"])
    #expect(f.pairs == [["Rustam Nazarov", "Tolkun Abdraimov"]])
}

@Test func aListAfterAPlaceOfManyIsNoListOfPeople() {
    let f = extract(
        "The heads of the two valleys, Alai and Chong-Alai, are flooded each spring, Foreign Minister Rustam Nazarov said.", published: "2022-11-04")
    #expect(f.names == ["Rustam Nazarov"])
}
