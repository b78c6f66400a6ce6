/// A person as a link: the pages and their JSON twins name people by id.
struct PersonReference: Encodable, Sendable, Equatable {
    var id: Int64
    var name: String
    var country: String?
}

/// A meeting as one line of a list: when, where, what became of it and who took part.
struct MeetingSummary: Encodable, Sendable, Equatable {
    var id: Int64
    var date: String?
    var status: String
    var place: String?
    var mode: String
    var participants: [PersonReference]
    /// True for a telephone or video call: the page says "by phone" rather than show a code.
    var isCall: Bool
    /// The page of the meetings at this place.
    var placeLink: String?

    init(id: Int64, date: String?, status: String, place: String?, mode: String, participants: [PersonReference]) {
        self.id = id
        self.date = date
        self.status = status
        self.place = place
        self.mode = mode
        self.participants = participants
        isCall = mode == "call"
        placeLink = place.map(Links.place)
    }
}

/// An article a fact was drawn from, with the sentence that states it.
struct SourceReport: Encodable, Sendable, Equatable {
    var article: ArticleReference
    /// The status this article gives a meeting, or the kind of a claim ("claims", "holds").
    var says: String?
    var evidence: HighlightedText?
}

/// An article as a link to where it was published.
struct ArticleReference: Encodable, Sendable, Equatable {
    var id: Int64
    var title: String?
    var date: String?
    /// The article's source as stored: a URL or a file name.
    var source: String?
    /// The source when it is an http or https URL, the only kind a page links to (a
    /// `javascript:` source in an untrusted article must not become a link).
    var url: String?

    init(id: Int64, title: String?, date: String?, source: String?) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        url = source.flatMap(SafeLink.url)
    }

    init(_ row: Row, id column: String = "article_id") {
        self.init(id: row.int(column) ?? 0, title: row.text("title"), date: row.text("published"), source: row.text("source"))
    }
}
