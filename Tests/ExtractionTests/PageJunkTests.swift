import Extraction
import Testing

@Test func donationBoxesMenusAndCreditsAreLeftOut() {
    let f = extract(
        """
        Subscribe to our newsletter
        Menu
        Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow on Monday.
        Photo: Reuters
        … we have a small favor to ask. Please support us monthly.
        Reporting by Jane Smith; Editing by John Doe
        """, published: "2019-01-16")
    #expect(f.names == ["Taro Kono", "Sergei Lavrov"])
    #expect(f.sentences.count == 1)
}

@Test func headlinesListedUnderRelatedAreNotTheArticle() {
    let f = extract(
        """
        Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow on Monday.
        Related coverage
        Biden meets Xi in Bali
        Modi and Sharif to hold talks next week

        The talks will continue in Tokyo, Kono said.
        """, published: "2019-01-16")
    #expect(f.meetings.count == 1)
    #expect(!f.sentences.contains { $0.text.contains("Bali") })
    #expect(f.sentences.contains { $0.text.contains("continue in Tokyo") })
}

@Test func archivePhotoCaptionsAndPhotoCreditsAreLeftOut() {
    let f = extract(
        """
        By VLADIMIR ISACHENKOV Associated Press
        FILE - Russian President Vladimir Putin, right, and North Korea's leader Kim Jong Un shake hands during their talks in Vladivostok, Russia, on April 25, 2019. (AP Photo/Alexander Zemlianichenko, Pool, File)
        North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome on Wednesday.
        """, published: "2023-09-14")
    #expect(f.names == ["Kim Jong Un", "Vladimir Putin"])
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.date?.description == "2023-09-13")
}

@Test(arguments: ["Top Stories", "Editor's picks", "What to read next", "In other news", "Don’t miss", "Most viewed"])
func headlinesListedUnderOtherHeadersAreNotTheArticle(header: String) {
    let f = extract(
        """
        Kenyan President Amani Otieno met Ugandan President Grace Namutebi in Nairobi on Monday.

        \(header)
        India, Japan to hold talks on trade
        Brazil beat Argentina in a friendly
        France and Germany sign an energy pact
        """, published: "2024-05-01")
    #expect(f.countries.map(\.code).sorted() == ["KEN", "UGA"])
}

@Test func aCreditRunOnIntoAParagraphDropsOnlyTheCredit() {
    let f = extract(
        """
        Estonian Foreign Minister Rein Tamm met Latvian Foreign Minister Ilze Berzina in Riga on Monday. The two spoke of rail links. Reporting by Jane Smith; Editing by John Doe
        Latvian President Janis Ozols said the talks went well. Sign up for our newsletter to read more.
        Reporting by Anna Lee in Riga
        """, published: "2024-05-10")
    #expect(f.meeting("Rein Tamm", "Ilze Berzina")?.place == "Riga")
    #expect(f.names == ["Rein Tamm", "Ilze Berzina", "Janis Ozols"])
    #expect(!f.sentences.contains { $0.text.contains("Reporting") || $0.text.contains("newsletter") })
    #expect(f.sentences.contains { $0.text.contains("rail links") })
}

@Test func aSectionMenuOnOneLineNamesNoState() {
    let f = extract(
        """
        World Africa Asia Australia Europe Latin America Middle East US & Canada
        Ghanaian President Kofi Mensah met his Togolese counterpart Yao Adjei in Accra on Monday.
        """, published: "2024-05-03")
    #expect(f.codes == ["GHA", "TGO"])
    #expect(f.meetings.count == 1)
}

@Test func aHeadlineInTitleCaseIsNotASectionMenu() {
    let f = extract(
        """
        World Leaders Gather In Asia As Australia Hosts Summit
        Ghanaian President Kofi Mensah met his Togolese counterpart Yao Adjei in Accra on Monday.
        """, published: "2024-05-03")
    #expect(f.codes.contains("AUS"))
}

@Test(arguments: [
    "Tags: Brazil, Argentina, trade", "Edition: UK US Australia India", "About Us Contact Us Advertise Careers India Edition",
    "Filed under: Brazil", "Topics: Mexico, elections",
])
func tagAndEditionLinesNameNoState(_ line: String) {
    let f = extract(
        """
        \(line)
        Ghanaian President Kofi Mensah met his Togolese counterpart Yao Adjei in Accra on Monday.
        """, published: "2024-05-03")
    #expect(f.codes == ["GHA", "TGO"])
}

@Test func aCreditIsFoundAtTheEndOfALineAndShortLinesAreRead() {
    // The phrases are looked for by a rolling key of the next bytes: one that ends the line, one
    // that opens it, and lines shorter than the key are all read.
    let f = extract(
        """
        Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow on Monday. Editing by
        OK
        Reporting by Jane Smith
        The talks will continue in Tokyo, Kono said.
        """, published: "2019-01-16")
    // The two-letter line is no phrase's: it stays, a sentence of its own.
    #expect(f.sentences.map(\.text).contains("OK"))
    #expect(f.sentences.count == 3)
    #expect(!f.sentences.contains { $0.text.contains("Editing") || $0.text.contains("Reporting") })
    #expect(f.sentences.contains { $0.text.contains("continue in Tokyo") })
}

/// A byline among a page's fields set apart by bars, however many names it gives, is page junk:
/// its writers are no officials.
@Test func aBylineBetweenBarsIsLeftOut() {
    let f = extract(
        """
        Lima Daily Courier | By Marta Quispe and Jorge Huaman | March 15, 2002
        March 15, 2002|By Rosa Condori
        Chilean President Tomas Ortega met Peruvian President Mario Salas in Lima on Thursday.
        """, published: "2002-03-15")
    #expect(f.names == ["Tomas Ortega", "Mario Salas"])
}

/// A sentence with a bar in it that ends with a full stop is the article's.
@Test func aSentenceThatHoldsABarIsKept() {
    let f = extract(
        """
        The ministry's statement | by President Tomas Ortega | said he met Peruvian President Mario Salas in Lima.
        """, published: "2002-03-15")
    #expect(f.meeting("Tomas Ortega", "Mario Salas") != nil)
}
