import Extraction
import SQLite
import Testing

@testable import Store

/// One hand-made article: its people and meetings, written to `store`.
private func add(
    _ store: Store, _ body: String, on day: Day?, people: [PersonFact] = [],
    meetings: [(names: [String], status: MeetingStatus, date: Day?, place: String?)] = [],
    territories: [(names: [TerritoryName], claims: [(String, ClaimKind)])] = []
) throws {
    var b = FactsBuilder(body: body)
    b.facts.people = people
    b.facts.meetings = meetings.map {
        MeetingFact(
            participants: $0.names, status: $0.status, date: $0.date, datePrecision: $0.date == nil ? .none : .day,
            place: $0.place, evidence: [Evidence(sentence: 0, start: 0, end: 1)])
    }
    b.facts.territories = territories.map {
        TerritoryFact(names: $0.names, claims: $0.claims.map { Claim(country: $0.0, kind: $0.1, evidence: Evidence(sentence: 0, start: 0, end: 1)) })
    }
    _ = try store.add(article: Article(date: day, body: body), facts: b.facts)
}

private func rows(_ store: Store, _ sql: String) throws -> [[Value]] {
    try store.database.prepare(sql).allRows()
}

private func jan(_ d: Int) -> Day { Day(year: 2019, month: 1, day: d)! }
private let lavrovKono = [PersonFact(name: "Sergey Lavrov", country: "RUS"), PersonFact(name: "Taro Kono", country: "JPN")]

@Test func spellingVariantsAreOnePersonWithEveryAlias() throws {
    let store = try Store(path: temporaryDatabase())
    try add(store, "One.", on: jan(1), people: [PersonFact(name: "Sergei Lavrov", country: "RUS", title: "Foreign Minister")])
    try add(store, "Two.", on: jan(2), people: [PersonFact(name: "Sergey Lavrov", title: "Foreign Minister", aliases: ["Lavrov"])])
    try add(store, "Three.", on: jan(3), people: [PersonFact(name: "Volodymyr Zelensky", country: "UKR")])
    try add(store, "Four.", on: jan(4), people: [PersonFact(name: "Volodymyr Zelenskyy", country: "UKR"), PersonFact(name: "Zelenskiy")])
    #expect(
        try rows(store, "SELECT name, country FROM people ORDER BY id") == [
            [.text("Sergei Lavrov"), .text("RUS")], [.text("Volodymyr Zelensky"), .text("UKR")],
        ])
    #expect(
        try rows(store, "SELECT alias FROM person_aliases WHERE person_id = 1 ORDER BY alias") == [
            [.text("Lavrov")], [.text("Sergei Lavrov")], [.text("Sergey Lavrov")],
        ])
    #expect(try rows(store, "SELECT count(*) FROM person_aliases WHERE person_id = 2") == [[.integer(3)]])
}

@Test func peopleWhoShareASurnameStayApart() throws {
    let store = try Store(path: temporaryDatabase())
    try add(store, "One.", on: jan(1), people: [PersonFact(name: "George H. W. Bush", country: "USA"), PersonFact(name: "Kim Jong Un", country: "PRK")])
    try add(store, "Two.", on: jan(2), people: [PersonFact(name: "George W. Bush", country: "USA"), PersonFact(name: "Kim Yo Jong", country: "PRK")])
    try add(store, "Three.", on: jan(3), people: [PersonFact(name: "George W. Bush"), PersonFact(name: "Kim Jong-un", country: "PRK")])
    #expect(
        try rows(store, "SELECT name, (SELECT count(*) FROM person_articles WHERE person_id = p.id) FROM people p ORDER BY id") == [
            [.text("George H. W. Bush"), .integer(1)], [.text("Kim Jong Un"), .integer(2)],
            [.text("George W. Bush"), .integer(2)], [.text("Kim Yo Jong"), .integer(1)],
        ])
    // "George Bush" fits both Bushes: a guess would be wrong half the time, so it stands alone.
    try add(store, "Four.", on: jan(4), people: [PersonFact(name: "George Bush", country: "USA")])
    #expect(try rows(store, "SELECT count(*) FROM people WHERE name_key LIKE 'george%'") == [[.integer(3)]])
}

