/// One article's system facts compared with its gold facts by score.py's rules (its
/// score_article(), step for step): the counts of every figure, and a line for every miss.
struct ArticleScore {
    var tallies: [EvalFigure: EvalTally] = [:]
    var misses: [String] = []

    init(system: EvalFacts, gold: EvalFacts) {
        scorePeople(system, gold)
        scoreCountries(system, gold)
        scoreMeetingPairs(system, gold)
        scoreEvents(system, gold)
        scoreTerritories(system, gold)
    }

    private mutating func add(_ figure: EvalFigure, _ tp: Int, _ system: Int, _ gold: Int) {
        tallies[figure, default: EvalTally()].add(tp, system, gold)
    }

    private static func orNil(_ text: String?) -> String? { text?.isEmpty == false ? text : nil }

    // MARK: People

    /// System name -> gold name, greedy and one to one, the strict rule in a first pass and the
    /// surname alone (for a surname no other gold person has) in a second.
    private var mapping: [String: String] = [:]
    private var gold: EvalFacts = EvalFacts()

    private mutating func scorePeople(_ system: EvalFacts, _ gold: EvalFacts) {
        self.gold = gold
        let surnames = gold.people.map { Array(EvalNames.nameTokens($0.name).suffix(1)) }
        var unique: [String: Bool] = [:]
        for person in gold.people {
            let surname = Array(EvalNames.nameTokens(person.name).suffix(1))
            unique[person.name] = surnames.filter { $0 == surname }.count == 1
        }
        var used: Set<String> = []
        for loose in [false, true] {
            for sp in system.people where mapping[sp.name] == nil {
                for gp in gold.people where !used.contains(gp.name) {
                    if EvalNames.samePerson(sp.name, gp.name, uniqueSurname: loose && unique[gp.name] == true)
                        || gp.aliases.contains(where: { EvalNames.samePerson(sp.name, $0) })
                    {
                        mapping[sp.name] = gp.name
                        used.insert(gp.name)
                        break
                    }
                }
            }
        }
        add(.people, mapping.count, system.people.count, gold.people.count)
        for sp in system.people {
            guard let goldName = mapping[sp.name] else {
                misses.append("people FP  \(sp.name)")
                continue
            }
            let gp = gold.people.first { $0.name == goldName }!
            let same = Self.orNil(sp.country) == Self.orNil(gp.country)
            add(.peopleCountry, same ? 1 : 0, 1, 1)
            if !same { misses.append("country of \(gp.name): \(sp.country ?? "None") (gold \(gp.country ?? "None"))") }
        }
        let mapped = Set(mapping.values)
        for gp in gold.people where !mapped.contains(gp.name) { misses.append("people FN  \(gp.name)") }
    }

    /// score.py's resolve(): a system name as the gold person it stands for, or itself marked
    /// as no one's.
    private func resolve(_ name: String) -> String {
        if let known = mapping[name] { return known }
        if let person = gold.people.first(where: { EvalNames.samePerson(name, $0.name) }) { return person.name }
        return "?" + EvalNames.joinedFold(name)
    }

    // MARK: Countries

    private mutating func scoreCountries(_ system: EvalFacts, _ gold: EvalFacts) {
        let g = Set(gold.countries)
        let s = Set(system.countries)
        add(.countries, g.intersection(s).count, s.count, g.count)
        for code in s.subtracting(g).sorted(by: EvalNames.precedes) { misses.append("country FP \(code)") }
        for code in g.subtracting(s).sorted(by: EvalNames.precedes) { misses.append("country FN \(code)") }
    }

    // MARK: Meetings as pairs

    struct Pair: Hashable {
        var first: String
        var second: String
        var label: String { "('\(first)', '\(second)')" }
    }

