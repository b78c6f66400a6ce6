import Extraction
import Testing

// An office of government after "at" ("the Foreign Ministry", "the Ministry of Trade and
// Industry", "the Prime Minister's Office") is where an encounter took place when nothing else
// places it; a city named for the encounter, or the dateline it is put in, comes first. Own
// sentences.

@Test func anOfficeOfGovernmentIsThePlaceWhenNothingElseIs() {
    #expect(
        meetingPlace(
            "Foreign Minister Lena Holm received Chilean Foreign Minister Pablo Rojas at the Foreign Ministry on Tuesday.", of: ["Lena Holm", "Pablo Rojas"])
            == "Foreign Ministry")
    #expect(
        meetingPlace(
            "Trade Minister Kofi Adjei and his Togolese counterpart Ama Kodjo met again on Tuesday at the Ministry of Trade and Industry.",
            of: ["Kofi Adjei", "Ama Kodjo"]) == "Ministry of Trade and Industry")
    #expect(
        meetingPlace("President Ivo Petrov received Prime Minister Omar Haddad at the Prime Minister's Office on Tuesday.", of: ["Ivo Petrov", "Omar Haddad"])
            == "Prime Minister's Office")
}

/// The city named for the encounter, or the dateline that places it, before the office.
@Test func aCityNamedForTheEncounterComesBeforeTheOffice() {
    #expect(
        meetingPlace(
            "Foreign Minister Lena Holm received Chilean Foreign Minister Pablo Rojas in Stockholm at the Foreign Ministry on Tuesday.",
            of: ["Lena Holm", "Pablo Rojas"])
            == "Stockholm")
    #expect(
        meetingPlace(
            "HANOI, April 14 (Wire) - Foreign Minister Pham Binh received Chilean Foreign Minister Pablo Rojas at the Foreign Ministry on Tuesday.",
            of: ["Pham Binh", "Pablo Rojas"]) == "Hanoi")
}

/// A call has no place, and an office named as a speaker is no place of the encounter.
@Test func aCallOrAnOfficeThatSpeaksHasNoPlace() {
    #expect(
        meetingPlace(
            "Foreign Minister Lena Holm spoke by telephone with Chilean Foreign Minister Pablo Rojas on Tuesday, the Foreign Ministry said.",
            of: ["Lena Holm", "Pablo Rojas"])
            == .some(nil))
    #expect(
        meetingPlace(
            "Foreign Minister Lena Holm held a video call with Chilean Foreign Minister Pablo Rojas from her desk at the Foreign Ministry on Tuesday.",
            of: ["Lena Holm", "Pablo Rojas"])
            == .some(nil))
}

/// An office told by its kind in lowercase ("at the foreign ministry", "at the party
/// headquarters"), where nothing else places the encounter; not "at the start of the talks".
@Test func anOfficeToldInLowercaseIsThePlaceOfLastResort() {
    #expect(
        meetingPlace(
            "Foreign Minister Lena Holm received Chilean Foreign Minister Pablo Rojas at the foreign ministry on Tuesday.", of: ["Lena Holm", "Pablo Rojas"])
            == "foreign ministry")
    #expect(
        meetingPlace("Earlier, Prime Minister Omar Haddad met party leader Ivo Petrov at the party headquarters.", of: ["Omar Haddad", "Ivo Petrov"])
            == "party headquarters")
    #expect(
        meetingPlace("Foreign Minister Lena Holm received Chilean Foreign Minister Pablo Rojas at the start of the week.", of: ["Lena Holm", "Pablo Rojas"])
            ?? nil == nil)
}
