import Extraction
import Testing

// Titles with a portfolio no list holds whole, and the people they name: own sentences.

@Test(arguments: [
    ("Uzbek Minister of Transport Ilkhom Karimov joined the talks.", "Ilkhom Karimov", "UZB", "Minister of Transport"),
    (
        "South Africa's Minister of International Relations and Cooperation Thandi Mokoena arrived in Abuja.", "Thandi Mokoena", "ZAF",
        "Minister of International Relations and Cooperation"
    ),
    (
        "Uganda's Minister of State for Internal Affairs Gen Peter Okello visited Kisumu.", "Peter Okello", "UGA",
        "Minister of State for Internal Affairs"
    ),
    (
        "The Hungarian side included State Secretary for Foreign Economic Relations Levente Szabo.", "Levente Szabo", "HUN",
        "State Secretary for Foreign Economic Relations"
    ),
    (
        "Lithuania's Minister of National Defence Rasa Petraitiene visited Warsaw.", "Rasa Petraitiene", "LTU",
        "Minister of National Defence"
    ),
])
func aPortfolioTitleOpensTheNameAfterIt(sentence: String, name: String, state: String, title: String) {
    let f = extract(sentence, published: "2024-03-01")
    #expect(f.person(name)?.country == state)
    #expect(f.person(name)?.title == title)
}

@Test func aStateAfterThePortfolioIsTheStateNotThePortfolio() {
    let f = extract(
        """
        The Minister of Foreign Affairs of Oman Salim Al Harthy met the Minister of Trade of Kenya, Grace Wanjiru, in Muscat.
        """, published: "2024-03-01")
    #expect(f.person("Salim Al Harthy")?.country == "OMN")
    #expect(f.person("Grace Wanjiru")?.country == "KEN")
    #expect(f.pairs == [["Grace Wanjiru", "Salim Al Harthy"]])
}

@Test func aPortfolioTitleWithoutANameIsNoPerson() {
    let f = extract(
        """
        The Minister of Transport and Logistics said on Monday that the port would reopen.
        """, published: "2024-03-01")
    #expect(f.people.isEmpty)
}

@Test func aMonthAfterATitleAndACommaIsAGivenName() {
    let f = extract(
        """
        Tanzania's Minister for Foreign Affairs and East African Cooperation, January Mushi, is expected to attend.
        The talks were first planned for January, officials said.
        """, published: "2024-03-01")
    #expect(f.person("January Mushi")?.country == "TZA")
    #expect(f.people.count == 1)
}

@Test func theLeaderOfAStateIsItsHeadAmongSeveralOfItsPeople() {
    let f = extract(
        """
        Polish President Jan Nowak received Lithuanian President Rasa Petraitiene in Warsaw on Wednesday.
        The visit came days after the Lithuanian leader held talks with Latvian President Ivars Ozols in Riga.
        Lithuanian Defence Minister Tomas Vaitkus also travelled to Warsaw.
        """, published: "2024-06-13")
    #expect(f.meeting("Ivars Ozols", "Rasa Petraitiene")?.place == "Riga")
}
