/// One country: its people and the meetings they took part in (each a page at a time), and
/// the territories it claims or holds.
struct CountryPage: Encodable, Sendable {
    struct Person: Encodable, Sendable {
        var id: Int64
        var name: String
        var title: String?
    }

    struct Claim: Encodable, Sendable {
        var territory: Int64
        var name: String
        var kind: String
        var articles: Int64
    }

    var code: String
    var name: String?
    var people: [Person]
    var peoplePagination: Pagination
    var meetings: [MeetingSummary]
    var meetingsPagination: Pagination
    var claims: [Claim]

    /// `link(list, page)` makes the URL of another page of the people or meetings list.
    init?(code: String, peoplePage: Int, meetingsPage: Int, link: (String, Int) -> String, database: PageDatabase) throws {
        guard let row = try database.rows("country", ["code": code]).first else { return nil }
        self.code = row.text("code") ?? code
        name = row.text("name")
        peoplePagination = Pagination(
            page: peoplePage, total: try database.count("count-country-people", ["code": code]),
            link: { link("people", $0) })
        people = try database.rows(
            "country-people",
            [
                "code": code, "limit": peoplePagination.pageSize,
                "offset": peoplePagination.offset,
            ]
        ).map {
            Person(id: $0.int("id") ?? 0, name: $0.text("name") ?? "", title: $0.text("title"))
        }
        meetingsPagination = Pagination(
            page: meetingsPage, total: try database.count("count-country-meetings", ["code": code]),
            link: { link("meetings", $0) })
        meetings = try database.rows(
            "country-meetings",
            [
                "code": code, "limit": meetingsPagination.pageSize,
                "offset": meetingsPagination.offset,
            ]
        ).map {
            try MeetingSummary($0, database: database)
        }
        claims = try database.rows("country-claims", ["code": code]).map {
            Claim(
                territory: $0.int("id") ?? 0, name: $0.text("name") ?? "", kind: $0.text("kind") ?? "",
                articles: $0.int("articles") ?? 0)
        }
    }
}
