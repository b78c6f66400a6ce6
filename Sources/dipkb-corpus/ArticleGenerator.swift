/// One generated article: the fields both output formats carry.
struct GeneratedArticle {
    var title: String
    var date: String
    var url: String
    /// UTF-8 body text: paragraphs separated by blank lines.
    var body: [UInt8]
}

/// Writes news-like articles: a story about a pair of states (talks, a planned visit, a call, a
/// territorial quarrel) told among plenty of sentences that report none of these (markets, weather,
/// sport, quotes, cancelled or refused meetings), about 3 KB each.
struct ArticleGenerator {
    private var rng: SplitMix64
    private let rosterSeed: UInt64
    private var serial = 0

    // Per-article state.
    private var published = CivilDay(ordinal: 0)
    private var term = 0
    private var a = 0, b = 0
    private var mentioned: Set<String> = []
    private var dispute: Territory?

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
        // The cast of officials depends on the seed too, but not on the article count.
        var r = SplitMix64(seed: seed ^ 0x5EED_0F_0FF1C1A1)
        rosterSeed = r.next()
    }

    private enum Story { case talks, dispute, other }

    mutating func next() -> GeneratedArticle {
        serial += 1
        let start = CivilDay.from(year: 2015, month: 1, day: 1).ordinal
        let end = CivilDay.from(year: 2025, month: 12, day: 31).ordinal
        published = CivilDay(ordinal: start + rng.below(end - start + 1))
        term = (published.components.year - 2015) / 4
        mentioned = []

        let roll = rng.below(100)
        let story: Story = roll < 55 ? .talks : roll < 80 ? .dispute : .other
        if story == .dispute {
            let t = rng.pick(World.territories)
            dispute = t
            let sides = t.namesBySide.map { World.stateIndex[$0.code]! }
            a = sides[rng.below(sides.count)]
            repeat { b = rng.pick(sides) } while b == a
        } else {
            dispute = nil
            a = rng.below(World.states.count)
            repeat { b = rng.below(World.states.count) } while b == a
        }

        let target = rng.inRange(2700...3300)
        var body: [UInt8] = []
        body.reserveCapacity(target + 600)
        var first = true
        while body.count < target {
            if !first { body.append(contentsOf: "\n\n".utf8) }
            first = false
            let sentences = rng.inRange(1...3)
            for i in 0..<sentences {
                if i > 0 { body.append(32) }
                body.append(contentsOf: sentence(story).utf8)
            }
        }
        let title = headline(story)
        let c = published.components
        let slug = title.lowercased().unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? String($0) : "-" }.joined()
        let url = "https://news.example.org/world/\(c.year)/\(c.month < 10 ? "0" : "")\(c.month)/\(slug.prefix(60))-\(serial)"
        return GeneratedArticle(title: title, date: published.iso, url: url, body: body)
    }

    // MARK: People

    private mutating func official(_ state: Int, _ office: Int) -> Official {
        Official.holder(rosterSeed: rosterSeed, state: state, office: office, term: term)
    }

    /// A minister or leader of `state`, the foreign minister most often.
    private mutating func someone(_ state: Int) -> Official {
        let r = rng.below(100)
        let office = r < 45 ? 1 : r < 70 ? 0 : r < 80 ? 100 + (state == a ? b : a) : 2 + rng.below(World.otherOffices.count)
        return official(state, office)
    }

    /// First mention with nationality and office, later mentions by family name, as the press does.
    private mutating func refer(_ p: Official, _ state: Int) -> String {
        if mentioned.insert(p.fullName).inserted {
            return "\(World.states[state].demonym) \(p.office) \(p.fullName)"
        }
        return p.shortName
    }

    // MARK: Sentences

    private mutating func sentence(_ story: Story) -> String {
        let r = rng.below(100)
        switch story {
        case .talks:
            if r < 32 { return meeting() }
            if r < 47 { return notAMeeting() }
            if r < 55 { return quote() }
            if r < 60 { return background() }
        case .dispute:
            if r < 28 { return territory() }
            if r < 38 { return meeting() }
            if r < 48 { return notAMeeting() }
            if r < 55 { return quote() }
        case .other:
            if r < 5 { return quote() }
        }
        return filler()
    }

    private mutating func pastDay() -> String { published.adding(-rng.inRange(1...6)).weekday }
    private mutating func futureDate() -> String { published.adding(rng.inRange(3...45)).press }

    private mutating func meeting() -> String {
        let (x, y) = rng.chance(50) ? (a, b) : (b, a)
        let p = someone(x)
        let q = someone(y)
        let sx = World.states[x]
        let sy = World.states[y]
        let place = rng.chance(50) ? sx.capital : sy.capital
        switch rng.below(8) {
        case 0:
            let lead = refer(p, x)
            let other = mentioned.insert(q.fullName).inserted ? q.fullName : q.shortName
            return "\(lead) held talks with \(p.possessive) \(sy.demonym) counterpart \(other) in \(place) on \(pastDay()).".capitalizedFirst
        case 1:
            return "\(refer(p, x)) met \(refer(q, y)) in \(place) on \(pastDay()) to discuss \(rng.pick(World.topics)).".capitalizedFirst
        case 2:
            return "\(refer(p, x)) will meet \(refer(q, y)) on \(futureDate()), the \(sx.demonym) foreign ministry said.".capitalizedFirst
        case 3:
            return "\(refer(p, x)) spoke by telephone with \(refer(q, y)) on \(pastDay()), \(p.possessive) office said.".capitalizedFirst
        case 4:
            return "\(refer(p, x)) and \(refer(q, y)) met on the sidelines of the \(rng.pick(World.summits)) in \(rng.pick(World.states).capital) last week."
                .capitalizedFirst
        case 5:
            return "\(refer(p, x)) is due to travel to \(sy.capital) on \(futureDate()) for talks with \(refer(q, y)).".capitalizedFirst
        case 6:
            return "In a phone call on \(pastDay()), \(refer(p, x)) and \(refer(q, y)) agreed to step up cooperation on \(rng.pick(World.topics))."
        default:
            return "\(refer(p, x)) received \(refer(q, y)) in \(sx.capital) on \(pastDay()), the first such visit in \(rng.inRange(2...12)) years."
                .capitalizedFirst
        }
    }

    /// Sentences with two officials that report no meeting: the hard negatives.
    private mutating func notAMeeting() -> String {
        let (x, y) = rng.chance(50) ? (a, b) : (b, a)
        let p = someone(x)
        let q = someone(y)
        let sy = World.states[y]
        switch rng.below(6) {
        case 0: return "\(refer(p, x)) said \(p.pronoun) had no plans to meet \(refer(q, y)) before the end of the year.".capitalizedFirst
        case 1: return "\(refer(p, x)) accused \(sy.demonym) officials of dragging their feet on \(rng.pick(World.topics)).".capitalizedFirst
        case 2: return "\(refer(p, x)) cancelled a planned meeting with \(refer(q, y)), citing scheduling conflicts.".capitalizedFirst
        case 3:
            return
                "The \(World.states[x].demonym) ambassador to \(sy.name.withoutArticle) was summoned to the foreign ministry in \(sy.capital) on \(pastDay())."
                .capitalizedFirst
        case 4: return "\(refer(p, x)) criticised remarks by \(refer(q, y)) as unhelpful.".capitalizedFirst
        default: return "Asked whether \(p.pronoun) would meet \(refer(q, y)), \(refer(p, x)) declined to comment."
        }
    }

    private mutating func quote() -> String {
        let x = rng.chance(50) ? a : b
        let p = someone(x)
        let lines = [
            "We are ready to continue the dialogue", "Our position has not changed", "The door remains open",
            "This is a question of principle for us", "We expect concrete steps, not words",
            "Nobody should doubt our commitment to peace",
        ]
        return "\"\(rng.pick(lines)),\" \(refer(p, x)) told reporters in \(World.states[x].capital)."
    }

    private mutating func background() -> String {
        let sa = World.states[a]
        let sb = World.states[b]
        switch rng.below(3) {
        case 0: return "Trade between \(sa.name.withoutArticle) and \(sb.name.withoutArticle) reached $\(rng.inRange(2...180)) billion last year."
        case 1: return "Relations between \(sa.capital) and \(sb.capital) have been strained since \(rng.inRange(1990...2022))."
        default: return "The two countries established diplomatic relations in \(rng.inRange(1946...1995))."
        }
    }

    private func withArticle(_ name: String) -> String {
        let plural = ["Islands", "Territories", "Kurils", "Heights", "Archipelago", "Group", "Shoal", "Territory"]
        return plural.contains { name.hasSuffix($0) } ? "the \(name)" : name
    }

    private mutating func territory() -> String {
        guard let t = dispute else { return filler() }
        let sideA = t.namesBySide.first { $0.code == World.states[a].code }!.name
        let sideB = t.namesBySide.first { $0.code == World.states[b].code }!.name
        let sa = World.states[a]
        let sb = World.states[b]
        switch rng.below(5) {
        case 0:
            return
                "\(sa.name) and \(sb.name.withoutArticle) have been at odds for decades over the \(t.noun), known as \(withArticle(sideA)) in \(sa.name.withoutArticle) and \(withArticle(sideB)) in \(sb.name.withoutArticle)."
                .capitalizedFirst
        case 1:
            if let h = t.holder, let hi = World.stateIndex[h] {
                let claimant = hi == a ? sb : sa
                let name = hi == a ? sideB : sideA
                return "\(claimant.name) claims \(withArticle(name)), which \(World.states[hi].name) controls.".capitalizedFirst
            }
            return "Both \(sa.name.withoutArticle) and \(sb.name.withoutArticle) claim \(withArticle(t.neutral)) in full."
        case 2:
            return "The dispute over \(withArticle(t.neutral)) has kept the two sides from agreeing on \(rng.pick(World.topics))."
        case 3:
            let p = someone(a)
            return "\(refer(p, a)) reiterated \(sa.name.withoutArticle)'s sovereignty over \(withArticle(sideA)) on \(pastDay()).".capitalizedFirst
        default:
            return "Fishing boats and coast guard vessels from both sides have been seen near \(withArticle(t.neutral)) in recent weeks."
        }
    }

    private mutating func filler() -> String {
        let s = World.states[rng.chance(60) ? a : rng.below(World.states.count)]
        let n = rng.inRange(2...95)
        switch rng.below(16) {
        case 0:
            return "The central bank of \(s.name.withoutArticle) kept its key rate at \(rng.inRange(1...15)).\(rng.below(10)) percent, citing sticky inflation."
        case 1:
            return
                "Stocks in \(s.capital) closed \(rng.chance(50) ? "up" : "down") \(rng.below(4)).\(rng.below(10)) percent on \(pastDay()), led by energy and banking shares."
        case 2: return "Forecasters expect temperatures in \(s.capital) to reach \(rng.inRange(-10...38)) degrees Celsius by the weekend."
        case 3: return "Heavy rain flooded roads in parts of \(s.name.withoutArticle), and officials urged residents to avoid travel."
        case 4: return "The national football team beat its rivals \(rng.inRange(1...4))-\(rng.below(3)) in a friendly match in \(s.capital) on \(pastDay())."
        case 5: return "Striker \(s.names.male.randomName(&rng)) \(s.names.family.randomName(&rng)) scored twice in the second half."
        case 6:
            return
                "Annual inflation slowed to \(rng.inRange(1...12)).\(rng.below(10)) percent in \(CivilDay.months[rng.below(12)]), the statistics office said."
        case 7: return "Exports of grain rose \(n) percent from a year earlier, according to customs data."
        case 8: return "Analysts said the talks were unlikely to produce a breakthrough before the elections."
        case 9: return "More than \(n),000 people attended a music festival on the outskirts of \(s.capital) over the weekend."
        case 10: return "The government plans to spend \(n) billion on new roads and railways over the next five years."
        case 11: return "Oil prices fell \(rng.below(5)).\(rng.below(10)) percent as traders weighed the outlook for demand."
        case 12: return "Opinion polls show a majority of voters oppose any concessions, and nationalist groups plan a rally this weekend."
        case 13:
            return "A new bridge over the river is expected to open in \(CivilDay.months[rng.below(12)]) after \(rng.inRange(2...9)) years of construction."
        case 14: return "The airline said it would add \(n) weekly flights between \(s.capital) and \(rng.pick(World.states).capital) from next spring."
        default: return "Officials gave no further details, and the ministry did not respond to a request for comment."
        }
    }

    private mutating func headline(_ story: Story) -> String {
        let sa = World.states[a]
        let sb = World.states[b]
        switch story {
        case .talks:
            switch rng.below(3) {
            case 0: return "\(sa.name.withoutArticle) and \(sb.name.withoutArticle) hold talks on \(rng.pick(World.topics))"
            case 1: return "\(sa.demonym) and \(sb.demonym) ministers meet in \(sb.capital)"
            default: return "\(sa.demonym) minister to visit \(sb.name.withoutArticle) next month"
            }
        case .dispute:
            return "\(sa.name.withoutArticle) and \(sb.name.withoutArticle) trade barbs over \(dispute!.neutral)"
        case .other:
            return "Markets steady in \(sa.capital) as inflation eases"
        }
    }
}

extension Array where Element == String {
    func randomName(_ rng: inout SplitMix64) -> String { rng.pick(self) }
}
