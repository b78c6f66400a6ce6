import Extraction
import Testing

// In "Khalid bin Faisal" the words after "bin" are the father's name: "Faisal" alone, or
// "Faisal bin Turki", is another person (often the king the prince is named after), while the
// person's own first name still refers to him. Invented names.

@Test func theFathersNameAloneIsAnotherPerson() {
    let f = extract(
        "King Faisal and Crown Prince Khalid bin Faisal received President Ali Mwangi in Riyadh on Tuesday.",
        published: "2019-05-10")
    #expect(Set(f.people.map(\.name)).isSuperset(of: ["Faisal", "Khalid bin Faisal"]))
}

@Test func theFathersFullNameInsideALongerNameIsAnotherPerson() {
    let f = extract(
        "Crown Prince Khalid bin Faisal bin Turki Al Saud met President Ali Mwangi in Riyadh on Tuesday. "
            + "King Faisal bin Turki Al Saud later hosted a dinner for the guest.",
        published: "2019-05-10")
    let names = Set(f.people.map(\.name))
    #expect(names.contains("Khalid bin Faisal bin Turki Al Saud"))
    #expect(names.contains("Faisal bin Turki Al Saud"))
}

@Test func thePersonsOwnFirstNameStillRefersToHim() throws {
    let f = extract(
        "Crown Prince Khalid bin Faisal met President Ali Mwangi in Riyadh on Tuesday. Prince Khalid thanked the guest for the visit.",
        published: "2019-05-10")
    #expect(f.people.filter { $0.name.hasPrefix("Khalid") }.count == 1)
}
