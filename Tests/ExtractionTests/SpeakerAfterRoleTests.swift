import Extraction
import Testing

// A report's source named after the encounter, with a role set off by commas before the verb of
// speech ("..., D, head of the press office, told the agency"), is no participant. Invented names.

private func participantSets(_ f: ArticleFacts) -> Set<Set<String>> {
    Set(f.meetings.map { Set($0.participants) })
}

@Test func aSourceWithItsRoleBeforeToldIsNoParticipant() {
    let f = extract(
        "Foreign Minister Anna Berg of Latvia met Prime Minister Tomas Kell of Estonia in Riga on Saturday, "
            + "Janis Ozols, head of the ministry's press office, told the national agency.",
        published: "2022-03-20")
    #expect(participantSets(f) == [["Anna Berg", "Tomas Kell"]])
}

@Test func aSpokeswomanWithHerRoleBeforeSaidIsNoParticipant() {
    let f = extract(
        "President Marko Vidal met his Croatian counterpart Ivo Horvat in Zagreb on Saturday, Petra Novak, the president's spokeswoman, said.",
        published: "2022-03-20")
    #expect(participantSets(f) == [["Marko Vidal", "Ivo Horvat"]])
}

@Test func aNamedGuestWithARoleAndNoVerbOfSpeechStillTakesPart() {
    let f = extract(
        "President Marko Vidal received Foreign Minister Ivo Horvat, the head of the delegation, and Petra Novak, the deputy minister, in Zagreb on Saturday.",
        published: "2022-03-20")
    let everyone = f.meetings.reduce(into: Set<String>()) { $0.formUnion($1.participants) }
    #expect(everyone.isSuperset(of: ["Marko Vidal", "Ivo Horvat", "Petra Novak"]))
}
