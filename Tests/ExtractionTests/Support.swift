import Extraction

/// Extracts from a self-written article, with a publication date where given.
func extract(_ body: String, published: String? = nil) -> ArticleFacts {
    Extractor().extract(Article(date: published.flatMap(Day.init(iso:)), body: body))
}

/// The place of the meeting of exactly `people` in a self-written article: nil where there is no
/// such meeting, `.some(nil)` where it has no place.
func meetingPlace(_ body: String, of people: Set<String>, published: String = "2016-04-14") -> String?? {
    extract(body, published: published).meetings.first { Set($0.participants) == people }.map(\.place)
}

/// Every name of every territory found, for comparisons that ignore order.
func names(_ f: ArticleFacts) -> Set<String> { Set(f.territories.flatMap { $0.names.map(\.name) }) }

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
