/// The sentence a fact was read from, with the words of the fact marked: the people and
/// countries it is about where the extractor found them (mentions, by offset), and words given by
/// name (a meeting's place, a territory's names: the store's territory mention spans the whole
/// sentence of the claim, so its offsets would mark everything).
struct Evidence {
    /// The entities whose mentions are marked.
    var people: Set<Int64> = []
    var countries: Set<String> = []
    var words: [String] = []

    /// The marked sentence of a row holding article_id, sentence, sentence_text and
    /// sentence_start; nil when the row has no sentence.
    func sentence(of row: Row, in database: PageDatabase) throws -> HighlightedText? {
        guard let article = row.int("article_id"), let index = row.int("sentence"),
            let text = row.text("sentence_text"), let start = row.int("sentence_start")
        else { return nil }
        var spans: [Range<Int>] = []
        for mention in try database.rows("sentence-mentions", ["article": article, "sentence": index]) {
            guard let from = mention.int("start"), let to = mention.int("end") else { continue }
            let wanted: Bool
            switch mention.text("entity_kind") {
            case "person": wanted = mention.int("person_id").map(people.contains) ?? false
            case "country": wanted = mention.text("country").map(countries.contains) ?? false
            default: wanted = false
            }
            if wanted { spans.append(Int(from - start)..<Int(to - start)) }
        }
        for word in words { spans += HighlightedText.occurrences(of: word, in: text) }
        return HighlightedText(text: text, spans: spans)
    }
}
