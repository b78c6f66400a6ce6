import Extraction
import Testing

// An official release styles its ruler "His Majesty" all the way down: the bare style, as the
// subject of an encounter, is the ruler the report has been about, however many sentences back
// they were named. Not a president or a minister, whom no court style means. Own sentences.

@Test func aBareCourtStyleIsTheRulerTheReportIsAbout() throws {
    let body = """
        King Hassan bin Talal received President Jan Novak of Slovakia at Dar Palace on Wednesday.

        The two sides reviewed trade and tourism.

        They also spoke of the situation in the region.

        The talks were attended by senior officials of both sides.

        Meanwhile, His Majesty gave audience at Dar Palace to a Peruvian delegation led by Luis Quispe, Minister of Energy.
        """
    let m = try #require(extract(body, published: "2024-03-09").meeting("Hassan bin Talal", "Luis Quispe"))
    #expect(m.place == "Dar Palace")
}

@Test func aBareCourtStyleIsNoPresident() {
    let body = """
        President Ana Ruiz received Prime Minister Jan Novak of Slovakia at the palace on Wednesday.

        His Majesty also gave audience to Luis Quispe, Minister of Energy of Peru.
        """
    #expect(extract(body, published: "2024-03-09").meeting("Ana Ruiz", "Luis Quispe") == nil)
}
