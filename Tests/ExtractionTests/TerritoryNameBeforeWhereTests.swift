import Extraction
import Testing

// "X in Y, is claimed by A and B": the name after a word of where is where the place lies, or
// the language of its name, not the place claimed. Sentences written for these tests.

@Test(arguments: [
    (
        "The skerry at the centre of the row, Varn Rock to English speakers and Varnaskeri in Faroese, is claimed by both Iceland and Norway.",
        "Varnaskeri", "Faroese"
    ),
    ("The island at the heart of the quarrel, Kessa Island in Lake Zorn, is claimed by both Kenya and Uganda.", "Kessa Island", "Lake Zorn"),
    ("The islet, Tulo Cay off Punta Vera, is also claimed by Honduras, and Nicaragua patrols it.", "Tulo Cay", "Punta Vera"),
])
func nameBeforeAWordOfWhereIsThePlaceClaimed(_ text: String, _ place: String, _ notPlace: String) {
    let f = extract(text)
    let names = f.territories.flatMap { $0.names.map(\.name) }
    #expect(f.territories.count == 1)
    #expect(names.contains(place))
    #expect(!names.contains(notPlace))
}

@Test func aNameWithoutAWordOfWhereBeforeTheCopulaIsStillThePlace() {
    let f = extract("The island at the heart of the quarrel, Kessa Island, is claimed by both Kenya and Uganda.")
    #expect(f.territories.first?.names.map(\.name) == ["Kessa Island"])
}
