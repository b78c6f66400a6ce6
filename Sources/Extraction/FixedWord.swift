/// Words the stages compare tokens with one by one ("the", "of", "calls"), each with a number that
/// is the same in every lexicon: the lexicon numbers them first, in this order, so that a token
/// made with a lexicon is compared by its word number (`Token.isWord(_:)`) instead of by its
/// string (a call into the runtime for every two strings that differ). A token made without a
/// lexicon is compared by its string.
enum FixedWord: Int32, CaseIterable, Sendable {
    case a, according, after, again, agreed, ahead, also, an, and, around, `as`, at, attend, audience, back, be, before, belong
    case belongs, between, both, but, by, call, called, calls, capital, ceded, city, claim, claims, conference, control
    case counterparts, courtesy, day, dispute, disputes, down, duo, during, each, earlier, followed, `for`, former, from, had
    case hands, has, have, he, held, her, here, his, hold, `if`, `in`, it, its, joined, known, lake, last, later, longer, messrs
    case month, morning, mr, named, next, night, no, of, on, or, over, own, owns, pair, part, refer, refers, reported, session
    case sessions, she, shook, since, take, territory, that, the, their, them, they, this, till, to, today, tomorrow, tonight
    case top, two, under, unless, until, week, which, `while`, who, will, with, would, yesterday, yet, amid, talk
    case meet, meets, met, meeting

    /// The word, lowercase.
    var text: String { Self.texts[Int(rawValue)] }

    private static let texts: [String] = allCases.map { "\($0)" }
}