@Test func rolesKeepTheirDatesAndPersonQueryListsThem() throws {
    let store = try Store(path: temporaryDatabase())
    try add(store, "One.", on: Day(year: 2018, month: 3, day: 1), people: [PersonFact(name: "Taro Kono", country: "JPN", title: "Foreign Minister")])
    try add(store, "Two.", on: Day(year: 2019, month: 5, day: 1), people: [PersonFact(name: "Tarō Kōno", country: "JPN", title: "Foreign Minister")])
    try add(store, "Three.", on: Day(year: 2020, month: 2, day: 1), people: [PersonFact(name: "Taro Kono", country: "JPN", title: "Defense Minister")])
    let catalog = try QueryCatalog.builtIn()
    let people = try store.run(catalog.query(named: "people"))
    #expect(people.rows == [[.text("Taro Kono"), .text("Defense Minister (2020)"), .text("JPN"), .integer(3)]])
    let person = try store.run(catalog.query(named: "person"), parameters: ["name": "kono"])
    #expect(person.columns == ["person", "kind", "detail", "date", "sources"])
    let roles = person.rows.filter { $0[1] == .text("role") }.map { [$0[2], $0[3], $0[4]] }
    #expect(
        roles == [
            [.text("Foreign Minister (JPN)"), .text("2018-03-01 to 2019-05-01"), .text("1, 2")],
            [.text("Defense Minister (JPN)"), .text("2020-02-01"), .text("3")],
        ])
    // Aliases are kept by folded form: "Tarō Kōno" is the same alias as "Taro Kono".
    #expect(person.rows.filter { $0[1] == .text("name") }.map { $0[2] } == [.text("Taro Kono")])
}

@Test func meetingReportedPlannedThenHeldIsOneHeldMeetingWithBothSources() throws {
    let store = try Store(path: temporaryDatabase())
    try add(store, "Plan.", on: jan(10), people: lavrovKono, meetings: [(["Sergey Lavrov", "Taro Kono"], .planned, jan(14), "Moscow")])
    #expect(try rows(store, "SELECT status FROM meetings") == [[.text("planned")]])
    try add(store, "Held.", on: jan(15), people: lavrovKono, meetings: [(["Taro Kono", "Sergey Lavrov"], .held, jan(14), nil)])
    #expect(try rows(store, "SELECT status, date, place FROM meetings") == [[.text("held"), .text("2019-01-14"), .text("Moscow")]])
    #expect(
        try rows(store, "SELECT article_id, status FROM meeting_sources ORDER BY article_id") == [
            [.integer(1), .text("planned")], [.integer(2), .text("held")],
        ])
}

@Test func sameMeetingWithoutItsDayJoinsByPlaceAndCloseDates() throws {
    let store = try Store(path: temporaryDatabase())
    let pair = ["Sergey Lavrov", "Taro Kono"]
    try add(store, "Monday.", on: jan(15), people: lavrovKono, meetings: [(pair, .held, jan(14), "Moscow")])
    // Undated, same place, three days later: the same meeting.
    try add(store, "This week.", on: jan(17), people: lavrovKono, meetings: [(pair, .held, nil, "Moscow")])
    // Undated but elsewhere, or a month later: other meetings.
    try add(store, "Elsewhere.", on: jan(17), people: lavrovKono, meetings: [(pair, .held, nil, "Tokyo")])
    try add(store, "Later.", on: Day(year: 2019, month: 2, day: 20), people: lavrovKono, meetings: [(pair, .held, nil, "Moscow")])
    let meetings = "SELECT date, place, (SELECT count(*) FROM meeting_sources WHERE meeting_id = m.id) FROM meetings m ORDER BY id"
    #expect(
        try rows(store, meetings) == [
            [.text("2019-01-14"), .text("Moscow"), .integer(2)], [.null, .text("Tokyo"), .integer(1)], [.null, .text("Moscow"), .integer(1)],
        ])
    // A dated report of the Tokyo one fills in its day.
    try add(store, "Tokyo dated.", on: jan(18), people: lavrovKono, meetings: [(pair, .held, jan(16), "Tokyo")])
    #expect(try rows(store, meetings)[1] == [.text("2019-01-16"), .text("Tokyo"), .integer(2)])
}

@Test func twoMeetingsOfOnePairOnDifferentDaysStayTwo() throws {
    let store = try Store(path: temporaryDatabase())
    let pair = ["Sergey Lavrov", "Taro Kono"]
    try add(store, "Monday.", on: jan(15), people: lavrovKono, meetings: [(pair, .held, jan(14), "Moscow")])
    try add(store, "Wednesday.", on: jan(17), people: lavrovKono, meetings: [(pair, .held, jan(16), "Moscow")])
    #expect(try rows(store, "SELECT date FROM meetings ORDER BY id") == [[.text("2019-01-14")], [.text("2019-01-16")]])
    // An undated report between the two cannot say which it is: it is not joined to either.
    try add(store, "This week.", on: jan(18), people: lavrovKono, meetings: [(pair, .held, nil, "Moscow")])
    #expect(try rows(store, "SELECT count(*) FROM meetings") == [[.integer(3)]])
    let result = try store.run(QueryCatalog.builtIn().query(named: "who-met-whom"))
    #expect(result.column("sources") == ["1", "1", "1"])
}

