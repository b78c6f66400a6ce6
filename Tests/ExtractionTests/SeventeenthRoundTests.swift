import Testing

@testable import Extraction

// The seventeenth round's paths taken for speed, each held to what they replaced.

/// Folded names as the leaders table is asked for them: single words and several, runs of spaces
/// and spaces at either end, words ending in each of the four endings the transliteration swaps
/// and in their letters alone, and names outside ASCII.
private let leaderNames = [
    "", " ", "a", "v", "w", "ov", "ow", "ev", "ew", "xov", "xaw", "xiv", "berdimuhamedov", "berdimuhamedow", "serdar berdimuhamedov",
    "ivanov petrov", "ivanow petrow", "ovo", "evev", "lev", "o v", "e w", "  ivanov", "ivanov  ", "ivan  petrov", "ivan  petrova",
    "a  b", " a b", "a b ", "donald tusk", "salman bin abdulaziz al saud", "józef piłsudski", "ахмедов", "ivanov ахмедов",
]

/// A name the rewriting would leave as it is is answered without making the other spelling; any
/// other is given it, as `transliterated` writes it.
@Test func aNameIsTransliteratedOnlyWhereTheSpellingChanges() {
    for name in leaderNames {
        let other = LeaderTable.transliterated(name)
        #expect(LeaderTable.transliteratedIfChanged(name) == (other == name ? nil : other), "\(name.debugDescription)")
    }
}

/// The leaders' table is still asked under the other spelling: "Berdimuhamedov" as the text
/// writes it, "Berdimuhamedow" as the table keeps the son's name.
@Test func aLeaderInOfficeIsFoundUnderTheOtherSpelling() {
    let f = extract("Serdar Berdimuhamedov said the pipeline would be finished.", published: "2023-05-01")
    #expect(f.person("Serdar Berdimuhamedov")?.country == "TKM")
}

/// `bareNameKin` holds exactly the words whose kin is a bare noun of land, and `isKin` answers as
/// `kin(word) == noun`, for every word of both lists and words of neither.
@Test func aWordsKinIsTestedByTheSetAsThroughTheDictionary() {
    let words =
        Array(TerritoryExtractor.bareNameNouns.words) + Array(TerritoryExtractor.nounKin.keys) + Array(TerritoryExtractor.nounKin.values)
        + ["", "the", "Island", "islet's", "isla", "area", "region", "town", "reefs", "rock", "îles", "strips"]
    for w in words {
        #expect(TerritoryExtractor.bareNameKin.contains(w) == TerritoryExtractor.bareNameNouns.contains(TerritoryExtractor.kin(w)), "\(w)")
        for noun in ["island", "islands", "pasture", "strip", "reef", "rock", "the"] {
            #expect(TerritoryExtractor.isKin(w, of: noun) == (TerritoryExtractor.kin(w) == noun), "\(w) \(noun)")
        }
    }
}

/// The scan's table gives every byte's lowercase form exactly where the byte is an ASCII letter
/// or digit, and 0 for every other byte, the bytes outside ASCII among them.
@Test func theScansTableLowersExactlyTheLettersAndDigits() {
    for b in 0...255 {
        let byte = UInt8(b)
        let expected: UInt8 = Tokenizer.isWordByte(byte) ? (byte >= 65 && byte <= 90 ? byte + 32 : byte) : 0
        #expect(Tokenizer.wordByteLower[b] == expected, "\(b)")
    }
}

/// A name coordinated with a titled name is found in its own sentence: names at the same token
/// in the sentences before and after it, and a sentence without names between, are not taken
/// for its partner, nor is its partner missed. The coordination is the only sign that the second
/// name is a person's; the names of the last line have none.
@Test func aCoordinatedNamesPartnerIsFoundInItsOwnSentence() {
    let f = extract(
        """
        Ivo Marek spoke first.
        Nothing was agreed.
        Minister Lena Vogt and Xarn Duvek later met envoys from Chile.
        Orla Quen and Brix Talo were not there.
        """)
    #expect(f.person("Xarn Duvek")?.title == "Minister")
    #expect(f.person("Brix Talo") == nil)
    #expect(f.person("Ivo Marek") == nil)
}

/// Land claimed by states listed with commas and "and" is found by its first state, which the
/// rule now asks about only once the word after it joins another state; a state alone before the
/// verb claims nothing jointly.
@Test func landClaimedByAListOfStatesIsFoundFromTheFirst() {
    let f = extract("Vietnam, Malaysia and Brunei claim Kestrel Shoal, which lies far from any coast.")
    #expect(f.territories.first?.claimants == ["BRN", "MYS", "VNM"])
}

/// The venue reader's test of a lowercase word for a day or a month answers as the two
/// dictionaries it replaced: every key, words a letter off, and words outside ASCII.
@Test func aLowercaseDayOrMonthIsTestedOnBytesAsByTheDictionaries() {
    let words =
        Array(DateExpression.months.keys) + Array(DateExpression.weekdays.keys)
        + ["", "mayor", "mon", "monday's", "tues", "palace", "house", "sept", "dec.", "m\u{00E4}rz", "\u{212A}", "marc"]
    for w in words {
        let byDictionaries = DateExpression.weekdays[w] != nil || DateExpression.months[w] != nil
        #expect(DateExpression.isMonthOrWeekday(w) == byDictionaries, "\(w)")
    }
}
