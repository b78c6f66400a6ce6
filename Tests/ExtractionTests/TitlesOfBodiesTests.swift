import Extraction
import Testing

// "Chairman of the National Assembly A B": an office that heads a body, "of", the body's name,
// then the name of the person who holds it. Sentences written for these tests.

@Test(arguments: [
    "Chairman of the National Assembly", "Chairman of the Lanh Province People's Committee", "Speaker of the State Great Khural",
])
func theNameAfterABodysNameHoldsItsOffice(_ title: String) {
    let f = extract("President Joko Widodo met \(title) Tran Van Hoa on Monday.", published: "2022-11-04")
    #expect(f.names == ["Joko Widodo", "Tran Van Hoa"])
    #expect(f.person("Tran Van Hoa")?.title == title)
    #expect(f.pairs == [["Joko Widodo", "Tran Van Hoa"]])
}

@Test func aStateAfterTheOfficeStaysAState() {
    let f = extract("President Joko Widodo met President of the Russian Federation Boris Orlov on Monday.", published: "2022-11-04")
    #expect(f.names == ["Joko Widodo", "Boris Orlov"])
    #expect(f.codes.contains("RUS"))
    #expect(f.person("Boris Orlov")?.country == "RUS")
}

// Titles written with a hyphen ("Attorney-General"), short ("CM" for a chief minister) or with a
// body or portfolio after them ("Inspector General of Police", "Minister of Cabinet Affairs").

@Test(arguments: [
    ("Attorney-General", "Attorney-General"), ("Solicitor-General", "Solicitor-General"), ("Kerala CM", "Chief Minister"),
    ("Inspector General of Police", "Inspector General of Police"), ("Minister of Cabinet Affairs", "Minister of Cabinet Affairs"),
    ("Minister of State-Owned Enterprises", "Minister of State-Owned Enterprises"),
])
func aTitleOfTheseFormsMakesThePersonAfterIt(_ written: String, _ title: String) {
    let f = extract("\(written) Tomas Vrana met Foreign Minister Wang Yi on Monday.", published: "2022-11-04")
    #expect(f.names == ["Tomas Vrana", "Wang Yi"])
    #expect(f.person("Tomas Vrana")?.title == title)
}
