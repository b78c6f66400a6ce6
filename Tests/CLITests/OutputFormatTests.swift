import DipKB
import Extraction
import SQLite
import Store
import Testing

private let result = QueryResult(
    columns: ["name", "n", "note"],
    rows: [
        [.text("Kōno"), .integer(12), .text("says \"hi\", twice\nthen leaves")],
        [.text("Lavrov"), .integer(3), .null],
    ])

@Test func tableAlignsColumnsAndRightAlignsNumbers() {
    #expect(
        TableOutput.render(result) == """
            name     n  note
            ------  --  ----------------------------
            Kōno    12  says "hi", twice then leaves
            Lavrov   3

            """)
}

@Test func streamedTableJudgesItsColumnsFromTheRowsItLooksAheadAt() throws {
    var printed: [String] = []
    var writer = TableOutput(sink: { printed.append($0) }, lookAhead: 2)
    try writer.begin(columns: ["name", "n"])
    try writer.write([.text("Kōno"), .integer(12)])
    #expect(printed.isEmpty)
    try writer.write([.text("Lavrov"), .integer(3)])
    // The header and both rows go out once the look-ahead is full; later rows as they come.
    #expect(printed == ["name     n\n------  --\nKōno    12\nLavrov   3\n"])
    try writer.write([.text("Shinzo Abe"), .integer(1234)])
    #expect(printed.last == "Shinzo Abe  1234\n")
    try writer.end()
    #expect(printed.count == 2)
}

@Test func csvFollowsRFC4180() {
    #expect(CSVOutput.render(result) == "name,n,note\r\nKōno,12,\"says \"\"hi\"\", twice\nthen leaves\"\r\nLavrov,3,\r\n")
}

@Test func jsonIsAnArrayOfObjectsKeyedByColumn() {
    #expect(
        JSONOutput.render(result) == """
            [
              {"name":"Kōno","n":12,"note":"says \\"hi\\", twice\\nthen leaves"},
              {"name":"Lavrov","n":3,"note":null}
            ]

            """)
    #expect(JSONOutput.render(QueryResult(columns: ["a"], rows: [])) == "[]\n")
    #expect(JSONValue.string("\u{1}").serialized() == "\"\\u0001\"")
}

@Test func factsJSONHasTheGoldShape() {
    let body = "Kono met Lavrov in Moscow."
    let sentence = Sentence(index: 0, start: 0, end: 26, text: body)
    let facts = ArticleFacts(
        sentences: [sentence],
        people: [
            PersonFact(name: "Taro Kono", country: "JPN", title: "Foreign Minister", aliases: ["Kono"], mentions: [Evidence(sentence: 0, start: 0, end: 4)]),
            PersonFact(name: "Sergei Lavrov", country: "RUS"),
        ],
        countries: [CountryFact(code: "RUS", name: "Russia"), CountryFact(code: "JPN", name: "Japan"), CountryFact(code: "RUS", name: "Russia")],
        meetings: [
            MeetingFact(
                participants: ["Taro Kono", "Sergei Lavrov"], status: .held, date: Day(year: 2019, month: 1, day: 14),
                datePrecision: .day, place: "Moscow", evidence: [Evidence(sentence: 0, start: 5, end: 8)])
        ],
        territories: [
            TerritoryFact(
                names: [TerritoryName(name: "Kuril", usedBy: "RUS"), TerritoryName(name: "Northern Territories", usedBy: "JPN")],
                claims: [
                    Claim(country: "RUS", kind: .holds, evidence: Evidence(sentence: 0, start: 0, end: 4)),
                    Claim(country: "JPN", kind: .claims, evidence: Evidence(sentence: 0, start: 0, end: 4)),
                ])
        ])
    let json = FactsJSON.encode(facts, of: Article(body: body))
    #expect(
        json.serialized() == #"""
            {"countries":["JPN","RUS"],"date":null,\#
            "meetings":[{"date":"2019-01-14","date_precision":"day","evidence":[{"end":8,"sentence":0,"start":5,"text":"Kono met Lavrov in Moscow."}],"mode":"in_person","participants":["Taro Kono","Sergei Lavrov"],"place":"Moscow","status":"held"}],\#
            "people":[{"aliases":["Kono"],"country":"JPN","mentions":[{"end":4,"sentence":0,"start":0}],"name":"Taro Kono","title":"Foreign Minister"},\#
            {"aliases":[],"country":"RUS","mentions":[],"name":"Sergei Lavrov","title":null}],\#
            "territories":[{"claimants":["JPN","RUS"],"claims":[{"country":"RUS","evidence":{"end":4,"sentence":0,"start":0,"text":"Kono met Lavrov in Moscow."},"kind":"holds"},\#
            {"country":"JPN","evidence":{"end":4,"sentence":0,"start":0,"text":"Kono met Lavrov in Moscow."},"kind":"claims"}],\#
            "controlled_by":"RUS","evidence":[],"names":["Kuril","Northern Territories"],\#
            "names_used_by":[{"name":"Kuril","used_by":"RUS"},{"name":"Northern Territories","used_by":"JPN"}]}],"title":null}
            """#)
}
