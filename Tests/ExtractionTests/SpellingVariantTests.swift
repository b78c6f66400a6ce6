import Extraction
import Testing

// A surname transliterated two ways in one article ("Rahmon" and "Rahman", "Afewerki" and
// "Afwerki"): one person, under the spelling used more often. Own sentences.

@Test func aSurnameSpelledWithAnotherVowelIsTheSamePerson() {
    let f = extract(
        "President Dilnoza Karimova spoke by telephone with President Emomali Rustamov. She praised Emomali Rustamav for his work.",
        published: "2017-10-05")
    #expect(f.names == ["Dilnoza Karimova", "Emomali Rustamov"])
    #expect(f.pairs == [["Dilnoza Karimova", "Emomali Rustamov"]])
}

@Test func theCommonerSpellingNamesThePerson() {
    let f = extract(
        """
        Prime Minister Tesfaye Bekele arrived in Asmara on Sunday and was received by President Isaias Habtemariam. \
        Later Tesfaye Bekele and Isaias Habtmariam held talks. Isaias Habtmariam hosted a dinner for the guests.
        """, published: "2018-07-08")
    #expect(f.names == ["Tesfaye Bekele", "Isaias Habtmariam"])
    #expect(f.pairs.allSatisfy { $0 == ["Isaias Habtmariam", "Tesfaye Bekele"] } && !f.pairs.isEmpty)
}

/// Two names in one sentence are two people, and names differing by more than a vowel, or in a
/// short surname, are not one name.
@Test func namesApartByMoreThanAVowelOrInOneSentenceStayTwo() {
    let same = extract("Foreign Minister Ahmed Karimov met Foreign Minister Ahmed Karimav in Cairo on Tuesday.", published: "2017-10-05")
    #expect(same.names == ["Ahmed Karimov", "Ahmed Karimav"])
    let later = extract(
        "Foreign Minister Ahmed Karimov arrived in Cairo on Tuesday. Foreign Minister Ahmed Karimiv greeted the press there.", published: "2017-10-05")
    #expect(later.names.count == 1)
    let short = extract("Minister Lee Kam spoke on Monday. Minister Lee Kim spoke on Tuesday.", published: "2017-10-05")
    #expect(short.names == ["Lee Kam", "Lee Kim"])
    let consonant = extract("Minister Omar Haddad spoke on Monday. Minister Omar Hammad spoke on Tuesday.", published: "2017-10-05")
    #expect(consonant.names == ["Omar Haddad", "Omar Hammad"])
}

/// A long surname may differ in two letters of any kind ("-dy-"/"-di-", a dropped "k") and be one
/// name; the spelling the leaders list knows names the person, however often the other is used.
@Test func aLongSurnameTwoLettersApartIsOnePersonUnderItsListedSpelling() {
    let f = extract(
        """
        President Gurban Berdimuhamedov spoke by telephone with President Oleg Tarasenko. \
        Gurban Berdymukhamedov thanked Oleg Tarasenko for the invitation.
        """, published: "2016-04-05")
    #expect(f.names.count == 2)
    #expect(f.pairs.count == 1)
    let listed = extract(
        """
        President Nursultan Nezabayev said the ties were strategic. \
        Later President Nursultan Nazarbayev held talks with Prime Minister Karim Suleimenov in Astana.
        """, published: "2008-05-22")
    #expect(listed.names == ["Nursultan Nazarbayev", "Karim Suleimenov"])
}

/// Two letters apart in a short surname stay two people.
@Test func aShortSurnameTwoLettersApartStaysApart() {
    let f = extract("Minister Omar Haddadi spoke on Monday. Minister Omar Hammadi spoke on Tuesday.", published: "2017-10-05")
    #expect(f.names == ["Omar Haddadi", "Omar Hammadi"])
}
