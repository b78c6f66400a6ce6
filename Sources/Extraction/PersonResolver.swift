import Foundation

/// A person as the article presents them, with every mention.
struct PersonRecord: Sendable {
    var words: [String]
    var country: String?
    var title: String?
    var aliases: Set<String> = []
    var mentions: [PersonMention] = []

    var name: String { words.joined(separator: " ") }
    var folded: [String] { words.map(PersonResolver.fold) }
}

/// One place where a person is mentioned, by name or by role.
struct PersonMention: Sendable {
    var person: Int
    var sentence: Int
    var first: Int
    var last: Int
    var byRole: Bool
}

/// What the words around a name say about it.
struct NameContext: Sendable {
    var title: String?
    var country: String?
    var honorific = false
    var counterpart = false
    var speechVerbAfter = false
}

/// Finds the people of an article: names with the context that shows them to be people
/// (a title, an honorific, "counterpart", an appositive role, a known given name), later
/// mentions by surname or full name, and mentions by role ("the Japanese minister").
struct PersonResolver: Sendable {
    let gazetteer: Gazetteer

    static let speechVerbs: Set<String> = ["said", "says", "told", "tells", "added", "stated", "stressed", "noted", "wrote", "tweeted", "urged", "warned", "insisted", "declared"]
    static let counterpartWords: Set<String> = ["counterpart", "counterparts"]
    /// Words before a title that belong to the role ("former", "deputy" is part of the title list).
    static let roleModifiers: Set<String> = ["former", "acting", "then", "new", "incoming", "outgoing", "top", "chief", "senior", "interim"]

    static func fold(_ s: String) -> String {
        var f = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        if f.hasSuffix("'s") || f.hasSuffix("\u{2019}s") { f = String(f.dropLast(2)) }
        return f
    }

    func resolve(_ sentences: [AnalyzedSentence]) -> [PersonRecord] {
        struct Candidate { var sentence: Int; var first: Int; var last: Int; var words: [String]; var context: NameContext }
        var candidates: [Candidate] = []
        for s in sentences {
            for m in s.mentions where m.isName {
                var words = (m.first...m.last).map { s.tokens[$0].text }
                if let lastWord = words.last, lastWord.hasSuffix("'s") || lastWord.hasSuffix("\u{2019}s") {
                    words[words.count - 1] = String(lastWord.dropLast(2))
                }
                // Sentence-initial ordinary words ("Opinion", "Considering") are not names.
                if words.count == 1, m.first == 0, !gazetteer.givenNames.contains(words[0].lowercased()) {
                    let ctx = context(of: m, in: s)
                    if ctx.title == nil && !ctx.honorific && !ctx.counterpart { continue }
                }
                if words.allSatisfy({ $0.count > 1 && Token.isAllCapsText($0) }) { continue }
                candidates.append(Candidate(sentence: s.index, first: m.first, last: m.last, words: words, context: context(of: m, in: s)))
            }
        }

        var records: [PersonRecord] = []
        var byFolded: [[String]: Int] = [:]
        func isPerson(_ c: Candidate) -> Bool {
            let ctx = c.context
            if ctx.title != nil || ctx.honorific || ctx.counterpart { return true }
            if c.words.count >= 2, gazetteer.givenNames.contains(c.words[0].lowercased()) { return true }
            if c.words.count >= 2, c.words.count <= 4, ctx.speechVerbAfter { return true }
            return false
        }
        func attach(_ c: Candidate, to id: Int) {
            records[id].mentions.append(PersonMention(person: id, sentence: c.sentence, first: c.first, last: c.last, byRole: false))
            if records[id].title == nil { records[id].title = c.context.title }
            if records[id].country == nil { records[id].country = c.context.country }
            let name = c.words.joined(separator: " ")
            if name != records[id].name { records[id].aliases.insert(name) }
        }
        // Full names first: those with evidence of a person define the people; other runs
        // of the same name ("Taro Kono" in a headline) then attach to them.
        for needsEvidence in [true, false] {
            for c in candidates where c.words.count >= 2 && isPerson(c) == needsEvidence {
                let key = c.words.map(Self.fold)
                if let id = byFolded[key] { attach(c, to: id); continue }
                // A longer or shorter form of a known name: "Natwar Singh" and "K Natwar Singh".
                if let id = records.indices.first(where: { Self.contains(records[$0].folded, key) || Self.contains(key, records[$0].folded) }) {
                    if key.count > records[id].words.count {
                        records[id].aliases.insert(records[id].name)
                        records[id].words = c.words
                    }
                    byFolded[key] = id
                    attach(c, to: id)
                    continue
                }
                guard needsEvidence else { continue }
                let id = records.count
                records.append(PersonRecord(words: c.words, country: nil, title: nil))
                byFolded[key] = id
                attach(c, to: id)
            }
        }
        // Single words: a surname (or a family name given first, "Kim", "Moon") of a known person,
        // the nearest one mentioned before; else a person of their own when a title or honorific says so.
        for c in candidates where c.words.count == 1 {
            let w = Self.fold(c.words[0])
            let matches = records.indices.filter { records[$0].folded.last == w || records[$0].folded.first == w }
            if !matches.isEmpty {
                let best = matches.max { a, b in
                    Self.lastMention(records[a], before: c.sentence, c.first) < Self.lastMention(records[b], before: c.sentence, c.first)
                }!
                attach(c, to: best)
                continue
            }
            guard c.context.title != nil || c.context.honorific || c.context.counterpart else { continue }
            let id = records.count
            records.append(PersonRecord(words: c.words, country: nil, title: nil))
            byFolded[[w]] = id
            attach(c, to: id)
        }
        for i in records.indices { records[i].mentions.sort { ($0.sentence, $0.first) < ($1.sentence, $1.first) } }
        return records
    }

