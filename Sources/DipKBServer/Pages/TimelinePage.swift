import Store

/// Meetings and claims in date order, as the named query `timeline` gives them, filtered by
/// country and person, a page at a time.
struct TimelinePage: Encodable, Sendable {
    struct Event: Encodable, Sendable {
        var date: String?
        var kind: String
        var event: String
        var sources: Int64
        var isMeeting: Bool
    }

    /// The filter as given, for the form.
    struct Filter: Encodable, Sendable {
        var country: String?
        var person: String?
    }

    var filter: Filter
    var events: [Event]
    var pagination: Pagination

    init(country: String?, person: String?, page: Int, link: (Int) -> String, database: PageDatabase) throws {
        filter = Filter(country: country, person: person)
        var parameters: [String: String] = [:]
        parameters["country"] = country
        parameters["person"] = person
        let window = Pagination(page: page, total: 0, link: link).window
        let result = try database.run(try database.named.query(named: "timeline"), parameters: parameters, window: window)
        events = result.rows.map { values in
            let row = Row(columns: result.columns, values: values)
            let kind = row.text("kind") ?? ""
            return Event(
                date: row.text("date"), kind: kind, event: row.text("event") ?? "", sources: row.int("sources") ?? 0,
                isMeeting: kind == "meeting")
        }
        pagination = Pagination(page: page, total: result.total, link: link)
    }
}
