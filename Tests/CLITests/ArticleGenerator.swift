import Foundation

/// Small articles of our own for the crash and concurrency tests: people with titles and
/// nationalities, meetings held, planned and by phone, territorial claims, some without a date.
/// Every article is different (each carries its number), so none is skipped as a duplicate.
struct ArticleGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64: the same seed gives the same articles, so a failure can be reproduced.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }

    static let firstNames = [
        "Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ivan", "Julia",
        "Kenji", "Lena", "Marco", "Nadia", "Omar", "Pavel", "Rosa", "Sami", "Tomas", "Vera",
    ]
    static let surnames = [
        "Albers", "Brandt", "Castell", "Dorn", "Ellison", "Falk", "Grieve", "Holm", "Ivers", "Jansen",
        "Kessler", "Lund", "Moreau", "Nyberg", "Orlov", "Petrov", "Quist", "Rahm", "Sato", "Tanaka",
    ]
    static let states: [(adjective: String, name: String)] = [
        ("Japanese", "Japan"), ("Russian", "Russia"), ("Chinese", "China"), ("French", "France"), ("German", "Germany"),
        ("Indian", "India"), ("British", "Britain"), ("Pakistani", "Pakistan"), ("Ukrainian", "Ukraine"), ("South Korean", "South Korea"),
    ]
    static let titles = ["Foreign Minister", "President", "Prime Minister", "Defense Minister"]
    static let places = ["Vienna", "Geneva", "Oslo", "Helsinki", "Singapore"]
    static let disputes = [
        ("Japan", "Russia", "the Kuril Islands"), ("India", "Pakistan", "Kashmir"),
        ("Ukraine", "Russia", "Crimea"), ("South Korea", "Japan", "Dokdo"),
    ]

    /// Article `number` as a plain-text file with a header block.
    mutating func article(_ number: Int) -> String {
        var used: Set<String> = []
        func person(_ generator: inout ArticleGenerator) -> String {
            while true {
                let name = generator.pick(Self.firstNames) + " " + generator.pick(Self.surnames)
                if used.insert(name).inserted { return name }
            }
        }
        var sentences: [String] = []
        for _ in 0..<(1 + next(3)) {
            let a = pick(Self.states)
            let b = pick(Self.states.filter { $0.name != a.name })
            let p = person(&self)
            let q = person(&self)
            switch next(3) {
            case 0:
                sentences.append(
                    "\(a.adjective) \(pick(Self.titles)) \(p) held talks with \(b.adjective) \(pick(Self.titles)) \(q) in \(pick(Self.places)) on Monday.")
            case 1:
                sentences.append(
                    "\(a.adjective) \(pick(Self.titles)) \(p) will meet \(b.adjective) \(pick(Self.titles)) \(q) in \(pick(Self.places)) next month.")
            default: sentences.append("\(a.adjective) \(pick(Self.titles)) \(p) spoke by phone with \(b.adjective) \(pick(Self.titles)) \(q) on Tuesday.")
            }
            if next(2) == 0 { sentences.append("\(a.name) and \(b.name) discussed trade and visas.") }
        }
        if next(2) == 0 {
            let (claimant, holder, territory) = pick(Self.disputes)
            sentences.append("\(claimant) claims \(territory), which \(holder) holds.")
        }
        sentences.append("This was report number \(number).")
        var header = "Title: Report \(number)\n"
        if next(5) != 0 { header += "Date: 2019-\(String(format: "%02d", 1 + next(12)))-\(String(format: "%02d", 1 + next(28)))\n" }
        return header + "\n" + sentences.joined(separator: " ") + "\n"
    }

    /// Writes articles `numbers` as `folder/NNNNN.txt`.
    static func write(_ numbers: Range<Int>, to folder: URL, seed: UInt64 = 1) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for number in numbers {
            // One generator per article, so an article's text does not depend on the range.
            var generator = ArticleGenerator(seed: seed &* 1_000_003 &+ UInt64(number))
            try generator.article(number).write(
                to: folder.appendingPathComponent(String(format: "%05d.txt", number)),
                atomically: false, encoding: .utf8)
        }
    }
}