    static func lastMention(_ r: PersonRecord, before sentence: Int, _ token: Int) -> Int {
        var best = -1
        for m in r.mentions where (m.sentence, m.first) < (sentence, token) { best = max(best, m.sentence * 10_000 + m.first) }
        if best < 0, let f = r.mentions.first { best = -1 - f.sentence } // later mentions rank below earlier ones
        return best
    }

    /// Whether `short` appears in `long` as a contiguous run of words, with at least two words.
    static func contains(_ long: [String], _ short: [String]) -> Bool {
        guard short.count >= 2, short.count < long.count else { return false }
        for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short { return true }
        return false
    }

    /// Reads the title, nationality and other evidence around a name mention.
    func context(of m: Mention, in s: AnalyzedSentence) -> NameContext {
        var ctx = NameContext()
        var i = m.first - 1
        // "Mr. Moon", "Messrs. Trump and Kim", "Sheikh Abdullah".
        if i >= 0, s.tokens[i].text == "." { i -= 1 }
        if i >= 0, let h = s.mention(endingAt: i), case .honorific = h.kind {
            ctx.honorific = true
            i = h.first - 1
        } else if i >= 0, s.tokens[i].lower == "messrs" || s.tokens[i].lower == "mr" {
            ctx.honorific = true
            i -= 1
        }
        // "... Pakistani counterpart Khurshid Kasuri", "his French counterpart, Jean-Yves Le Drian".
        var j = m.first - 1
        if j >= 0, s.tokens[j].text == "," { j -= 1 }
        if j >= 0, Self.counterpartWords.contains(s.tokens[j].lower) {
            ctx.counterpart = true
            if j - 1 >= 0, let c = s.mention(endingAt: j - 1), let code = c.countryCode { ctx.country = code }
        }
        // "Russian Foreign Minister Sergei Lavrov", "Japan's Prime Minister Shinzo Abe",
        // "the Chinese president, Xi Jinping", "Venezuela's Nicolas Maduro".
        var k = ctx.honorific ? i : m.first - 1
        if k >= 0, s.tokens[k].text == "," { k -= 1 }
        if k >= 0, let t = s.mention(endingAt: k), t.isTitle {
            ctx.title = s.text(t.first, t.last)
            var before = t.first - 1
            while before >= 0, Self.roleModifiers.contains(s.tokens[before].lower) {
                if s.tokens[before].lower == "former" { ctx.title = "former " + (ctx.title ?? "") }
                before -= 1
            }
            if before >= 0, let c = s.mention(endingAt: before), let code = c.countryCode { ctx.country = code }
        } else if m.first - 1 >= 0, let c = s.mention(endingAt: m.first - 1), let code = c.countryCode {
            ctx.country = code
        }
        // Appositive: "Sergei Lavrov, Russia's foreign minister," / "Zhang, the Chinese envoy,".
        var a = m.last + 1
        if a < s.tokens.count, s.tokens[a].text == "," {
            a += 1
            if a < s.tokens.count, s.tokens[a].lower == "the" { a += 1 }
            var country: String?
            while a < s.tokens.count, Self.roleModifiers.contains(s.tokens[a].lower) { a += 1 }
            if a < s.tokens.count, let c = s.mention(at: a), let code = c.countryCode, c.first == a { country = code; a = c.last + 1 }
            while a < s.tokens.count, Self.roleModifiers.contains(s.tokens[a].lower) { a += 1 }
            if a < s.tokens.count, let t = s.mention(at: a), t.isTitle, t.first == a {
                if ctx.title == nil { ctx.title = s.text(t.first, t.last) }
                if ctx.country == nil { ctx.country = country }
            }
        }
        // "Igor Popov of Russia", "Andrew Schofer of the U.S.".
        var o = m.last + 1
        if o < s.tokens.count, s.tokens[o].lower == "of" {
            o += 1
            if o < s.tokens.count, s.tokens[o].lower == "the" { o += 1 }
            if o < s.tokens.count, let c = s.mention(at: o), let code = c.countryCode, c.first == o, ctx.country == nil { ctx.country = code }
        }
        if m.last + 1 < s.tokens.count, Self.speechVerbs.contains(s.tokens[m.last + 1].lower) { ctx.speechVerbAfter = true }
        return ctx
    }
}
