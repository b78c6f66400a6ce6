import Extraction
import Testing

// "The meeting took place on Monday": where the article has reported one encounter so far, a
// later sentence about "the meeting" with no people of its own gives that encounter its day,
// however many sentences of quotes stand between. Own sentences.

@Test func theMeetingTookPlaceGivesTheOneEncounterItsDay() {
    let body = """
        Prime Minister Ana Costa of Cabo Verde led a delegation that met with Spanish Foreign Minister Luis Prado in Madrid this week.
        Costa had been invited after the summit in Lisbon.
        The talks covered fisheries and energy, a statement from her office said.
        Costa said she was very pleased.
        "We can do much more together," she added.
        The meeting took place on Monday, at the Santa Cruz Palace.
        """
    let m = extract(body, published: "2019-09-28").meeting("Ana Costa", "Luis Prado")
    #expect(m?.date == Day(iso: "2019-09-23"))
}

/// With two encounters reported, "the meeting" far back could be either: no day is given.
@Test func theMeetingFarBackAfterTwoEncountersGivesNoDay() {
    let body = """
        Prime Minister Ana Costa of Cabo Verde met Spanish Foreign Minister Luis Prado in Madrid this week.
        Costa also met the Portuguese Prime Minister, Rui Mendes, in Lisbon this week.
        The talks covered fisheries and energy, a statement from her office said.
        Costa said she was very pleased.
        "We can do much more together," she added.
        The meeting took place on Monday.
        """
    let facts = extract(body, published: "2019-09-28")
    #expect(facts.meeting("Ana Costa", "Luis Prado")?.date == nil)
}
