/// What the search box finds: people, territories, countries and meeting places whose name
/// holds the text.
struct SearchPage: Encodable, Sendable {
    /// Matches shown of each kind; a longer text narrows them.
    static let matchesPerKind = 50

    struct Match: Encodable, Sendable {
        var id: String
        var label: String
        var detail: String?
        /// The page of a place (other matches link by id).
        var link: String?
    }

    var text: String
    var people: [Match] = []
    var territories: [Match] = []
    var countries: [Match] = []
    var places: [Match] = []
    var nothingFound: Bool

    init(text: String, database: PageDatabase) throws {
        self.text = text
        for row in try database.rows("search", ["text": text, "limit": Self.matchesPerKind]) {
            let label = row.text("label") ?? ""
            var match = Match(id: row.text("id") ?? "", label: label, detail: row.text("detail"))
            switch row.text("kind") {
            case "person": people.append(match)
            case "territory": territories.append(match)
            case "country": countries.append(match)
            default:
                match.link = Links.place(label)
                places.append(match)
            }
        }
        nothingFound = people.isEmpty && territories.isEmpty && countries.isEmpty && places.isEmpty
    }
}
