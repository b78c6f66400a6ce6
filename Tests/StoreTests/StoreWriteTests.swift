import Extraction
import Foundation
import PropertyBased
import SQLite
import Testing

@testable import Store

private func count(_ store: Store, _ table: String) throws -> Int {
    try store.database.prepare("SELECT count(*) FROM \(table)").scalar()?.text.flatMap { Int($0) } ?? -1
}

@Test func sameArticleTwiceIsStoredOnce() throws {
    let store = try Store(path: temporaryDatabase())
    let (article, facts) = kurilArticle()
    let first = try store.add(article: article, facts: facts)
    guard case .added(let id, let added) = first else {
        Issue.record("not added: \(first)")
        return
    }
    #expect(added == 4 + 2 + 2 + 1)
    // Re-saved with other line breaks and indentation: the same text.
    var again = article
    again.body = "  " + article.body.replacingOccurrences(of: ". ", with: ".\n\n   ") + "\n"
    #expect(try store.add(article: again, facts: facts) == .skipped(existingArticleID: id))
    #expect(try count(store, "articles") == 1)
    #expect(try count(store, "people") == 4)
    #expect(try count(store, "meetings") == 2)
    #expect(try count(store, "claims") == 2)
}

@Test func contentHashIgnoresWhitespaceOnly() {
    #expect(ContentHash.of(body: "a  b\n c") == ContentHash.of(body: " a b c "))
    #expect(ContentHash.of(body: "a b c") != ContentHash.of(body: "a b d"))
    #expect(ContentHash.of(body: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(ContentHash.of(body: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
}

/// Databases already written keep matching: a body of many blocks, with non-ASCII text and
/// runs of whitespace, hashes to what the hash of its collapsed UTF-8 has always been
/// (the value from Python's hashlib on the collapsed text).
@Test func contentHashOfALongNonASCIIBodyIsStable() {
    let body = Array(repeating: "Überraschung in Genf,\n\tGespräche über Kurilen —", count: 40).joined(separator: "  ")
    #expect(ContentHash.of(body: body) == "51e2d9b84c7b504c18d5e82de54526ef7c31024ffe3be9fdc76642d6d2ce570a")
}

@Test func articleWithBadEvidenceIsNotWrittenAtAll() throws {
    let store = try Store(path: temporaryDatabase())
    var (article, facts) = kurilArticle()
    facts.territories[0].claims.append(Claim(country: "CHN", kind: .claims, evidence: Evidence(sentence: 42, start: 0, end: 1)))
    let error = try #require(throws: StoreError.self) { try store.add(article: article, facts: facts) }
    #expect(error.description.contains("sentence 42"))
    for table in ["articles", "sentences", "people", "meetings", "countries", "mentions"] {
        #expect(try count(store, table) == 0, "\(table) has rows from a failed article")
    }
    // The connection is usable afterwards.
    facts.territories[0].claims.removeLast()
    #expect(try store.add(article: article, facts: facts).factsAdded == 9)
}

