/// Finds territories the article presents as disputed: known territories named beside words of
/// dispute, and unknown ones caught by the patterns of dispute ("dispute over X", "sovereignty
/// over X", "annexed X"); their names with the side using each, claimants and holder.
struct TerritoryExtractor: Sendable {
    let gazetteer: Gazetteer

    static let cues: Set<String> = [
        "dispute", "disputes", "disputed", "contested", "contest", "claim", "claims", "claimed", "claiming", "claimant",
        "claimants", "sovereignty", "territorial", "occupied", "occupation", "annexed", "annexation", "annex", "seized",
        "administered", "controlled", "calls", "called", "known", "row", "standoff", "impasse", "belongs", "rightful",
        "owner", "ownership", "sovereign", "incursions", "intrusions", "economic", "conflict", "differences",
        "divisive", "divided", "spat", "friction", "presence", "outcroppings", "islets",
    ]
    static let claimWords: Set<String> = ["claim", "claims", "claimed", "claiming", "claimant", "sovereignty", "calls", "call", "rightful"]
    static let holdWords: Set<String> = [
        "controls", "control", "controlled", "holds", "held", "administers", "administered", "governs", "governed",
        "occupies", "occupied", "occupation", "annexed", "seized", "captured", "administering",
    ]
    static let anaphors: Set<String> = ["islands", "island", "islets", "region", "territory", "area", "archipelago", "shoal", "reef", "enclave", "province", "peninsula"]
    /// Words without which a sentence can neither name an unknown territory nor refer back to one.
    static let triggerWords: Set<String> = Set(["over", "annexed", "annexation"]).union(anaphors)

    /// Present-day successors for historical states, for who holds what now.
    static let successors: [String: String] = ["SUN": "RUS", "YUG": "SRB"]

    struct Building {
        var key: String
        var entry: Gazetteer.TerritoryEntry?
        var names: [TerritoryName] = []
        var claims: [String: (ClaimKind, Evidence)] = [:]
        var disputed = false
        var evidence: [Evidence] = []
        var firstSentence: Int
    }