@Test func territoriesMergeThroughTheCatalogAndKeepTheLatestHolder() throws {
    let store = try Store(path: temporaryDatabase())
    try add(store, "One.", on: jan(1), territories: [([TerritoryName(name: "Northern Territories", usedBy: "JPN")], [("JPN", .claims)])])
    try add(store, "Two.", on: jan(2), territories: [([TerritoryName(name: "Southern Kurils", usedBy: "RUS")], [("RUS", .holds)])])
    // Names the catalog does not know merge only through an article that uses both.
    try add(store, "Three.", on: jan(3), territories: [([TerritoryName(name: "Eastland")], [("AAA", .holds)])])
    try add(store, "Four.", on: jan(4), territories: [([TerritoryName(name: "East Strip")], [("BBB", .claims)])])
    #expect(try rows(store, "SELECT count(*) FROM territories") == [[.integer(3)]])
    try add(
        store, "Five.", on: jan(5), territories: [([TerritoryName(name: "Eastland"), TerritoryName(name: "East Strip", usedBy: "BBB")], [("BBB", .holds)])])
    let result = try store.run(QueryCatalog.builtIn().query(named: "territory"), parameters: ["name": "east"])
    #expect(result.columns == ["territory", "names", "claimants", "holder", "sources"])
    #expect(
        result.rows == [
            [
                .text("Eastland"), .text("East Strip (BBB); Eastland"), .text("AAA, BBB"),
                .text("BBB (stated 2019-01-05)"), .text("3, 4, 5"),
            ]
        ])
    let kuril = try store.run(QueryCatalog.builtIn().query(named: "territory"), parameters: ["name": "kuril"])
    #expect(kuril.column("names") == ["Northern Territories (JPN); Southern Kurils (RUS)"])
    #expect(kuril.column("sources") == ["1, 2"])
    #expect(try rows(store, "SELECT count(*) FROM territories") == [[.integer(2)]])
}

@Test func aTerritoryMergedAwayLeavesNoRowBehind() throws {
    // The writer writes with SQLite's foreign-key checks off (FactWriter.checkingOwnForeignKeys
    // says why): the rows the cascade removes with a territory merged away, it removes itself.
    let store = try Store(path: temporaryDatabase())
    try add(store, "One.", on: jan(1), territories: [([TerritoryName(name: "Westmark", usedBy: "AAA")], [("AAA", .holds)])])
    try add(store, "Two.", on: jan(2), territories: [([TerritoryName(name: "West Reach")], [("BBB", .claims), ("AAA", .holds)])])
    try add(
        store, "Three.", on: jan(3),
        territories: [([TerritoryName(name: "Westmark"), TerritoryName(name: "West Reach", usedBy: "BBB")], [("BBB", .claims)])])
    #expect(try rows(store, "SELECT id, name FROM territories") == [[.integer(1), .text("Westmark")]])
    for table in ["territory_names", "claims", "territory_articles", "territory_counts", "territory_claimants", "mentions"] {
        let orphans = "SELECT count(*) FROM \(table) WHERE territory_id IS NOT NULL AND territory_id NOT IN (SELECT id FROM territories)"
        #expect(try rows(store, orphans) == [[.integer(0)]], "\(table)")
    }
    #expect(try store.database.prepare("PRAGMA foreign_key_check").allRows().isEmpty)
    // The kept figures are those of the one territory: three articles, two claimants.
    #expect(try rows(store, "SELECT territory_id, articles FROM territory_counts") == [[.integer(1), .integer(3)]])
    #expect(
        try rows(store, "SELECT country, claims FROM territory_claimants ORDER BY country") == [
            [.text("AAA"), .integer(2)], [.text("BBB"), .integer(2)],
        ])
}