@Test func peopleMergeAcrossArticlesByFoldedNameAndCompatibleCountry() throws {
    let store = try Store(path: temporaryDatabase())
    let (article, facts) = kurilArticle()
    _ = try store.add(article: article, facts: facts)

    let body = "LAVROV spoke. Tarō Kōno answered. Kim Jong Un and Kim Yo Jong watched. Another Taro Kono, of Brazil, too."
    var b = FactsBuilder(body: body)
    b.facts.people = [
        PersonFact(name: "LAVROV", mentions: [b.evidence("LAVROV")]),
        PersonFact(name: "Tarō Kōno", country: "JPN", title: "Defense Minister"),
        PersonFact(name: "Kim Jong Un", country: "PRK", aliases: ["Kim"]),
        PersonFact(name: "Kim Yo Jong", country: "PRK", aliases: ["Kim"]),
        PersonFact(name: "Taro Kono", country: "BRA"),
    ]
    _ = try store.add(article: Article(body: body), facts: b.facts)

    let people = try store.run(QueryCatalog.builtIn().query(named: "people"))
    #expect(people.column("name") == ["Kim Jong Un", "Kim Yo Jong", "Sergei Lavrov", "Shinzo Abe", "Taro Kono", "Taro Kono", "Vladimir Putin"])
    #expect(people.column("country") == ["PRK", "PRK", "RUS", "JPN", "BRA", "JPN", "RUS"])
    #expect(people.column("articles") == ["1", "1", "2", "1", "1", "2", "1"])
    // The first title stays on the person; each article's own is kept with that article.
    let titles = try store.database.prepare(
        """
        SELECT pa.title FROM person_articles pa JOIN people p ON p.id = pa.person_id
        WHERE p.name = 'Taro Kono' AND p.country = 'JPN' ORDER BY pa.article_id
        """
    ).allRows()
    #expect(titles == [[.text("Foreign Minister")], [.text("Defense Minister")]])
}

@Test func surnameOnlyPersonGainsTheFullerName() throws {
    let store = try Store(path: temporaryDatabase())
    var a = FactsBuilder(body: "Lavrov spoke.")
    a.facts.people = [PersonFact(name: "Lavrov", country: "RUS")]
    _ = try store.add(article: Article(body: a.body), facts: a.facts)
    var b = FactsBuilder(body: "Sergei Lavrov spoke again.")
    b.facts.people = [PersonFact(name: "Sergei Lavrov", aliases: ["Lavrov"])]
    _ = try store.add(article: Article(body: b.body), facts: b.facts)
    let people = try store.run(QueryCatalog.builtIn().query(named: "people"))
    #expect(people.rows == [[.text("Sergei Lavrov"), .null, .text("RUS"), .integer(2)]])
}

@Test func territoriesMergeByAnySharedNameWithNamesAndClaimsUnited() throws {
    let store = try Store(path: temporaryDatabase())
    let (article, facts) = kurilArticle()
    _ = try store.add(article: article, facts: facts)

    let body = "Japan claims the Kuril Islands, which it calls the Southern Kurils. China eyes them too."
    var b = FactsBuilder(body: body)
    b.facts.countries = [CountryFact(code: "JPN", name: "Japan"), CountryFact(code: "CHN", name: "China")]
    b.facts.territories = [
        TerritoryFact(
            names: [TerritoryName(name: "Kuril Islands"), TerritoryName(name: "Southern Kurils", usedBy: "JPN")],
            claims: [
                Claim(country: "JPN", kind: .claims, evidence: b.evidence("Japan claims")),
                Claim(country: "CHN", kind: .claims, evidence: b.evidence("China")),
            ])
    ]
    _ = try store.add(article: Article(body: body), facts: b.facts)

    let result = try store.run(QueryCatalog.builtIn().query(named: "disputed-territories"))
    #expect(result.columns == ["territory", "also_known_as", "claimants", "held_by", "articles"])
    #expect(result.rows.count == 1)
    #expect(result.column("territory") == ["Kuril"])
    #expect(result.column("also_known_as") == ["Kuril (Russia); Northern Territories (Japan); Southern Kurils (Japan); Kuril Islands"])
    #expect(result.column("claimants") == ["CHN, JPN, RUS"])
    #expect(result.column("held_by") == ["RUS"])
    #expect(result.column("articles") == ["2"])
}

@Test func territoryNameGainsItsUserWhenALaterArticleSaysIt() throws {
    let store = try Store(path: temporaryDatabase())
    for (name, user) in [("Kuril", nil), ("Kuril", "RUS"), ("Kuril", nil)] as [(String, String?)] {
        let body = "Russia holds \(name), article \(user ?? "none") \(UUID()). Fine."
        var b = FactsBuilder(body: body)
        b.facts.territories = [
            TerritoryFact(
                names: [TerritoryName(name: name, usedBy: user)],
                claims: [Claim(country: "RUS", kind: .holds, evidence: b.evidence("Russia"))])
        ]
        _ = try store.add(article: Article(body: body), facts: b.facts)
    }
    let names = try store.database.prepare("SELECT name, used_by FROM territory_names").allRows()
    #expect(names == [[.text("Kuril"), .text("RUS")]])
}

