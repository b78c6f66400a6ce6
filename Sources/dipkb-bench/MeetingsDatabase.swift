import Extraction
import Foundation
import SQLite
import Store

/// A knowledge base of the size the query targets are about (a million meetings or more), built in
/// seconds by direct inserts rather than by loading text: the Store creates the file, so the
/// schema, indexes and triggers are the real ones; the rows are then written through our SQLite
/// layer in one transaction. Shape, per million meetings: 30,000 people (two aliases and a
/// surname key each) from 60 countries, 250,000 articles of one sentence, 1.3 reports per meeting,
/// 2.2 participants per meeting drawn with a heavy head (the busiest person is in about 1% of all
/// meetings, as a foreign minister is in the news), and 40 disputed territories with 20,000 claims
/// and 40,000 mentions. Person mentions and person_articles, which none of the timed queries read,
/// are left out.
struct MeetingsDatabase {
    let path: String
    let meetings: Int

    struct Summary {
        var people = 0, articles = 0, meetings = 0, participants = 0, sources = 0, claims = 0, mentions = 0
        var seconds = 0.0
    }

    static let countries: [(code: String, name: String, capital: String)] = [
        ("RUS", "Russia", "Moscow"), ("JPN", "Japan", "Tokyo"), ("CHN", "China", "Beijing"), ("USA", "United States", "Washington"),
        ("GBR", "United Kingdom", "London"), ("FRA", "France", "Paris"), ("DEU", "Germany", "Berlin"), ("IND", "India", "New Delhi"),
        ("PAK", "Pakistan", "Islamabad"), ("KOR", "South Korea", "Seoul"), ("PRK", "North Korea", "Pyongyang"), ("UKR", "Ukraine", "Kyiv"),
        ("TUR", "Turkey", "Ankara"), ("IRN", "Iran", "Tehran"), ("ISR", "Israel", "Jerusalem"), ("EGY", "Egypt", "Cairo"),
        ("SAU", "Saudi Arabia", "Riyadh"), ("ARE", "United Arab Emirates", "Abu Dhabi"), ("QAT", "Qatar", "Doha"), ("ARM", "Armenia", "Yerevan"),
        ("AZE", "Azerbaijan", "Baku"), ("GEO", "Georgia", "Tbilisi"), ("BRA", "Brazil", "Brasilia"), ("ARG", "Argentina", "Buenos Aires"),
        ("MEX", "Mexico", "Mexico City"), ("CAN", "Canada", "Ottawa"), ("ESP", "Spain", "Madrid"), ("ITA", "Italy", "Rome"),
        ("POL", "Poland", "Warsaw"), ("NLD", "Netherlands", "The Hague"), ("BEL", "Belgium", "Brussels"), ("SWE", "Sweden", "Stockholm"),
        ("NOR", "Norway", "Oslo"), ("FIN", "Finland", "Helsinki"), ("GRC", "Greece", "Athens"), ("CYP", "Cyprus", "Nicosia"),
        ("SRB", "Serbia", "Belgrade"), ("HUN", "Hungary", "Budapest"), ("ROU", "Romania", "Bucharest"), ("VNM", "Vietnam", "Hanoi"),
        ("PHL", "Philippines", "Manila"), ("IDN", "Indonesia", "Jakarta"), ("MYS", "Malaysia", "Kuala Lumpur"), ("THA", "Thailand", "Bangkok"),
        ("AUS", "Australia", "Canberra"), ("NZL", "New Zealand", "Wellington"), ("ZAF", "South Africa", "Pretoria"), ("NGA", "Nigeria", "Abuja"),
        ("ETH", "Ethiopia", "Addis Ababa"), ("KEN", "Kenya", "Nairobi"), ("MAR", "Morocco", "Rabat"), ("DZA", "Algeria", "Algiers"),
        ("SYR", "Syria", "Damascus"), ("JOR", "Jordan", "Amman"), ("KAZ", "Kazakhstan", "Astana"), ("BLR", "Belarus", "Minsk"),
        ("CHL", "Chile", "Santiago"), ("COL", "Colombia", "Bogota"), ("VEN", "Venezuela", "Caracas"), ("GUY", "Guyana", "Georgetown"),
    ]
    static let given =
        "Sergei Maria Taro Yoko Wei Li Min-ho Ji-won Rajesh Priya Imran Hina John Emily Jean Sophie Heiko Angela José Lucía João Ana Nikol Lilit Jeyhun Leyla Abbas Maryam Faisal Noura Yair Tzipi Dmytro Olena Mehmet Ayşe Kwame Amina Lars Ingrid"
        .split(separator: " ").map(String.init)
    static let syllables = "ka ro vi ne ta mo shi lu de ra po ki an bel dor fen gu hal is jor".split(separator: " ").map(String.init)
    static let titles = ["Foreign Minister", "Prime Minister", "President", "Defence Minister", "Ambassador", "Deputy Foreign Minister", nil]