    /// Every unordered pair of distinct participants, with the first meeting that has it.
    private static func pairs(_ meetings: [EvalFacts.Meeting], _ name: (String) -> String) -> (order: [Pair], meeting: [Pair: EvalFacts.Meeting]) {
        var order: [Pair] = []
        var found: [Pair: EvalFacts.Meeting] = [:]
        for meeting in meetings {
            let names = Set(meeting.participants.map(name)).sorted(by: EvalNames.precedes)
            for i in names.indices {
                for j in names.indices where j > i {
                    let pair = Pair(first: names[i], second: names[j])
                    if found[pair] == nil {
                        found[pair] = meeting
                        order.append(pair)
                    }
                }
            }
        }
        return (order, found)
    }

    private static func sortedPairs(_ pairs: Set<Pair>) -> [Pair] {
        pairs.sorted { a, b in a.first != b.first ? EvalNames.precedes(a.first, b.first) : EvalNames.precedes(a.second, b.second) }
    }

    private mutating func scoreMeetingPairs(_ system: EvalFacts, _ gold: EvalFacts) {
        let g = Self.pairs(gold.meetings) { $0 }
        let s = Self.pairs(system.meetings) { resolve($0) }
        let goldSet = Set(g.order)
        let systemSet = Set(s.order)
        let hit = goldSet.intersection(systemSet)
        add(.meetings, hit.count, systemSet.count, goldSet.count)
        for pair in Self.sortedPairs(systemSet.subtracting(hit)) { misses.append("meeting FP \(pair.first) + \(pair.second)") }
        for pair in Self.sortedPairs(goldSet.subtracting(hit)) { misses.append("meeting FN \(pair.first) + \(pair.second)") }
        for pair in Self.sortedPairs(hit) {
            let gm = g.meeting[pair]!
            let sm = s.meeting[pair]!
            let okStatus = sm.status == gm.status
            let okDate = Self.orNil(sm.date) == Self.orNil(gm.date)
            add(.meetingStatus, okStatus ? 1 : 0, 1, 1)
            add(.meetingDate, okDate ? 1 : 0, 1, 1)
            if !okStatus { misses.append("status of \(pair.label): \(sm.status ?? "None") (gold \(gm.status ?? "None"))") }
            if !okDate { misses.append("date of \(pair.label): \(sm.date ?? "None") (gold \(gm.date ?? "None"))") }
        }
    }

    // MARK: Meetings as events

    /// One gold meeting matches at most one system meeting sharing two or more of its
    /// participants, the largest overlap (Jaccard) first, then the one agreeing on more of mode,
    /// status, day and place, then the earlier gold and system meeting.
    private mutating func scoreEvents(_ system: EvalFacts, _ gold: EvalFacts) {
        let gev = gold.meetings.map { (Set($0.participants), $0) }.filter { $0.0.count >= 2 }
        let sev = system.meetings.map { (Set($0.participants.map(resolve)), $0) }.filter { $0.0.count >= 2 }
        func agree(_ g: EvalFacts.Meeting, _ s: EvalFacts.Meeting) -> Int {
            [(g.mode, s.mode), (g.status, s.status), (g.date, s.date), (g.place, s.place)]
                .filter { Self.orNil($0.0) == Self.orNil($0.1) }.count
        }
        var candidates: [(overlap: Double, agree: Int, i: Int, j: Int)] = []
        for (i, g) in gev.enumerated() {
            for (j, s) in sev.enumerated() {
                let shared = g.0.intersection(s.0).count
                guard shared >= 2 else { continue }
                candidates.append((Double(shared) / Double(g.0.union(s.0).count), agree(g.1, s.1), i, j))
            }
        }
        candidates.sort { a, b in
            if a.overlap != b.overlap { return a.overlap > b.overlap }
            if a.agree != b.agree { return a.agree > b.agree }
            if a.i != b.i { return a.i < b.i }
            return a.j < b.j
        }
        var goldUsed: Set<Int> = []
        var systemUsed: Set<Int> = []
        for candidate in candidates where !goldUsed.contains(candidate.i) && !systemUsed.contains(candidate.j) {
            goldUsed.insert(candidate.i)
            systemUsed.insert(candidate.j)
            let g = gev[candidate.i].1
            let s = sev[candidate.j].1
            add(.eventStatus, s.status == g.status ? 1 : 0, 1, 1)
            add(.eventDate, Self.orNil(s.date) == Self.orNil(g.date) ? 1 : 0, 1, 1)
            let samePlace = EvalNames.joinedFold(s.place) == EvalNames.joinedFold(g.place)
            add(.eventPlace, samePlace ? 1 : 0, 1, 1)
            if Self.orNil(s.place) != Self.orNil(g.place) && !samePlace {
                let who = gev[candidate.i].0.sorted(by: EvalNames.precedes).map { "'\($0)'" }.joined(separator: ", ")
                misses.append("place of [\(who)]: \(s.place ?? "None") (gold \(g.place ?? "None"))")
            }
        }
        add(.events, goldUsed.count, sev.count, gev.count)
        for (i, g) in gev.enumerated() where !goldUsed.contains(i) {
            misses.append("event FN " + g.0.sorted(by: EvalNames.precedes).joined(separator: " + "))
        }
        for (j, s) in sev.enumerated() where !systemUsed.contains(j) {
            misses.append("event FP " + s.0.sorted(by: EvalNames.precedes).joined(separator: " + "))
        }
    }

