import Extraction

/// An article's facts in the shape of the evaluation's gold files (`people`, `countries`,
/// `meetings`, `territories`; see GUIDELINES.md), with extra keys for the evidence behind each
/// fact. Keys sorted, NULL written as null, lists in a stable order.
public enum FactsJSON {
    public static func encode(_ facts: ArticleFacts, of article: Article) -> JSONValue {
        func text(_ sentence: Int) -> JSONValue {
            .string(facts.sentences.first { $0.index == sentence }?.text)
        }
        func evidence(_ e: Evidence, withText: Bool) -> JSONValue {
            var pairs: [(String, JSONValue)] = [
                ("sentence", .integer(Int64(e.sentence))), ("start", .integer(Int64(e.start))), ("end", .integer(Int64(e.end))),
            ]
            if withText { pairs.append(("text", text(e.sentence))) }
            return .object(pairs)
        }
        let people = facts.people.map { p in
            JSONValue.object([
                ("name", .string(p.name)),
                ("country", .string(p.country)),
                ("title", .string(p.title)),
                ("aliases", .array(p.aliases.map(JSONValue.string))),
                ("mentions", .array(p.mentions.map { evidence($0, withText: false) })),
            ])
        }
        let meetings = facts.meetings.map { m in
            JSONValue.object([
                ("participants", .array(m.participants.map(JSONValue.string))),
                ("status", .string(m.status.rawValue)),
                ("date", .string(m.date?.description)),
                ("date_precision", .string(m.datePrecision.rawValue)),
                ("place", .string(m.place)),
                ("mode", .string(m.mode.rawValue)),
                ("evidence", .array(m.evidence.map { evidence($0, withText: true) })),
            ])
        }
        let territories = facts.territories.map { t in
            JSONValue.object([
                ("names", .array(t.names.map { .string($0.name) })),
                ("names_used_by", .array(t.names.map { .object([("name", .string($0.name)), ("used_by", .string($0.usedBy))]) })),
                ("claimants", .array(t.claimants.map(JSONValue.string))),
                ("controlled_by", .string(t.controlledBy)),
                (
                    "claims",
                    .array(
                        t.claims.map { c in
                            .object([("country", .string(c.country)), ("kind", .string(c.kind.rawValue)), ("evidence", evidence(c.evidence, withText: true))])
                        })
                ),
                ("evidence", .array(t.evidence.map { evidence($0, withText: true) })),
            ])
        }
        return JSONValue.object([
            ("title", .string(article.title)),
            ("date", .string(article.date?.description)),
            ("people", .array(people)),
            ("countries", .array(Array(Set(facts.countries.map(\.code))).sorted().map(JSONValue.string))),
            ("meetings", .array(meetings)),
            ("territories", .array(territories)),
        ]).sortingKeys
    }
}
