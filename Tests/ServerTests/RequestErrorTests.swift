import Testing

/// A request the server cannot answer gets a clear 4xx page (JSON for a JSON request), never a
/// stack trace or a blank answer.
@Suite struct RequestErrorTests {
    @Test(arguments: [
        ("/nothing/here", 404, "There is no page at /nothing/here."),
        ("/person/999999", 404, "There is no person 999999 in the knowledge base."),
        ("/meeting/0", 400, "is not a meeting id"),
        ("/person/abc", 400, "is not a person id"),
        ("/territory/12x", 400, "is not a territory id"),
        ("/country/NOPE", 404, "There is no country NOPE"),
        ("/country/a%20b", 400, "is not a country code"),
        ("/query/no-such-query", 404, "no-such-query"),
        ("/query/people?colour=red", 400, "colour"),
        ("/query/meetings-of?page=1&x=1", 400, "x"),
        ("/person/1?page=0", 400, "page must be a page number"),
        ("/timeline?page=-3", 400, "page must be a page number"),
        ("/graph?from=2019-02-30", 400, "from needs a real day as YYYY-MM-DD"),
        ("/graph?to=yesterday", 400, "to needs a real day"),
        ("/search", 400, "Type part of a name"),
        ("/search?q=%E0%A4", 400, "%-escape"),
        ("/search?q=a&q=b", 400, "given twice"),
    ])
    func badRequestsGetAClearPage(path: String, status: Int, message: String) async throws {
        try await withServer { served in
            let page = try await served.get(path)
            #expect(page.status == status)
            #expect(page.contentType.hasPrefix("text/html"))
            #expect(page.body.contains("<h1 class=\"error\">\(status) "))
            #expect(page.body.contains(message), "\(page.body)")
            #expect(!page.body.contains("Fatal error"))
            #expect(!page.body.contains(".swift:"))
        }
    }

    @Test func aJSONRequestGetsAJSONError() async throws {
        try await withServer { served in
            let answer = try await served.get("/person/999999.json")
            #expect(answer.status == 404)
            let error = try answer.json()
            #expect(error["status"] as? Int == 404)
            #expect((error["message"] as? String)?.contains("no person 999999") == true)
        }
    }

    @Test func onlyReadingIsAnswered() async throws {
        try await withServer { served in
            let answer = try await served.send("POST", "/")
            #expect(answer.status == 405)
            #expect(answer.body.contains("only reads"))
            let head = try await served.send("HEAD", "/")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
        }
    }
}
