import Extraction
import Testing

// "A, who returned on Monday, is expected to receive B in the coming days": a plan the clause puts
// in a period to come has no day, neither the day of an aside nor one the report around it gave.
// Sentences written for these tests.

@Test(arguments: ["next week", "in the coming days", "in the coming weeks"])
func aPlanInAPeriodToComeHasNoDay(_ period: String) {
    let body = """
        President Bernardo Arevalo of Guatemala, who returned on Monday from a summit in Panama City, is expected to receive President William Lai of Taiwan \(period), his office said.
        """
    let m = extract(body, published: "2025-07-16").meeting("Bernardo Arevalo", "William Lai")
    #expect(m?.status == .planned)
    #expect(m?.date == nil)
}

@Test func aPlanWithADayOfItsOwnKeepsIt() {
    let body = "President Bernardo Arevalo of Guatemala will receive President William Lai of Taiwan on August 4, before Lai goes on to Belize next week."
    #expect(extract(body, published: "2025-07-16").meeting("Bernardo Arevalo", "William Lai")?.date == Day(iso: "2025-08-04"))
}
