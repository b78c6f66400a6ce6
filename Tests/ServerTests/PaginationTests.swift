import Foundation
import Testing

/// Lists that can run to thousands of rows come a page at a time, with links to the next and
/// previous pages that keep the other parameters.
@Suite struct PaginationTests {
    /// Sixty articles, each reporting one call on its own day: more than a page of meetings.
    static let calls: [(file: String, text: String)] = (1...60).map { number in
        let day = Calendar(identifier: .gregorian).date(
            byAdding: .day, value: number * 3,
            to: DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2020, month: 1, day: 1).date!)!
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        let iso = formatter.string(from: day)
        formatter.dateFormat = "MMMM d, yyyy"
        let spoken = formatter.string(from: day)
        return (
            "call-\(number).txt",
            """
            Title: Call number \(number)
            Date: \(iso)

            Ukrainian President Volodymyr Zelenskiy spoke by phone with U.S. President Joe Biden on \(spoken).
            """
        )
    }

    @Test func aPersonsMeetingsComeFiftyAtATime() async throws {
        try await withServer(articles: Self.calls) { served in
            let biden = try await served.personID("Joe Biden")
            let first = try await served.get("/person/\(biden).json").json()
            let pagination = try #require(first["pagination"] as? [String: Any])
            #expect(pagination["total"] as? Int == 60)
            #expect((first["meetings"] as? [Any])?.count == 50)
            #expect(pagination["next"] as? String == "/person/\(biden).json?page=2")
            let second = try await served.get("/person/\(biden).json?page=2").json()
            #expect((second["meetings"] as? [Any])?.count == 10)
            #expect((second["pagination"] as? [String: Any])?["next"] == nil)
            let page = try await served.get("/person/\(biden)?page=2")
            #expect(page.body.contains("Showing 51 to 60 of 60"))
            #expect(page.body.contains("href=\"/person/\(biden)?page=1\""))
        }
    }

    @Test func aNamedQueryIsPagedKeepingItsParameters() async throws {
        try await withServer(articles: Self.calls) { served in
            let first = try await served.get("/query/meetings-of.json?person=biden").json()
            #expect((first["rows"] as? [Any])?.count == 50)
            let pagination = try #require(first["pagination"] as? [String: Any])
            #expect(pagination["total"] as? Int == 60)
            #expect(pagination["next"] as? String == "/query/meetings-of.json?person=biden&page=2")
            let beyond = try await served.get("/query/meetings-of.json?person=biden&page=9").json()
            #expect((beyond["rows"] as? [Any])?.isEmpty == true, "a page past the end is empty, not an error")
        }
    }
}
