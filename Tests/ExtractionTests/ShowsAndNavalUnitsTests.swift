import Extraction
import Testing

// A broadcast's name ("the Sunrise FM Morning Show") and a navy's unit in Spanish ("the Fuerza
// Especial Naval") are no people: "show" and "naval" end a run of name words as organisation
// words do. Own sentences, invented people.

@Test func aShowAndANavalUnitAreNoPeople() {
    let body = """
        Foreign Minister Wilfred Omar of Belize spoke on Monday.

        On the Sunrise FM Morning Show today, Omar was asked about the patrol.

        Officers of Guatemala's Fuerza Especial Naval, an elite unit of the navy, had ordered the patrol to leave.
        """
    let f = extract(body, published: "2015-06-04")
    #expect(f.people.map(\.name) == ["Wilfred Omar"])
}
