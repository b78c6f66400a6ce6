import Extraction
import Testing

// One self-written article per pattern family of the extraction issue.

@Test func sidelinesSummitGivesTheCity() {
    let f = extract(
        """
        Indian Prime Minister Narendra Modi held a bilateral meeting with Japanese Prime Minister Shinzo Abe on the sidelines of the G20 summit in Osaka on Friday.
        """, published: "2019-06-29")
    #expect(f.pairs == [["Narendra Modi", "Shinzo Abe"]])
    #expect(f.meetings.first?.place == "Osaka")
    #expect(f.meetings.first?.date?.description == "2019-06-28")
}

@Test func phoneAndVideoCallsAreCalls() {
    let f = extract(
        """
        German Chancellor Olaf Scholz spoke by phone with Russian President Vladimir Putin on Tuesday.
        Separately, French President Emmanuel Macron held a video call with Chinese President Xi Jinping.
        """, published: "2022-05-13")
    #expect(f.pairs == [["Olaf Scholz", "Vladimir Putin"], ["Emmanuel Macron", "Xi Jinping"]])
    #expect(f.meetings.allSatisfy { $0.mode == .call })
    #expect(f.meeting("Olaf Scholz", "Vladimir Putin")?.date?.description == "2022-05-10")
}

@Test func visitsHostingAndReceptions() {
    let f = extract(
        """
        Egyptian President Abdel Fattah el-Sisi received Palestinian President Mahmoud Abbas in Cairo on Sunday.
        """, published: "2023-01-16")
    #expect(f.pairs == [["Abdel Fattah el-Sisi", "Mahmoud Abbas"]])
    #expect(f.meetings.first?.place == "Cairo")
    #expect(f.meetings.first?.status == .held)
}

@Test func plansToTravelToMeetIsPlanned() {
    let f = extract(
        """
        US Secretary of State Antony Blinken plans to travel to Beijing next month to meet Chinese Foreign Minister Qin Gang.
        """, published: "2023-01-20")
    #expect(f.pairs == [["Antony Blinken", "Qin Gang"]])
    #expect(f.meetings.first?.status == .planned)
    #expect(f.meetings.first?.date == nil)
    #expect(f.person("Antony Blinken")?.country == "USA")
}

@Test func theChinesePresidentCommaName() {
    let f = extract(
        """
        The Chinese president, Xi Jinping, met Mr. Modi in Wuhan.
        """)
    #expect(f.person("Xi Jinping")?.country == "CHN")
    #expect(f.person("Xi Jinping")?.title == "president")
    #expect(f.pairs == [["Modi", "Xi Jinping"]])
}

@Test func heldAndClaimedCompounds() {
    let f = extract(
        """
        The Russian-held, Japanese-claimed islands lie off Hokkaido. Russia calls them the Southern Kurils while Japan calls them the Northern Territories.
        """)
    let t = f.territories.first
    #expect(f.territories.count == 1)
    #expect(t?.claimants == ["JPN", "RUS"])
    #expect(t?.controlledBy == "RUS")
    #expect(Set(t?.names.map(\.name) ?? []) == ["Southern Kurils", "Northern Territories"])
    #expect(t?.names.first { $0.name == "Southern Kurils" }?.usedBy == "RUS")
}

@Test func whileOneSideCallsThemOtherwise() {
    let f = extract(
        """
        China calls the islands Diaoyu, while Japan calls them Senkaku.
        """)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.claimants == ["CHN", "JPN"])
    #expect(f.territories.first?.names.first { $0.name == "Diaoyu" }?.usedBy == "CHN")
    #expect(f.territories.first?.names.first { $0.name == "Senkaku" }?.usedBy == "JPN")
}

@Test func annexedAndClaimedByPatterns() {
    let f = extract(
        """
        Russia annexed Crimea from Ukraine in 2014.
        The Golan Heights, claimed by Syria, has been occupied by Israel since 1967.
        """)
    #expect(f.territories.count == 2)
    let crimea = f.territories.first { $0.names.contains { $0.name == "Crimea" } }
    #expect(crimea?.claimants == ["RUS", "UKR"])
    #expect(crimea?.controlledBy == "RUS")
    let golan = f.territories.first { $0.names.contains { $0.name == "Golan Heights" } }
    #expect(golan?.claimants == ["ISR", "SYR"])
    #expect(golan?.controlledBy == "ISR")
}

