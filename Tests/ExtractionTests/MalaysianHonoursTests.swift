import Extraction
import Testing

// Malaysian and Bruneian honours written before a minister's name ("Dato'", "Datuk", "Tun") are
// no names of their own. Sentences written for these tests.

@Test(arguments: ["Dato'", "Dato’", "Datuk", "Tun"])
func aMalaysianHonourBeforeANameIsNoPerson(_ honour: String) {
    let body = "President Prabowo Subianto of Indonesia received Malaysian Foreign Minister \(honour) Mohamad Hasan at the Merdeka Palace on Monday."
    let f = extract(body, published: "2025-02-11")
    #expect(f.names.contains("Mohamad Hasan"))
    #expect(!f.names.contains { $0.hasPrefix("Dat") || $0 == "Tun" })
    #expect(f.pairs == [["Mohamad Hasan", "Prabowo Subianto"]])
}