    func extract(_ sentences: [AnalyzedSentence], mentionedCountries: Set<String>) -> [TerritoryFact] {
        var found: [Building] = []
        var current: Int?  // the territory that anaphors refer to

        func building(for entry: Gazetteer.TerritoryEntry?, name: String, sentence: Int) -> Int {
            let key = entry.map { "#\($0.id)" } ?? Self.key(name)
            if let i = found.firstIndex(where: { $0.key == key }) { return i }
            found.append(Building(key: key, entry: entry, firstSentence: sentence))
            return found.count - 1
        }
        func addName(_ i: Int, _ name: String, usedBy: String?) {
            let clean = Self.stripArticle(name)
            if let k = found[i].names.firstIndex(where: { Self.key($0.name) == Self.key(clean) && $0.name.count == clean.count }) {
                if found[i].names[k].usedBy == nil { found[i].names[k].usedBy = usedBy }
            } else if !found[i].names.contains(where: { $0.name == clean }) {
                let side = usedBy ?? found[i].entry?.names.first { Self.key($0.name) == Self.key(clean) }?.usedBy
                found[i].names.append(TerritoryName(name: clean, usedBy: side))
            }
        }

        for s in sentences {
            // Most sentences name no territory and no pattern of dispute: skip them cheaply.
            let namesTerritory = s.mentions.contains { if case .territory = $0.kind { return true }; return false }
            if !namesTerritory && !s.tokens.contains(where: { $0.classes.contains(.territoryTrigger) }) { continue }
            let evidence = Evidence(sentence: s.index, start: s.start, end: s.end)
            let words = s.tokens.map(\.lower)
            var targets: [Int] = []
            var startOf: [Int: Int] = [:]  // territory -> its first token in this sentence
            for m in s.mentions {
                if case .territory(let id) = m.kind {
                    let i = building(for: gazetteer.territories[id], name: s.text(m.first, m.last), sentence: s.index)
                    addName(i, s.text(m.first, m.last), usedBy: nil)
                    targets.append(i)
                    if startOf[i] == nil { startOf[i] = m.first }
                }
            }
            // Unknown territories named by the patterns of dispute.
            for (i, w) in words.enumerated() where (w == "over" && i >= 1 && ["dispute", "disputes", "sovereignty", "row", "claims", "conflict", "standoff", "tensions"].contains(words[i - 1])) || w == "annexed" || w == "annexation" {
                var j = i + 1
                if j < words.count, words[j] == "of" { j += 1 }
                if j < words.count, words[j] == "the" { j += 1 }
                if let m = s.mention(at: j), m.first == j, m.isName, m.last - m.first < 4 {
                    let name = s.text(m.first, m.last)
                    let b = building(for: nil, name: name, sentence: s.index)
                    addName(b, name, usedBy: nil)
                    targets.append(b)
                    if startOf[b] == nil { startOf[b] = m.first }
                }
            }
            let anaphoric = targets.isEmpty && current != nil && words.enumerated().contains { i, w in Self.anaphors.contains(w) && i >= 1 && ["the", "these", "those", "that", "this"].contains(words[i - 1]) }
            if anaphoric, let c = current { targets.append(c) }
            guard !targets.isEmpty else { continue }
            current = targets.last
            let heldBy = words.indices.contains { $0 + 1 < words.count && Self.holdWords.contains(words[$0]) && words[$0 + 1] == "by" }
            let hasCue = heldBy || words.contains { Self.cues.contains($0) } || s.tokens.contains { t in
                let parts = t.lower.split(separator: "-")
                return parts.count == 2 && (Self.holdWords.contains(String(parts[1])) || Self.claimWords.contains(String(parts[1])))
            }
            guard hasCue else { continue }
            // Several territories in one sentence: each is read from the words before the first of
            // them ("India and China both claim ...") and from its own stretch up to the next one
            // ("Aksai Chin, which China controls, and Arunachal Pradesh, which India administers").
            let starts = Set(targets).compactMap { startOf[$0] }.sorted()
            for t in Set(targets) {
                found[t].disputed = true
                found[t].evidence.append(evidence)
                var view = s
                if starts.count > 1, let own = startOf[t] {
                    let next = starts.first { $0 > own } ?? s.tokens.count
                    view = s.keeping([0..<starts[0], own..<next])
                }
                var names: [(String, String?)] = []
                readNamesAndClaims(view, into: &found[t], evidence: evidence, addName: { names.append(($0, $1)) })
                for (name, side) in names { addName(t, name, usedBy: side) }
            }
        }

        var out: [TerritoryFact] = []
        for b in found where b.disputed {
            var claims = b.claims
            if let entry = b.entry {
                for c in entry.claimants where mentionedCountries.contains(c) && claims[c] == nil {
                    claims[c] = (.claims, b.evidence[0])
                }
                if let holder = entry.holder, claims[holder] != nil, !claims.values.contains(where: { $0.0 == .holds }) {
                    claims[holder] = (.holds, claims[holder]!.1)
                }
            }
            guard claims.count >= 2 else { continue }
            let list = claims.sorted { $0.key < $1.key }.map { Claim(country: $0.key, kind: $0.value.0, evidence: $0.value.1) }
            out.append(TerritoryFact(names: b.names, claims: list, evidence: b.evidence))
        }
        return out
    }

