/// Something recognised in a sentence: a span of tokens and what it is.
struct Mention: Sendable {
    enum Kind: Sendable {
        /// A state or international body; `possessive` for "Japan's".
        case country(code: String, form: Gazetteer.CountryForm, possessive: Bool)
        /// A title phrase ("foreign minister").
        case title
        /// A city or venue.
        case place(country: String)
        /// A known disputed territory.
        case territory(id: Int)
        /// A run of capitalized words that may be a person's name (honorifics excluded).
        case name
        /// A courtesy title before a name: "Mr.", "Messrs.", "Sheikh".
        case honorific

        var isHonorific: Bool {
            if case .honorific = self { return true }
            return false
        }
    }

    var kind: Kind
    /// Token range in the sentence.
    var first: Int
    var last: Int

    var isTitle: Bool {
        if case .title = kind { return true }
        return false
    }
    var isName: Bool {
        if case .name = kind { return true }
        return false
    }
    var countryCode: String? {
        if case .country(let c, _, _) = kind { return c }
        return nil
    }

    /// The state a place mention lies in ("Kampala": UGA); nil for any other mention.
    var placeCountry: String? {
        if case .place(let c) = kind { return c }
        return nil
    }
}
