import Testing

/// Article text is untrusted: every piece of it is shown as text, a source that is not an http
/// URL is never a link, and the server sends only its own assets.
@Suite struct SafetyTests {
    @Test func aScriptTitleIsShownAsText() async throws {
        try await withServer { served in
            let biden = try await served.personID("Joe Biden")
            let json = try await served.get("/person/\(biden).json").json()
            let meeting = try #require((json["meetings"] as? [[String: Any]])?.first?["meeting"] as? [String: Any])
            for path in ["/person/\(biden)", "/meeting/\(try #require(meeting["id"] as? Int))"] {
                let page = try await served.get(path)
                #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path)")
                #expect(!page.body.contains("<script"), "\(path)")
                #expect(!page.body.contains("<img src=x"), "\(path)")
                #expect(!page.body.contains("href=\"javascript:"), "a javascript: source is not a link: \(path)")
                #expect(page.body.contains("javascript:alert(2)"), "but it is shown, as text: \(path)")
            }
        }
    }

    @Test func everyPageForbidsScriptsAndSniffing() async throws {
        try await withServer { served in
            let page = try await served.get("/")
            #expect(page.headers["content-security-policy"]?.contains("default-src 'none'") == true)
            #expect(page.headers["x-content-type-options"] == "nosniff")
        }
    }

    @Test func onlyItsOwnAssetsAreServed() async throws {
        try await withServer { served in
            let style = try await served.get("/assets/style.css")
            #expect(style.status == 200)
            #expect(style.contentType.hasPrefix("text/css"))
            // Embedded too, but not an asset; and no path reaches the disk.
            for path in [
                "/assets/pages.sql", "/assets/home.mustache", "/assets/..%2F..%2FPackage.swift",
                "/assets/../../Package.swift", "/Package.swift", "/assets/%2Fetc%2Fpasswd",
            ] {
                let answer = try await served.get(path)
                #expect(answer.status == 404, "\(path)")
                #expect(!answer.body.contains("SELECT"), "\(path)")
                #expect(!answer.body.contains("root:"), "\(path)")
            }
        }
    }

    @Test func aParameterHoldingSQLIsAValue() async throws {
        try await withServer { served in
            // A parameter holding SQL is a value: it matches nothing, and the tables stay.
            let hostile = "x'); DROP TABLE people; --"
            let encoded = hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let answer = try await served.get("/query/meetings-of.json?person=\(encoded)").json()
            #expect((answer["rows"] as? [Any])?.isEmpty == true)
            let people = try await served.get("/query/people.json").json()
            #expect((people["rows"] as? [Any])?.count ?? 0 > 0)
        }
    }
}