@Test func sameMeetingFromTwoArticlesIsOneMeetingWithTwoSources() throws {
    let store = try Store(path: temporaryDatabase())
    let day = Day(year: 2019, month: 1, day: 22)!
    func report(_ body: String, _ status: MeetingStatus, _ date: Day?) throws {
        var b = FactsBuilder(body: body)
        b.facts.people = [PersonFact(name: "Shinzo Abe", country: "JPN"), PersonFact(name: "Vladimir Putin", country: "RUS")]
        b.facts.meetings = [
            MeetingFact(
                participants: ["Vladimir Putin", "Shinzo Abe"], status: status, date: date,
                datePrecision: date == nil ? .none : .day, evidence: [b.evidence("Abe")])
        ]
        _ = try store.add(article: Article(body: body), facts: b.facts)
    }
    try report("Abe is to meet Putin on Jan. 22.", .planned, day)
    try report("Abe met Putin in Moscow on Tuesday.", .held, day)
    try report("Abe met Putin again a year later.", .held, day.adding(days: 365))
    try report("Abe and Putin talk often.", .held, nil)
    // One named participant is no meeting: not stored, not counted.
    var lone = FactsBuilder(body: "Abe met a delegation.")
    lone.facts.people = [PersonFact(name: "Shinzo Abe", country: "JPN")]
    lone.facts.meetings = [MeetingFact(participants: ["Shinzo Abe"], status: .held)]
    #expect(try store.add(article: Article(body: lone.body), facts: lone.facts).factsAdded == 1)

    let meetings = try store.database.prepare("SELECT date, status, (SELECT count(*) FROM meeting_sources WHERE meeting_id = m.id) FROM meetings m ORDER BY id")
        .allRows()
    #expect(
        meetings == [
            [.text("2019-01-22"), .text("held"), .integer(2)],
            [.text("2020-01-22"), .text("held"), .integer(1)],
            [.null, .text("held"), .integer(1)],
        ])
    #expect(try count(store, "people") == 2)
}

/// The hash's whitespace, read byte by byte, is Unicode's: every text collapses as it did when
/// each scalar was asked `properties.isWhitespace`, so stored articles keep their hashes.
@Test func contentHashCollapsesExactlyUnicodesWhitespace() async {
    // Every White_Space scalar, neighbours of each that are not, and other text.
    let spaces = (0...0x3000).compactMap(Unicode.Scalar.init).filter(\.properties.isWhitespace)
    let neighbours = spaces.flatMap { [$0.value - 1, $0.value + 1] }.compactMap(Unicode.Scalar.init).filter { !$0.properties.isWhitespace }
    let others: [Unicode.Scalar] = ["a", "Z", ".", "é", "—", "東", "\u{200B}", "\u{FEFF}", "\u{180E}", "🙂"]
    let alphabet = spaces + neighbours + others
    #expect(spaces.count == 25)
    await propertyCheck(count: 300, input: Gen.element(of: alphabet).array(of: 0...40)) { scalars in
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars.compactMap { $0 })
        let body = String(text)
        #expect(ContentHash.normalized(body) == Array(scalarByScalar(body).utf8), "\(body.unicodeScalars.map(\.value))")
    }
}

/// The collapsing as it was first written: scalar by scalar, asking Unicode.
private func scalarByScalar(_ body: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in body.unicodeScalars {
        if scalar.properties.isWhitespace {
            pendingSpace = !out.isEmpty
        } else {
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
    }
    return String(out)
}