@Test func controlsAndClaimItPattern() {
    let f = extract(
        """
        Morocco controls most of Western Sahara; the Polisario Front and Algeria back the Sahrawi claim, and Mauritania once claimed it.
        """)
    let t = f.territories.first
    #expect(t?.controlledBy == "MAR")
    #expect(t?.claimants.contains("MAR") == true)
}

@Test func meetingProposalsAndCancellationsAreNotMeetings() {
    let f = extract(
        """
        Ukrainian President Volodymyr Zelensky proposed to meet Russian President Vladimir Putin.
        A planned meeting between US President Joe Biden and Putin was cancelled.
        Biden said he would not meet Putin.
        """, published: "2022-03-01")
    #expect(f.meetings.isEmpty)
}

@Test func twoTerritoriesInOneSentenceKeepTheirOwnHoldersAndNames() {
    let f = extract(
        """
        India and China both claim Aksai Chin, which China controls, and Arunachal Pradesh, which India administers and China calls South Tibet.
        """)
    let aksai = f.territories.first { $0.names.contains { $0.name == "Aksai Chin" } }
    let arunachal = f.territories.first { $0.names.contains { $0.name == "Arunachal Pradesh" } }
    #expect(aksai?.names.map(\.name) == ["Aksai Chin"])
    #expect(aksai?.controlledBy == "CHN")
    #expect(arunachal?.controlledBy == "IND")
    #expect(arunachal?.names.first { $0.name == "South Tibet" }?.usedBy == "CHN")
    #expect(aksai?.claimants == ["CHN", "IND"])
}

@Test func wellKnownOfficeHoldersServeTheirStateWhenTheTextTakesItForGranted() {
    let f = extract(
        """
        China accused India of provocations. Beijing said Indian troops crossed the line.
        Prime Minister Narendra Modi has not spoken to Xi Jinping since the clashes began.
        """)
    #expect(f.person("Narendra Modi")?.country == "IND")
    #expect(f.person("Xi Jinping")?.country == "CHN")
}

@Test func aLeadersTopDiplomatServesTheLeadersStateAndStaysHome() {
    let f = extract(
        """
        Russian President Vladimir Putin spoke on Monday.
        During a visit to Beijing last month, Putin's top diplomat Sergei Lavrov met Chinese Foreign Minister Qin Gang.
        """, published: "2023-03-21")
    #expect(f.person("Sergei Lavrov")?.country == "RUS")
    #expect(f.pairs == [["Qin Gang", "Sergei Lavrov"]])
    #expect(f.meetings.first?.place == "Beijing")
}

@Test func theMonthMayIsNotTheModalMay() {
    let f = extract(
        """
        US President Joe Biden will travel to Hiroshima in May, where he will hold talks with Japanese Prime Minister Fumio Kishida.
        """, published: "2023-03-21")
    #expect(f.pairs == [["Fumio Kishida", "Joe Biden"]])
    #expect(f.meetings.first?.status == .planned)
}

@Test func wireCreditsAreNotPeople() {
    let f = extract(
        """
        U.S. Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman in Jeddah on Tuesday.
        Reporting by Humeyra Pamuk; Editing by Jonathan Oatis
        """, published: "2023-06-08")
    #expect(f.names == ["Antony Blinken", "Mohammed bin Salman"])
    #expect(f.meetings.first?.date?.description == "2023-06-06")
}

@Test func visitingACityIsWhereTheyMet() {
    let f = extract(
        """
        U.S. Vice President Joe Biden, visiting Warsaw, met Polish Prime Minister Donald Tusk and promised support.
        """, published: "2014-03-19")
    #expect(f.meetings.first?.place == "Warsaw")
    #expect(f.person("Donald Tusk")?.country == "POL")
}
