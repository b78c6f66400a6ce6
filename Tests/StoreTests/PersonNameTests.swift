import Testing

@testable import Store

@Test(arguments: [
    ("Sergei", "Sergey"), ("Zelensky", "Zelenskiy"), ("Zelenskiy", "Zelenskyy"), ("Kōno", "KONO"),
    ("Alexei", "Aleksey"), ("Mohammed", "Mohamed"), ("Youssef", "Yusef"), ("Khaled", "Haled"),
    ("Yevgeniy", "Jevgeni"), ("Dmitry", "Dmitrii"),
])
func romanizationVariantsShareAKey(_ a: String, _ b: String) {
    #expect(PersonName.key(NameKey.fold(a)) == PersonName.key(NameKey.fold(b)))
}

@Test(arguments: [("Lavrov", "Lavrova"), ("Kim", "Kum"), ("Bush", "Busch"), ("Li", "Lee"), ("Sergei", "Serge")])
func differentNamesKeepDifferentKeys(_ a: String, _ b: String) {
    #expect(PersonName.key(NameKey.fold(a)) != PersonName.key(NameKey.fold(b)))
}

@Test func namesAreTakenApartIntoSurnameAndGivenNames() {
    let name = PersonName("Mr. George H. W. Bush Jr.")
    #expect(name.surname == "bush")
    #expect(name.given == ["george", "h", "w"])
    #expect(PersonName("Mohammed bin Salman").given == ["mohamed"])
    #expect(PersonName("").surname.isEmpty)
}

@Test(arguments: [
    ("Sergei Lavrov", "Sergey Lavrov"), ("Lavrov", "Sergei Lavrov"), ("Sheikh Tamim", "Tamim"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"), ("J. Biden", "Joe Biden"), ("Alex Stubb", "Alexander Stubb"),
    ("George Bush", "George W. Bush"), ("Tarō Kōno", "Taro Kono"), ("Joseph R. Biden", "Joseph Biden"),
])
func compatibleNamesAreOnePerson(_ a: String, _ b: String) {
    #expect(PersonName(a).isCompatible(with: PersonName(b)))
    #expect(PersonName(b).isCompatible(with: PersonName(a)))
}

@Test(arguments: [
    ("George H. W. Bush", "George W. Bush"), ("Kim Jong Un", "Kim Yo Jong"), ("Taro Kono", "Yohei Kono"),
    ("Sergei Lavrov", "Sergei Ryabkov"), ("Jo Biden", "Joe Biden"), ("", ""),
])
func conflictingNamesAreDifferentPeople(_ a: String, _ b: String) {
    #expect(!PersonName(a).isCompatible(with: PersonName(b)))
}

/// ASCII words are folded byte by byte; the rules must give what the general way gives.
@Test func asciiNameKeysEqualTheGeneralFolding() {
    let words = [
        "sergei", "sergey", "aleksei", "alexei", "alexander", "khaled", "youssef", "yusef", "jevgenij", "yevgeniy",
        "philippe", "qatar", "zelensky", "zelenskiy", "zelenskyy", "mohammed", "mohamed", "ii", "yi", "y", "i", "iy", "kkh",
        "xhx", "ouou", "jjj", "qq", "abbey", "kiyi", "kelly", "ai", "o", "", "x", "ph", "khx", "maksim", "oyyy", "li", "lee",
    ]
    for word in words {
        #expect(PersonName.key(word) == PersonName.anyKey(word), "\(word)")
    }
}
