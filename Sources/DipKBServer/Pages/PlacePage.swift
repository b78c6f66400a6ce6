/// The meetings held or planned at one place (the search box finds places by name), a page
/// at a time.
struct PlacePage: Encodable, Sendable {
    var place: String
    var meetings: [MeetingSummary]
    var pagination: Pagination

    init(place: String, page: Int, link: (Int) -> String, database: PageDatabase) throws {
        self.place = place
        pagination = Pagination(page: page, total: try database.count("count-place-meetings", ["place": place]), link: link)
        meetings = try database.rows(
            "place-meetings",
            [
                "place": place, "limit": pagination.pageSize,
                "offset": pagination.offset,
            ]
        ).map {
            try MeetingSummary($0, database: database)
        }
    }
}
