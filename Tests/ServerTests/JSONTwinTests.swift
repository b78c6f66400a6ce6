import Testing

/// Every page has a JSON twin: the same URL with `.json`, or the same URL asked with
/// `Accept: application/json`, holding the facts the page shows.
@Suite struct JSONTwinTests {
    @Test func theSuffixAndTheAcceptHeaderGiveTheSameJSON() async throws {
        try await withServer { served in
            let lavrov = try await served.personID("Sergei Lavrov")
            let suffixed = try await served.get("/person/\(lavrov).json")
            let accepted = try await served.get("/person/\(lavrov)", accept: "application/json")
            #expect(suffixed.contentType.hasPrefix("application/json"))
            #expect(accepted.contentType.hasPrefix("application/json"))
            #expect(suffixed.body == accepted.body)
            let person = try suffixed.json()
            #expect((person["person"] as? [String: Any])?["name"] as? String == "Sergei Lavrov")
            let meetings = try #require(person["meetings"] as? [[String: Any]])
            let sources = try #require(meetings.first?["sources"] as? [[String: Any]])
            let evidence = try #require(sources.first?["evidence"] as? [String: Any])
            #expect(evidence["text"] as? String == "Russian Foreign Minister Sergei Lavrov will meet Japanese Foreign Minister Taro Kono in Moscow on Monday.")
            let marked = (evidence["runs"] as? [[String: Any]] ?? []).filter { $0["marked"] as? Bool == true }.compactMap { $0["text"] as? String }
            #expect(marked == ["Sergei Lavrov", "Taro Kono", "Moscow"])
        }
    }

    @Test(arguments: [
        "/index.json", "/graph.json", "/timeline.json", "/query.json", "/query/people.json",
        "/search.json?q=kono", "/country/RUS.json", "/place.json?name=Moscow",
    ])
    func everyPageHasATwin(path: String) async throws {
        try await withServer { served in
            let answer = try await served.get(path)
            #expect(answer.status == 200)
            #expect(answer.contentType.hasPrefix("application/json"))
            _ = try answer.json()
        }
    }

    @Test func aBrowsersAcceptHeaderGetsTheHTMLPage() async throws {
        try await withServer { served in
            let page = try await served.get("/", accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            #expect(page.contentType.hasPrefix("text/html"))
            #expect(page.body.contains("href=\"/index.json\""), "the page links to its twin")
        }
    }

    @Test func aNamedQueryBindsItsParametersAsTheCommandLineDoes() async throws {
        try await withServer { served in
            let answer = try await served.get("/query/meetings-of.json?person=kono").json()
            #expect(answer["columns"] as? [String] == ["person", "date", "status", "met", "place", "mode", "article"])
            let rows = try #require(answer["rows"] as? [[Any]])
            #expect(rows.count == 1)
            #expect(rows.first?[1] as? String == "2019-01-14")
            #expect(rows.first?[6] as? Int != nil, "numbers stay numbers")
            let form = try await served.get("/query/meetings-of")
            #expect(form.status == 200, "a first visit shows the form")
            #expect(form.body.contains("Give the required parameters"))
        }
    }
}
