/// One meeting: who, when, where, how, what became of it, and every article that reports it
/// with the status that article gives and its evidence sentence, the words of the fact marked.
struct MeetingPage: Encodable, Sendable {
    var meeting: MeetingSummary
    /// "day" when the articles give the day, otherwise why the date is missing.
    var datePrecision: String
    var sources: [SourceReport]

    init?(id: Int64, database: PageDatabase) throws {
        guard let row = try database.rows("meeting", ["id": id]).first else { return nil }
        meeting = try MeetingSummary(row, database: database)
        datePrecision = row.text("date_precision") ?? "none"
        sources = try Self.sources(of: meeting, database: database)
    }

    /// Every report of a meeting, its participants and place marked in the sentence.
    static func sources(of meeting: MeetingSummary, database: PageDatabase) throws -> [SourceReport] {
        let evidence = Evidence(people: Set(meeting.participants.map(\.id)), words: meeting.place.map { [$0] } ?? [])
        return try database.rows("meeting-sources", ["id": meeting.id]).map { row in
            SourceReport(
                article: ArticleReference(row), says: row.text("status"),
                evidence: try evidence.sentence(of: row, in: database))
        }
    }
}

extension MeetingSummary {
    /// A meeting from a row holding id, date, status, place and mode, with its participants read.
    init(_ row: Row, database: PageDatabase) throws {
        let id = row.int("id") ?? 0
        let participants = try database.rows("meeting-participants", ["id": id]).map {
            PersonReference(id: $0.int("id") ?? 0, name: $0.text("name") ?? "", country: $0.text("country"))
        }
        self.init(
            id: id, date: row.text("date"), status: row.text("status") ?? "", place: row.text("place"),
            mode: row.text("mode") ?? "in_person", participants: participants)
    }
}