    /// The sides, names and holders a sentence of dispute gives for its territory.
    func readNamesAndClaims(_ s: AnalyzedSentence, into b: inout Building, evidence: Evidence, addName: (String, String?) -> Void) {
        let words = s.tokens.map(\.lower)
        func holdsOrClaims(_ code: String, _ kind: ClaimKind) {
            let c = Self.successors[code] ?? code
            if kind == .holds || b.claims[c] == nil { b.claims[c] = (kind, evidence) }
        }
        for (idx, m) in s.mentions.enumerated() {
            guard let code = m.countryCode else { continue }
            guard gazetteer.country(code)?.kind != "body" else { continue }
            // Hyphenated: "Japanese-administered", "Russian-held", "Japanese-claimed".
            let token = s.tokens[m.first]
            if m.first == m.last, token.lower.contains("-") {
                let suffix = String(token.lower.split(separator: "-").last ?? "")
                if Self.holdWords.contains(suffix) { holdsOrClaims(code, .holds) } else if Self.claimWords.contains(suffix) { holdsOrClaims(code, .claims) }
                continue
            }
            // "China claims ...", "Caracas's claim on ...", "Russian sovereignty over ...",
            // "Guyana, which has governed the area ...", "by Soviet troops" (captured by).
            let after = (m.last + 1)..<min(words.count, m.last + 6)
            if after.contains(where: { Self.claimWords.contains(words[$0]) }) { holdsOrClaims(code, .claims) }
            if after.contains(where: { ["controls", "holds", "administers", "governs", "occupies", "governed", "administered", "controlled", "occupied", "annexed", "seized"].contains(words[$0]) }) && !after.contains(where: { $0 < words.count && (words[$0] == "by") }) {
                holdsOrClaims(code, .holds)
            }
            if m.first >= 2, words[m.first - 1] == "by", ["captured", "seized", "occupied", "annexed", "controlled", "held", "administered", "governed"].contains(words[m.first - 2]) {
                holdsOrClaims(code, .holds)
            }
            // "known as the Kuril to Russia", "called Senkaku in Japan": the name before "in/to COUNTRY".
            if m.first >= 2, ["to", "in", "by"].contains(words[m.first - 1]) {
                var j = m.first - 2
                var nameEnd = j
                while j >= 0, s.tokens[j].isCapitalized || words[j] == "the" { j -= 1 }
                let nameStart = j + 1
                while nameEnd >= nameStart, words[nameEnd] == "the" { nameEnd -= 1 }
                if nameEnd >= nameStart, (max(0, nameStart - 4)..<nameStart).contains(where: { ["as", "called", "calls", "call", "and", "named"].contains(words[$0]) }) {
                    addName(s.text(nameStart, nameEnd), code)
                    holdsOrClaims(code, .claims)
                }
            }
            // "China calls the islands Diaoyu", "which it calls Diaoyu" (it = the country before).
            if let calls = after.first(where: { words[$0] == "calls" || words[$0] == "call" }) {
                var j = calls + 1
                while j < words.count, !s.tokens[j].isCapitalized, j < calls + 4 { j += 1 }
                if j < words.count, let n = s.mention(at: j), n.first == j, n.isName || { if case .territory = n.kind { return true }; return false }() {
                    addName(s.text(n.first, n.last), code)
                }
            }
            _ = idx
        }
        // "which it calls Diaoyu": the state is the subject of the clause before.
        if let calls = words.firstIndex(of: "calls"), calls >= 1, words[calls - 1] == "it",
           let subject = s.mentions.last(where: { $0.last < calls && $0.countryCode != nil }), let code = subject.countryCode {
            var j = calls + 1
            while j < words.count, !s.tokens[j].isCapitalized, j < calls + 4 { j += 1 }
            if j < words.count, let n = s.mention(at: j), n.first == j {
                addName(s.text(n.first, n.last), code)
                holdsOrClaims(code, .claims)
            }
        }
        // "which both India and Pakistan claim", "a dispute between Japan and China": the states
        // joined right after "both" or "between".
        for (i, w) in words.enumerated() where w == "both" || w == "between" {
            var k = i + 1
            var joined: [String] = []
            while k < words.count {
                if words[k] == "the" { k += 1; continue }
                guard let m = s.mention(at: k), m.first == k, let code = m.countryCode, gazetteer.country(code)?.kind == "state" else { break }
                joined.append(code)
                k = m.last + 1
                if k < words.count, words[k] == "and" || words[k] == "," { k += 1 } else { break }
            }
            if joined.count >= 2 { for code in joined { holdsOrClaims(code, .claims) } }
        }
        // "competing claims", "rival claims": every state in the sentence.
        if words.contains(where: { $0 == "competing" || $0 == "rival" }) {
            for m in s.mentions { if let code = m.countryCode, gazetteer.country(code)?.kind == "state" { holdsOrClaims(code, .claims) } }
        }
    }

    static func stripArticle(_ name: String) -> String {
        name.hasPrefix("the ") || name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
    }

    static func key(_ name: String) -> String {
        var words = PersonResolver.fold(stripArticle(name)).split(separator: " ").map(String.init)
        if words.count > 1, ["islands", "island", "isles", "islets", "region", "heights"].contains(words.last!) { words.removeLast() }
        return words.joined(separator: " ")
    }
}
