/// The front page: how big the knowledge base is, the latest meetings, the territories, and
/// the search box.
struct HomePage: Encodable, Sendable {
    /// Enough latest meetings to see what the knowledge base is about at a glance.
    static let latestMeetingCount = 10
    /// Territories listed by name; the rest are a query away (/query/disputed-territories).
    static let territoryCount = 100

    struct Counts: Encodable, Sendable {
        var articles: Int64
        var people: Int64
        var meetings: Int64
        var territories: Int64
        var countries: Int64
    }

    struct Territory: Encodable, Sendable {
        var id: Int64
        var name: String
    }

    var counts: Counts
    var latestMeetings: [MeetingSummary]
    var territories: [Territory]

    init(database: PageDatabase) throws {
        let row = try database.rows("counts").first
        counts = Counts(
            articles: row?.int("articles") ?? 0, people: row?.int("people") ?? 0,
            meetings: row?.int("meetings") ?? 0, territories: row?.int("territories") ?? 0,
            countries: row?.int("countries") ?? 0)
        latestMeetings = try database.rows("latest-meetings", ["limit": Self.latestMeetingCount]).map {
            try MeetingSummary($0, database: database)
        }
        territories = try database.rows("territories", ["limit": Self.territoryCount]).map { Territory(id: $0.int("id") ?? 0, name: $0.text("name") ?? "") }
    }
}
