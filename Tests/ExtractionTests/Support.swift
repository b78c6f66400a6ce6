import Extraction

/// Extracts from a self-written article, with a publication date where given.
func extract(_ body: String, published: String? = nil) -> ArticleFacts {
    Extractor().extract(Article(date: published.flatMap(Day.init(iso:)), body: body))
}

extension ArticleFacts {
    func person(_ name: String) -> PersonFact? { people.first { $0.name == name } }
    var names: Set<String> { Set(people.map(\.name)) }
    var codes: Set<String> { Set(countries.map(\.code)) }
    /// Meetings as sorted participant lists, for comparisons that ignore order.
    var pairs: [[String]] { meetings.map { $0.participants.sorted() } }
    func meeting(_ a: String, _ b: String) -> MeetingFact? {
        meetings.first { Set($0.participants).isSuperset(of: [a, b]) }
    }
}
