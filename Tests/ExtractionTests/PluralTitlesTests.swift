import Extraction
import Testing

// "Cabinet Secretaries A and B": a listed title of several words in the plural, right before
// names, is the title of each. Sentences written for these tests.

@Test(arguments: ["Cabinet Secretaries", "Deputy Foreign Ministers", "Secretaries of State"])
func aPluralTitleBeforeNamesIsATitleOfEach(_ title: String) {
    let f = extract("Kenyan \(title) Wanjiru Otieno and Amani Chebet met Chinese Foreign Minister Wang Yi on Monday.", published: "2022-11-04")
    #expect(f.names == ["Wanjiru Otieno", "Amani Chebet", "Wang Yi"])
}

@Test func aPluralTitleNamingAGroupMakesNoOneOfTheWordsAfterIt() {
    let f = extract(
        "The Cabinet Secretaries Retreat opened in Nairobi on Monday. The two cabinet secretaries would meet again, Foreign Minister Wang Yi said.",
        published: "2022-11-04")
    #expect(f.names == ["Wang Yi"])
}

@Test(arguments: [
    ("cabinet secretary", "cabinet secretaries"), ("secretary of state", "secretaries of state"),
    ("deputy chairman", "deputy chairmen"), ("foreign minister", "foreign ministers"), ("prime minister", "prime ministers"),
    ("president", "president"), ("foreign ministers", "foreign ministers"),
])
func titlesTakeThePluralOnTheirHeadNoun(_ title: String, _ plural: String) {
    #expect(TitlePlurals.plural(of: title) == plural)
}
