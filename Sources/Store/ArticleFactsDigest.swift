/// The facts the knowledge base holds from one article, as stored (people under their merged
/// identity, meetings with the status this article gave), each with the sentence behind it.
public struct ArticleFactsDigest: Equatable, Sendable {
    public struct Person: Equatable, Sendable {
        public var personID: Int64
        /// The name as this article gives it.
        public var name: String
        public var country: String?
        public var title: String?
    }

    public struct Meeting: Equatable, Sendable {
        public var meetingID: Int64
        public var participants: [String]
        /// The status this article gives the meeting.
        public var status: String
        public var date: String?
        public var place: String?
        public var mode: String
        public var sentence: String?
    }

    public struct Claim: Equatable, Sendable {
        public var territoryID: Int64
        public var territory: String
        public var country: String
        /// "claims" or "holds".
        public var kind: String
        public var sentence: String
    }

    public var people: [Person] = []
    public var meetings: [Meeting] = []
    public var claims: [Claim] = []

    public init(people: [Person] = [], meetings: [Meeting] = [], claims: [Claim] = []) {
        self.people = people
        self.meetings = meetings
        self.claims = claims
    }
}
