/// The tally of one `dipkb load`.
public struct LoadReport: Equatable, Sendable {
    public var new = 0
    public var skipped = 0
    public var failed = 0
    public var factsAdded = 0
    /// The database failed as a whole and the rest of the input was not read.
    public var stoppedEarly = false
    /// The load was asked to stop (`Loader.shouldStop`) and did, between two articles.
    public var interrupted = false

    public init() {}

    public var processed: Int { new + skipped + failed }

    public var summary: String {
        "\(new) new, \(skipped) skipped, \(failed) failed, \(factsAdded) facts added" + (stoppedEarly ? "; stopped early" : "")
            + (interrupted ? "; interrupted" : "")
    }
}