    // MARK: Territories and claims

    /// A system territory's claim target: the gold territory it shares a name with, or itself.
    enum TerritoryLabel: Hashable {
        case gold(Int)
        case unmatched(String)
    }

    struct ClaimKey: Hashable {
        var territory: TerritoryLabel
        var country: String
    }

    private mutating func scoreTerritories(_ system: EvalFacts, _ gold: EvalFacts) {
        let goldKeys = gold.territories.map { Set($0.names.map(EvalNames.territoryKey)) }
        func goldIndex(_ t: EvalFacts.Territory) -> Int? {
            let keys = Set(t.names.map(EvalNames.territoryKey))
            return goldKeys.firstIndex { !$0.isDisjoint(with: keys) }
        }
        var goldClaims: Set<ClaimKey> = []
        for (i, t) in gold.territories.enumerated() {
            for country in t.claimants { goldClaims.insert(ClaimKey(territory: .gold(i), country: country)) }
        }
        var systemClaims: Set<ClaimKey> = []
        var matched: Set<Int> = []
        for t in system.territories {
            let index = goldIndex(t)
            if let index { matched.insert(index) } else { misses.append("territory FP \(Self.pythonList(t.names))") }
            let label = index.map(TerritoryLabel.gold) ?? .unmatched("?" + t.names.joined(separator: "/"))
            for country in t.claimants { systemClaims.insert(ClaimKey(territory: label, country: country)) }
        }
        for (i, t) in gold.territories.enumerated() where !matched.contains(i) {
            misses.append("territory FN \(Self.pythonList(t.names))")
        }
        add(.territories, matched.count, system.territories.count, gold.territories.count)
        add(.claims, goldClaims.intersection(systemClaims).count, systemClaims.count, goldClaims.count)
        func name(_ label: TerritoryLabel) -> String {
            switch label {
            case .gold(let i): return gold.territories[i].names.first ?? ""
            case .unmatched(let text): return text
            }
        }
        let order = { (a: ClaimKey, b: ClaimKey) in
            let x = name(a.territory) + "\u{0}" + a.country
            let y = name(b.territory) + "\u{0}" + b.country
            return EvalNames.precedes(x, y)
        }
        for claim in goldClaims.subtracting(systemClaims).sorted(by: order) {
            misses.append("claim FN \(name(claim.territory)) <- \(claim.country)")
        }
        for claim in systemClaims.subtracting(goldClaims).sorted(by: order) {
            misses.append("claim FP \(name(claim.territory)) <- \(claim.country)")
        }
    }

    private static func pythonList(_ names: [String]) -> String {
        "[" + names.map { "'\($0)'" }.joined(separator: ", ") + "]"
    }
}