    /// A surname of four syllables that no other person index shares.
    static func surname(_ index: Int) -> String {
        let s = syllables.count
        var n = (index &* 7919) % (s * s * s * s)
        var word = ""
        for _ in 0..<4 {
            word += syllables[n % s]
            n /= s
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    func build() throws -> Summary {
        if FileManager.default.fileExists(atPath: path) { throw BenchError("\(path): already exists; give a new file") }
        let clock = ContinuousClock()
        let start = clock.now
        let store = try Store(path: path)
        let db = store.database
        // Generous page cache: the meetings indexes are filled in random key order. The rows go
        // straight to the file, without the write-ahead log a load keeps for crash safety; the
        // file is back in WAL mode, as the Store leaves it, once they are in.
        try db.execute("PRAGMA cache_size = -400000; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        var random = SplitMix64(seed: 1_000_003)
        var summary = Summary()
        let peopleCount = max(100, meetings * 3 / 100)
        let articleCount = max(10, meetings / 4)
        let days = Self.days(from: 2000, to: 2025)

        try db.transaction {
            let country = try db.prepare("INSERT INTO countries (code, name) VALUES (?, ?)")
            for c in Self.countries { try country.run(c.code, c.name) }

            let person = try db.prepare("INSERT INTO people (id, name, name_key, country, title) VALUES (?, ?, ?, ?, ?)")
            let alias = try db.prepare("INSERT OR IGNORE INTO person_aliases (person_id, alias_key, alias) VALUES (?, ?, ?)")
            let surnameKey = try db.prepare("INSERT OR IGNORE INTO person_surnames (surname_key, person_id) VALUES (?, ?)")
            for id in 1...peopleCount {
                let surname = Self.surname(id)
                let name = Self.given[random.below(Self.given.count)] + " " + surname
                try person.run(
                    id, name, NameKey.person(name), Self.countries[random.below(Self.countries.count)].code,
                    Self.titles[random.below(Self.titles.count)])
                try alias.run(id, NameKey.person(name), name)
                try alias.run(id, NameKey.person(surname), surname)
                try surnameKey.run(PersonName(name).surname, id)
            }
            // The aliases' trigram index, which the Store's writer fills alias by alias.
            try db.execute("INSERT INTO person_alias_trigrams (person_id, alias_key, alias) SELECT person_id, alias_key, alias FROM person_aliases")
            summary.people = peopleCount

            let article = try db.prepare("INSERT INTO articles (id, content_hash, title, published, source, body) VALUES (?, ?, ?, ?, ?, ?)")
            let sentence = try db.prepare("INSERT INTO sentences (article_id, idx, start, \"end\", text) VALUES (?, 0, 0, ?, ?)")
            var published: [Int] = [0]
            for id in 1...articleCount {
                let day = random.below(days.count)
                published.append(day)
                let body =
                    "Officials met in \(Self.countries[id % Self.countries.count].capital) on \(days[day]) to discuss trade, security and the disputed territories (report \(id))."
                try article.run(
                    id, String(repeating: "0", count: 48) + String(format: "%016x", id), "Report \(id)", days[day],
                    "wire-\(id % 7)", body)
                try sentence.run(id, body.unicodeScalars.count, body)
            }
            summary.articles = articleCount

            try writeTerritories(db, articleCount: articleCount, random: &random, summary: &summary)

            let meeting = try db.prepare(
                """
                INSERT INTO meetings (id, status, date, date_precision, place, mode, participant_key, article_id, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
                """)
            // The meeting's date goes beside each participant, as the Store's writer puts it.
            let participant = try db.prepare("INSERT OR IGNORE INTO meeting_participants (meeting_id, person_id, position, date) VALUES (?, ?, ?, ?)")
            let source = try db.prepare("INSERT OR IGNORE INTO meeting_sources (meeting_id, article_id, sentence, status) VALUES (?, ?, 0, ?)")
            for id in 1...meetings {
                let size = random.chance(85) ? 2 : random.chance(66) ? 3 : 4
                var people: [Int] = []
                while people.count < size {
                    // Squaring a uniform number gives a heavy head: low ids meet far more often.
                    let u = random.unit()
                    let p = 1 + min(peopleCount - 1, Int(u * u * Double(peopleCount)))
                    if !people.contains(p) { people.append(p) }
                }
                let articleID = 1 + random.below(articleCount)
                let status = random.chance(85) ? "held" : "planned"
                let dated = random.chance(92)
                let day = max(0, published[articleID] - random.below(4))
                let place = random.chance(70) ? Self.countries[random.below(Self.countries.count)].capital : nil
                let date = dated ? days[day] : nil
                try meeting.run(
                    id, status, date, dated ? "day" : "none", place,
                    random.chance(88) ? "in_person" : "call", people.sorted().map(String.init).joined(separator: ","), articleID)
                for (position, p) in people.enumerated() { try participant.run(id, p, position, date) }
                try source.run(id, articleID, status)
                summary.sources += 1
                var extra = random.chance(75) ? 0 : random.chance(70) ? 1 : 2
                while extra > 0 {
                    try source.run(id, 1 + random.below(articleCount), random.chance(90) ? "held" : "planned")
                    summary.sources += 1
                    extra -= 1
                }
                summary.participants += size
            }
            summary.meetings = meetings
        }
        try db.execute("ANALYZE; PRAGMA journal_mode = WAL")
        summary.seconds = (clock.now - start).seconds
        return summary
    }

    /// Forty disputed territories, each named two or three ways with the side that uses each name,
    /// claimed by two or three states, with claims and mentions spread over the articles.
    private func writeTerritories(_ db: Database, articleCount: Int, random: inout SplitMix64, summary: inout Summary) throws {
        let territory = try db.prepare("INSERT INTO territories (id, name) VALUES (?, ?)")
        let name = try db.prepare("INSERT OR IGNORE INTO territory_names (territory_id, name, name_key, used_by) VALUES (?, ?, ?, ?)")
        let claim = try db.prepare("INSERT INTO claims (territory_id, country, kind, article_id, sentence) VALUES (?, ?, ?, ?, 0)")
        let mention = try db.prepare(
            """
            INSERT INTO mentions (article_id, sentence, start, "end", entity_kind, territory_id) VALUES (?, 0, 40, 52, 'territory', ?)
            """)
        // The articles of territory mentions, as the Store's writer lists them (claims' by trigger).
        let territoryArticle = try db.prepare("INSERT OR IGNORE INTO territory_articles (territory_id, article_id) VALUES (?, ?)")
        let territories = 40
        var claimants: [[String]] = [[]]
        for id in 1...territories {
            let base = Self.surname(100_000 + id)
            try territory.run(id, base + " Islands")
            var sides: [String] = []
            while sides.count < 2 + (id % 2) {
                let c = Self.countries[random.below(Self.countries.count)].code
                if !sides.contains(c) { sides.append(c) }
            }
            claimants.append(sides)
            try name.run(id, base + " Islands", NameKey.territory(base + " Islands"), nil as String?)
            for (n, side) in sides.enumerated() {
                let local = Self.surname(200_000 + id * 4 + n)
                try name.run(id, local, NameKey.territory(local), side)
            }
        }
        let claims = max(territories, meetings / 50)
        let mentions = max(territories, meetings / 25)
        for _ in 0..<claims {
            let t = 1 + random.below(territories)
            let sides = claimants[t]
            try claim.run(t, sides[random.below(sides.count)], random.chance(30) ? "holds" : "claims", 1 + random.below(articleCount))
        }
        for _ in 0..<mentions {
            let (article, territory) = (1 + random.below(articleCount), 1 + random.below(territories))
            try mention.run(article, territory)
            try territoryArticle.run(territory, article)
        }
        summary.claims = claims
        summary.mentions = mentions
    }

    /// Every day from January 1st of `from` to December 31st of `to`, as YYYY-MM-DD.
    static func days(from: Int, to: Int) -> [String] {
        var days: [String] = []
        for year in from...to {
            for month in 1...12 {
                let count = [31, Day.isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
                for day in 1...count { days.append(String(format: "%04d-%02d-%02d", year, month, day)) }
            }
        }
        return days
    }
}
