// dipkb-corpus --seed N --count N (--out FOLDER | --jsonl FILE)
// A deterministic corpus of news-like articles for benchmarks: the same seed and count give the
// same bytes, with no randomness from the system.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func fail(_ message: String, status: Int32) -> Never {
    writeError("dipkb-corpus: \(message)\n")
    exit(status)
}

let usage = "usage: dipkb-corpus --seed N --count N (--out FOLDER | --jsonl FILE)"
var seed: UInt64?
var count: Int?
var target: CorpusSink.Target?
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard let value = arguments.popFirst() else { fail("\(flag) needs a value\n\(usage)", status: 2) }
    switch flag {
    case "--seed": seed = UInt64(value)
    case "--count": count = Int(value)
    case "--out": target = .folder(value)
    case "--jsonl": target = .jsonLines(value)
    default: fail("unknown option \(flag)\n\(usage)", status: 2)
    }
}
guard let seed, let count, count >= 0, let target else { fail(usage, status: 2) }

do {
    var sink = try CorpusSink(target)
    var generator = ArticleGenerator(seed: seed)
    for n in 1...max(count, 1) where n <= count {
        try sink.write(generator.next(), number: n)
    }
    try sink.finish()
} catch {
    fail(error.description, status: 1)
}

/// stderr without touching C's global `stderr`, which Swift 6 treats as shared mutable state.
func writeError(_ message: String) {
    var message = message
    message.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}
