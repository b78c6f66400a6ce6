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
    ("Grenada's Minister of Public Utilities Alan Joseph flew to Castries.", "Alan Joseph", "GRD", "Minister of Public Utilities"),
    (
        "The Estonian delegation included Minister of Consumer Protection and Competition Liis Tamm.", "Liis Tamm", "EST",
        "Minister of Consumer Protection and Competition"
    ),
    (
        "Kenya's Cabinet Secretary for Public Service and Administration Jane Kamau visited Kampala.", "Jane Kamau", "KEN",
        "Cabinet Secretary for Public Service and Administration"
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

/// An envoy's or adviser's remit runs on after "for" as a minister's portfolio does, and the
/// name after it is found: "Special Envoy for the Sahel A", "Senior Adviser for Energy Security B".
@Test func anEnvoysRemitIsPartOfTheTitle() {
    let f = extract(
        """
        French Special Envoy for the Sahel Jean Moreau held talks with President Assimi Diarra in Bamako on Monday.
        US Senior Adviser for Energy Security Tom Baker held talks with Speaker Omar Haddad on Tuesday.
        """, published: "2023-06-07")
    #expect(f.person("Jean Moreau")?.title == "Special Envoy for the Sahel")
    #expect(f.person("Tom Baker")?.title == "Senior Adviser for Energy Security")
    #expect(f.meeting("Jean Moreau", "Assimi Diarra") != nil)
    #expect(f.meeting("Tom Baker", "Omar Haddad") != nil)
    #expect(!f.names.contains { $0.hasPrefix("Sahel") || $0.hasPrefix("Energy") })
}
