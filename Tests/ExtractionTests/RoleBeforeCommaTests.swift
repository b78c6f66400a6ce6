import Extraction
import Testing

// A long office named before a comma is the title of the name after it, even when the office's
// name holds a plural possessive ("the Farmers' Union") and runs a dozen words: own sentences.

@Test func aLongOfficeWithAPluralPossessiveBeforeACommaMakesThePersonAfterIt() {
    let f = extract(
        """
        He met with Foreign Minister Tomas Vidal and Deputy Chairman of the Central Committee of the Farmers' Union of Chile, Ro Min Sok, the ministry said.
        """, published: "2024-05-15")
    #expect(f.person("Ro Min Sok") != nil)
    #expect(f.meeting("Tomas Vidal", "Ro Min Sok") != nil)
}

@Test func anOfficeEndingInAPluralPossessiveBeforeACommaMakesThePersonAfterIt() {
    let f = extract(
        """
        Foreign Minister Tomas Vidal met the Secretary of the Farmers' Union, Ro Min Sok, in Lima on Monday.
        """, published: "2024-05-15")
    #expect(f.person("Ro Min Sok") != nil)
}

@Test func wordsThatAreNoOfficeBeforeACommaMakeNoPerson() {
    // The words before the comma are no office's, so the name after it needs a title of its own.
    let f = extract(
        """
        The farmers' unions of the south, Ro Min Sok among them, marched through Lima on Monday.
        """, published: "2024-05-15")
    #expect(f.person("Ro Min Sok") == nil)
}
