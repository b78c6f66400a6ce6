/// One person: the names they go by, their roles with the years stated, and every meeting
/// (a page at a time) with the others present and each report's evidence sentence.
struct PersonPage: Encodable, Sendable {
    struct Role: Encodable, Sendable {
        var title: String
        var country: String?
        /// "2018" or "2017 to 2019": the first and last year an article stated the role.
        var years: String?
        var articles: Int64
    }

    struct Meeting: Encodable, Sendable {
        var meeting: MeetingSummary
        /// The other participants.
        var with: [PersonReference]
        var sources: [SourceReport]
    }

    var person: PersonReference
    var countryName: String?
    var title: String?
    var aliases: [String]
    var roles: [Role]
    var meetings: [Meeting]
    var pagination: Pagination

    init?(id: Int64, page: Int, link: (Int) -> String, database: PageDatabase) throws {
        guard let row = try database.rows("person", ["id": id]).first else { return nil }
        person = PersonReference(id: id, name: row.text("name") ?? "", country: row.text("country"))
        countryName = row.text("country_name")
        title = row.text("title")
        aliases = try database.rows("person-aliases", ["id": id]).compactMap { $0.text("alias") }
        roles = try database.rows("person-roles", ["id": id]).map { row in
            let first = row.text("first_year")
            let last = row.text("last_year")
            let years = first.map { first in last.map { $0 == first ? first : "\(first) to \($0)" } ?? first }
            return Role(
                title: row.text("title") ?? "", country: row.text("country"), years: years,
                articles: row.int("articles") ?? 0)
        }
        pagination = Pagination(page: page, total: try database.count("count-person-meetings", ["id": id]), link: link)
        meetings = try database.rows("person-meetings", ["id": id, "limit": pagination.pageSize, "offset": pagination.offset]).map { row in
            let meeting = try MeetingSummary(row, database: database)
            return Meeting(
                meeting: meeting, with: meeting.participants.filter { $0.id != id },
                sources: try MeetingPage.sources(of: meeting, database: database))
        }
    }
}