@Test func timelineOrdersMeetingsAndClaimsAndFilters() throws {
    let store = try Store(path: temporaryDatabase())
    try add(
        store, "One.", on: jan(15), people: lavrovKono, meetings: [(["Sergey Lavrov", "Taro Kono"], .held, jan(14), "Moscow")],
        territories: [([TerritoryName(name: "Kuril Islands")], [("JPN", .claims), ("RUS", .holds)])])
    try add(
        store, "Two.", on: jan(20), people: [PersonFact(name: "Shinzo Abe", country: "JPN"), PersonFact(name: "Vladimir Putin", country: "RUS")],
        meetings: [(["Shinzo Abe", "Vladimir Putin"], .planned, jan(22), nil)])
    let query = try QueryCatalog.builtIn().query(named: "timeline")
    let all = try store.run(query)
    #expect(all.columns == ["date", "kind", "event", "sources"])
    #expect(
        all.column("event") == [
            "Sergey Lavrov (RUS) and Taro Kono (JPN) met in Moscow", "JPN claims Kuril Islands",
            "RUS holds Kuril Islands", "Shinzo Abe (JPN) and Vladimir Putin (RUS) are to meet",
        ])
    #expect(all.column("date") == ["2019-01-14", "2019-01-15", "2019-01-15", "2019-01-22"])
    #expect(try store.run(query, parameters: ["person": "abe"]).column("kind") == ["meeting"])
    #expect(try store.run(query, parameters: ["country": "jpn"]).rows.count == 3)
}

@Test func everyQueryPagedGivesItsWholeResultPageByPage() throws {
    let store = try Store(path: temporaryDatabase())
    // Meetings of one busy person on days out of order, one with three people, one without a
    // day, a namesake in another country: orders with ties and NULLs.
    try add(
        store, "One.", on: jan(9), people: lavrovKono + [PersonFact(name: "Wang Yi", country: "CHN")],
        meetings: [(["Sergey Lavrov", "Taro Kono", "Wang Yi"], .held, jan(8), "Moscow")])
    try add(store, "Two.", on: jan(3), people: lavrovKono, meetings: [(["Sergey Lavrov", "Taro Kono"], .held, jan(2), "Tokyo")])
    try add(
        store, "Three.", on: jan(5), people: [PersonFact(name: "Sergey Lavrov", country: "RUS"), PersonFact(name: "Wang Yi", country: "CHN")],
        meetings: [(["Sergey Lavrov", "Wang Yi"], .planned, nil, "Beijing")])
    try add(
        store, "Four.", on: jan(6), people: [PersonFact(name: "Sergey Lavrov", country: "RUS"), PersonFact(name: "Wang Yi", country: "CHN")],
        meetings: [(["Sergey Lavrov", "Wang Yi"], .held, jan(4), "Beijing")],
        territories: [([TerritoryName(name: "Abyei")], [("SDN", .claims), ("SSD", .holds)])])
    try add(
        store, "Five.", on: jan(7), people: [PersonFact(name: "Taro Kono", country: "USA"), PersonFact(name: "Wang Yi", country: "CHN")],
        meetings: [(["Taro Kono", "Wang Yi"], .held, jan(6), nil)],
        territories: [([TerritoryName(name: "Kuril")], [("RUS", .holds), ("JPN", .claims)])])
    let catalog = try QueryCatalog.builtIn()
    let cases: [(String, [String: String])] = [
        ("who-met-whom", [:]), ("who-met-whom", ["person": "lavrov"]), ("who-met-whom", ["person": "o"]),
        ("who-met-whom", ["person": "kono", "country": "CHN"]), ("who-met-whom", ["country": "JPN"]),
        ("meetings-of", ["person": "o"]), ("meetings-of", ["person": "Wang Yi"]), ("timeline", [:]), ("people", [:]),
        ("disputed-territories", [:]), ("articles", [:]),
    ]
    for (name, parameters) in cases {
        let query = try catalog.query(named: name)
        let whole = try store.run(query, parameters: parameters)
        #expect(whole.rows.count > 1, "\(name) \(parameters)")
        for size in [1, 2, 3] {
            var paged: [[Value]] = []
            for start in stride(from: 0, through: whole.rows.count, by: size) {
                let page = try store.run(query, parameters: parameters, page: QueryPage(limit: size, offset: start))
                #expect(page.columns == whole.columns)
                #expect(page.rows.count <= size)
                paged += page.rows
            }
            #expect(paged == whole.rows, "\(name) \(parameters) by \(size)")
        }
        #expect(try store.run(query, parameters: parameters, page: QueryPage(offset: 1)).rows == Array(whole.rows.dropFirst()))
        #expect(try store.run(query, parameters: parameters, page: QueryPage(limit: 0)).rows.isEmpty)
    }
}
