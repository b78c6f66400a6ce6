import Extraction
import Testing

// "Later that evening" goes on with the day of the last encounter held, not of a plan told in
// between ("a commission will meet next week"). Own sentences.

@Test func laterThatEveningSkipsAPlanToldBetween() throws {
    let body = """
        LJUBLJANA - On Monday President Borut Pahor was welcomed by President Ivo Josipovic at the presidential palace.

        The presidents agreed that a joint commission would meet for the first time on Monday next week in Zagreb, chaired by Foreign Minister Samuel Zbogar and Foreign Minister Gordan Jandrokovic.

        Later that evening Pahor met Milan Kucan at the Slovenian cultural centre.
        """
    let m = try #require(extract(body, published: "2010-02-10").meeting("Borut Pahor", "Milan Kucan"))
    #expect(m.date == Day(iso: "2010-02-08"))
}
