/// Words the stages compare tokens with one by one ("the", "of", "calls"), each with a number that
/// is the same in every lexicon: the lexicon numbers them first, in this order, so that a token
/// made with a lexicon is compared by its word number (`Token.isWord(_:)`) instead of by its
/// string (a call into the runtime for every two strings that differ). A token made without a
/// lexicon is compared by its string.
enum FixedWord: Int32, CaseIterable, Sendable {
    case a, according, again, agreed, also, an, and, around, `as`, audience, back, be, belong, belongs, between, both, by, call
    case called, calls, capital, ceded, city, claim, claims, conference, control, counterparts, courtesy, day, dispute, disputes
    case down, duo, each, followed, `for`, former, from, hands, he, held, her, here, his, `in`, it, its, joined, known, lake
    case last, longer, messrs, month, mr, next, night, no, of, on, over, own, owns, pair, part, refer, refers, reported, session
    case sessions, she, shook, since, take, territory, that, the, their, them, they, this, to, today, tomorrow, tonight, top
    case two, under, week, which, `while`, who, will, with, would, yesterday

    /// The word, lowercase.
    var text: String { Self.texts[Int(rawValue)] }

    private static let texts: [String] = allCases.map { "\($0)" }
}
