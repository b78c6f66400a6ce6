/// A request the server cannot answer: the status and what was wrong, in words, never a trace.
struct ErrorPage: Encodable, Sendable {
    var status: Int
    var reason: String
    var message: String
}
