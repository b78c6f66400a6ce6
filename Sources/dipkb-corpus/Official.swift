/// A named official of the invented world. Who holds an office is a pure function of the roster
/// seed, the state, the office and the term, so the same people recur across articles (as in real
/// news, where "who met whom" queries need repeated names) without storing a roster.
struct Official {
    let given: String
    let family: String
    let female: Bool
    let familyFirst: Bool
    /// "Foreign Minister", "ambassador to Japan": the office, without nationality.
    let office: String

    var fullName: String { familyFirst ? "\(family) \(given)" : "\(given) \(family)" }
    /// The short form news uses after the first mention ("Lavrov", "Wang").
    var shortName: String { family }
    var pronoun: String { female ? "she" : "he" }
    var possessive: String { female ? "her" : "his" }

    /// Office numbers: 0 leader, 1 foreign minister, 2... `World.otherOffices`, 100+ ambassador to state n-100.
    static func holder(rosterSeed: UInt64, state: Int, office: Int, term: Int) -> Official {
        var rng = SplitMix64(seed: rosterSeed ^ (UInt64(state) &* 0x100_0000_01B3) ^ (UInt64(office) &* 0x9E37_79B9) ^ (UInt64(term) &* 0xC2B2_AE3D_27D4_EB4F))
        let s = World.states[state]
        let female = rng.chance(30)
        let given = female ? rng.pick(s.names.female) : rng.pick(s.names.male)
        let title: String
        switch office {
        case 0: title = s.leader
        case 1: title = s.foreignMinister
        case 100...: title = "ambassador to \(World.states[office - 100].name.withoutArticle)"
        default: title = World.otherOffices[(office - 2) % World.otherOffices.count]
        }
        // Offices of one state and term take distinct family names where the pool allows, so a
        // short mention ("Ivanov") names one person, as it mostly does in real news.
        var cabinet = SplitMix64(seed: rosterSeed ^ (UInt64(state) &* 0x100_0000_01B3) ^ (UInt64(term) &* 0xC2B2_AE3D_27D4_EB4F))
        let family = s.names.family[(cabinet.below(s.names.family.count) + office) % s.names.family.count]
        return Official(given: given, family: family, female: female, familyFirst: s.names.familyFirst, office: title)
    }
}

extension String {
    /// "the United States" -> "United States", for places where the article would be doubled.
    var withoutArticle: String { hasPrefix("the ") ? String(dropFirst(4)) : self }

    /// Sentence-initial capital for text starting with "the ..." or a lowercase word.
    var capitalizedFirst: String {
        guard let f = first, f.isLowercase else { return self }
        return f.uppercased() + dropFirst()
    }
}
