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
