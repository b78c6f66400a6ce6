import Foundation
import SQLite
import Store
import Testing

/// The second round of hostile input (issue 14): what a careless or malicious user can hand
/// dipkb, each case with the behaviour the README promises.

private func loadedDatabase() throws -> URL {
    let folder = DipKBProcess.folder()
    try writeArticles(in: folder)
    let result = try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    return folder
}

private func fileBytes(_ folder: URL, _ name: String) throws -> Data {
    try Data(contentsOf: folder.appendingPathComponent(name))
}

// MARK: Query files

@Test func queryFileBlockThatWritesIsRefusedWhenLoadedAndChangesNothing() throws {
    let folder = try loadedDatabase()
    let count = ["sql", "--db", "kb.sqlite", "--format", "csv", "SELECT count(*) AS n FROM articles"]
    #expect(try DipKBProcess.run(count, in: folder).stdout == "n\r\n2\r\n")
    let blocks: [(sql: String, reason: String)] = [
        ("DELETE FROM articles", "would change the database"),
        ("INSERT INTO countries (code, name) VALUES ('XXX', 'Nowhere')", "would change the database"),
        ("PRAGMA journal_mode = DELETE", "would change the database"),
        ("PRAGMA user_version = 9", "would change the database"),
        ("/* settings */ pragma secure_delete = 1", "is a PRAGMA statement"),
        ("PRAGMA optimize", "is a PRAGMA statement"),
        ("ATTACH 'other.sqlite' AS other", "would change the database"),
        ("SELECT 1;\nDELETE FROM articles", "holds more than one SQL statement"),
    ]
    for block in blocks {
        try "-- name: fine\nSELECT 1 AS one\n\n-- name: harm\n-- description: Looks harmless.\n\(block.sql)\n"
            .write(to: folder.appendingPathComponent("harm.sql"), atomically: true, encoding: .utf8)
        let before = try fileBytes(folder, "kb.sqlite")
        for command in [
            ["query", "harm", "--db", "kb.sqlite", "--queries", "harm.sql"], ["query", "fine", "--db", "kb.sqlite", "--queries", "harm.sql"],
            ["queries", "--queries", "harm.sql"],
        ] {
            let result = try DipKBProcess.run(command, in: folder)
            #expect(result.status == 1, "\(block.sql)")
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("dipkb: harm.sql:4: query harm \(block.reason)"), "\(block.sql): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try fileBytes(folder, "kb.sqlite") == before, "\(block.sql)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("other.sqlite").path))
    }
    #expect(try DipKBProcess.run(count, in: folder).stdout == "n\r\n2\r\n")
    let version = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "--format", "csv", "PRAGMA user_version"], in: folder)
    #expect(version.stdout == "user_version\r\n\(Store.schemaVersion)\r\n")
}

// MARK: Output that cannot be written

/// Every command that prints, with what it needs in the folder of `loadedDatabase()`.
private let printingCommands: [[String]] = [
    ["query", "articles", "--db", "kb.sqlite"],
    ["sql", "--db", "kb.sqlite", "SELECT title FROM articles"],
    ["graph", "--db", "kb.sqlite"],
    ["extract", "articles/one.txt"],
    ["extract", "articles/one.txt", "--format", "table"],
    ["queries"],
    ["load", "--db", "kb.sqlite", "articles"],
]

@Test func outputToAFullDiskIsOneLineAndExitOne() throws {
    let folder = try loadedDatabase()
    for command in printingCommands {
        let result = try DipKBProcess.run(command, in: folder, stdout: "/dev/full")
        #expect(result.status == 1, "\(command)")
        #expect(result.stderr == "dipkb: cannot write to standard output: No space left on device\n", "\(command)")
    }
}

@Test func outputToAClosedStandardOutputIsOneLineAndExitOne() throws {
    let folder = try loadedDatabase()
    // The shell starts dipkb with descriptor 1 closed.
    let closingStdout = ["/bin/sh", "-c", "exec \"$0\" \"$@\" >&-"]
    for command in printingCommands {
        let result = try DipKBProcess.run(command, in: folder, launcher: closingStdout)
        #expect(result.status == 1, "\(command)")
        #expect(result.stderr == "dipkb: cannot write to standard output: it is closed\n", "\(command)")
    }
    // Nothing was written into a file that took descriptor 1's place.
    let count = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "--format", "csv", "SELECT count(*) AS n FROM articles"], in: folder)
    #expect(count.stdout == "n\r\n2\r\n", "\(count.stderr)")
}

@Test func loadGoesOnStoringWhenItsWarningsCannotBeWritten() throws {
    let folder = DipKBProcess.folder()
    let articles = try writeArticles(in: folder)
    // A failure and a warning, both said on stderr, which is full.
    try Data([0x00, 0x01, 0x02, 0x00]).write(to: articles.appendingPathComponent("binary.txt"))
    try Data("Date: 2019-02-30\n\nKono met Lavrov \u{FF}.\n".utf8 + [0xFF]).write(to: articles.appendingPathComponent("warned.txt"))
    let result = try DipKBProcess.run(["load", "--db", "kb.sqlite", "articles"], in: folder, stderr: "/dev/full")
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("3 new, 0 skipped, 1 failed, "))
    let count = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "--format", "csv", "SELECT count(*) AS n FROM articles"], in: folder)
    #expect(count.stdout == "n\r\n3\r\n")
}

// MARK: Output paths

@Test func graphOutputOntoTheDatabaseOrItsFilesIsRefused() throws {
    let folder = try loadedDatabase()
    let fm = FileManager.default
    try fm.createSymbolicLink(atPath: folder.appendingPathComponent("link.db").path, withDestinationPath: "kb.sqlite")
    try fm.linkItem(atPath: folder.appendingPathComponent("kb.sqlite").path, toPath: folder.appendingPathComponent("hard.db").path)
    try fm.createSymbolicLink(atPath: folder.appendingPathComponent("dangling").path, withDestinationPath: "kb.sqlite-journal")
    try fm.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    let before = try fileBytes(folder, "kb.sqlite")
    for (db, output) in [
        ("kb.sqlite", "kb.sqlite"), ("kb.sqlite", "./sub/../kb.sqlite"), ("kb.sqlite", "link.db"), ("kb.sqlite", "hard.db"),
        ("kb.sqlite", "kb.sqlite-wal"), ("kb.sqlite", "kb.sqlite-shm"), ("kb.sqlite", "dangling"),
        ("link.db", "kb.sqlite-wal"), ("link.db", "kb.sqlite"), ("hard.db", "kb.sqlite"),
    ] {
        let result = try DipKBProcess.run(["graph", "--db", db, "--output", output], in: folder)
        #expect(result.status == 1, "\(db) \(output)")
        #expect(result.stderr == "dipkb: \(output): refused as --output: it is the database \(db) or one of its files\n")
        #expect(try fileBytes(folder, "kb.sqlite") == before, "\(db) \(output)")
    }
    #expect(!fm.fileExists(atPath: folder.appendingPathComponent("kb.sqlite-journal").path))
    let check = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "--format", "csv", "SELECT count(*) AS n FROM articles"], in: folder)
    #expect(check.stdout == "n\r\n2\r\n", "\(check.stderr)")
    let fine = try DipKBProcess.run(["graph", "--db", "kb.sqlite", "--output", "sub/graph.dot"], in: folder)
    #expect(fine.status == 0, "\(fine.stderr)")
    #expect(try String(contentsOf: folder.appendingPathComponent("sub/graph.dot"), encoding: .utf8).hasPrefix("graph"))
}

// MARK: Byte-order marks and NUL

private func storedBodies(_ folder: URL) throws -> [String] {
    let result = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "--format", "json", "SELECT body, title FROM articles ORDER BY id"], in: folder)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    return rows.map { ($0["body"] as? String ?? "") + "|" + ($0["title"] as? String ?? "") }
}

@Test func jsonWithAByteOrderMarkLoadsFromFilesAndStdin() throws {
    let folder = DipKBProcess.folder()
    let bom = Data([0xEF, 0xBB, 0xBF])
    try (bom + Data(#"[{"text": "Kono met Lavrov in Moscow.", "title": "Array"}]"#.utf8)).write(to: folder.appendingPathComponent("array.json"))
    try (bom + Data(#"{"text": "Kono met Lavrov in Tokyo.", "title": "Object"}"#.utf8)).write(to: folder.appendingPathComponent("object.json"))
    // Two JSON Lines files joined with cat: the second mark starts a line.
    try
        (bom + Data("{\"text\": \"Kono met Lavrov in Osaka.\", \"title\": \"Line one\"}\n".utf8) + bom
        + Data("{\"text\": \"Kono met Lavrov in Kyoto.\", \"title\": \"Line two\"}\n".utf8)).write(to: folder.appendingPathComponent("lines.jsonl"))
    let files = try DipKBProcess.run(["load", "--db", "kb.sqlite", "array.json", "object.json", "lines.jsonl"], in: folder)
    #expect(files.status == 0, "\(files.stderr)")
    #expect(files.stderr == "")
    #expect(files.stdout.hasPrefix("4 new, 0 skipped, 0 failed"))
    let stdin = try DipKBProcess.run(
        ["load", "--db", "kb.sqlite", "-"], in: folder,
        stdin: "\u{FEFF}[{\"text\": \"Kono met Lavrov in Nagoya.\", \"title\": \"Stdin\"}]")
    #expect(stdin.status == 0, "\(stdin.stderr)")
    #expect(stdin.stdout.hasPrefix("1 new, 0 skipped, 0 failed"))
    #expect(
        try storedBodies(folder) == [
            "Kono met Lavrov in Moscow.|Array", "Kono met Lavrov in Tokyo.|Object", "Kono met Lavrov in Osaka.|Line one",
            "Kono met Lavrov in Kyoto.|Line two", "Kono met Lavrov in Nagoya.|Stdin",
        ])
    let extract = try DipKBProcess.run(["extract", "array.json"], in: folder)
    #expect(extract.status == 0, "\(extract.stderr)")
}

@Test func nulInJSONIsReplacedWithAWarningNeverCuttingTheText() throws {
    let folder = DipKBProcess.folder()
    try
        (#"{"text": "Kono met Lavrov\u0000 in Moscow. They spoke of fishing.", "title": "Talks\u0000 one", "url": "https://example.org/\u0000x"}"# + "\n"
        + #"{"text": "Kono met Lavrov\u0000 in Tokyo."}"# + "\n"
        + #"{"items": [{"body": ["First\u0000 part.", "Second part."]}]}"# + "\n")
        .write(to: folder.appendingPathComponent("nul.jsonl"), atomically: true, encoding: .utf8)
    let result = try DipKBProcess.run(["load", "--db", "kb.sqlite", "nul.jsonl"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    // Two articles that differ only after the NUL stay two.
    #expect(result.stdout.hasPrefix("3 new, 0 skipped, 0 failed"))
    #expect(
        result.stderr == """
            dipkb: nul.jsonl:1: warning: NUL character (\\u0000) in "text", "title", "url" replaced with a replacement character
            dipkb: nul.jsonl:2: warning: NUL character (\\u0000) in "text" replaced with a replacement character
            dipkb: nul.jsonl:3: warning: items[0]: NUL character (\\u0000) in "body" replaced with a replacement character

            """)
    #expect(
        try storedBodies(folder) == [
            "Kono met Lavrov\u{FFFD} in Moscow. They spoke of fishing.|Talks\u{FFFD} one",
            "Kono met Lavrov\u{FFFD} in Tokyo.|", "First\u{FFFD} part.\n\nSecond part.|",
        ])
}

@Test func nulBytePastTheSampleOfAPlainTextFileIsReplacedNotCut() throws {
    let folder = DipKBProcess.folder()
    // The first 8 KiB are plain text, so the file is not judged binary; the NUL comes later.
    let opening = String(repeating: "Kono spoke of the weather at length.\n", count: 300) + "Kono met Lavrov"
    let text = opening + "\u{0} in Moscow on the last day.\n"
    try Data(text.utf8).write(to: folder.appendingPathComponent("long.txt"))
    let result = try DipKBProcess.run(["load", "--db", "kb.sqlite", "long.txt"], in: folder)
    #expect(result.status == 0)
    #expect(result.stderr == "dipkb: long.txt: warning: NUL byte at byte \(opening.utf8.count) replaced with a replacement character\n")
    #expect(try storedBodies(folder).first?.hasSuffix("Kono met Lavrov\u{FFFD} in Moscow on the last day.\n|") == true)
}

// MARK: File names

/// Creates `folder/name` (any bytes) holding `contents`.
private func createFile(named name: [UInt8], in folder: URL, contents: [UInt8]) throws {
    let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
    let fd = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) } }
    #expect(fd >= 0)
    _ = contents.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
}

@Test func fileNamesThatAreNotUTF8OrHoldControlsLoadAndPrintOnOneLine() throws {
    let folder = DipKBProcess.folder()
    let inputs = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
    try createFile(
        named: Array("bad".utf8) + [0xFF] + Array(".txt".utf8), in: inputs,
        contents: Array("Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow.\n".utf8))
    try createFile(named: Array("new\nline.txt".utf8), in: inputs, contents: Array("Kono met Lavrov in Tokyo.\n".utf8))
    // A name made to forge a second error line and colour the terminal, on a file that fails.
    try createFile(named: Array("esc\u{1B}[31mred\ndipkb: forged.txt: bogus".utf8), in: inputs, contents: [0, 1, 2, 0])
    let folderLoad = try DipKBProcess.run(["load", "--db", "kb.sqlite", "in"], in: folder)
    #expect(folderLoad.status == 1)
    #expect(folderLoad.stdout.hasPrefix("2 new, 0 skipped, 1 failed"))
    #expect(folderLoad.stderr == "dipkb: in/esc\\x1B[31mred\\x0Adipkb: forged.txt: bogus: binary file (contains NUL bytes), refused\n")

    // Named on the command line: the shell hands dipkb the raw bytes.
    let withRawNames = ["/bin/sh", "-c", #"exec "$0" "$@" "$(printf 'in/bad\377.txt')" "$(printf 'in/new\nline.txt')" "$(printf 'in/gone\033\377')""#]
    let named = try DipKBProcess.run(["load", "--db", "named.sqlite"], in: folder, launcher: withRawNames)
    #expect(named.status == 1)
    #expect(named.stdout.hasPrefix("2 new, 0 skipped, 1 failed"))
    #expect(named.stderr == "dipkb: in/gone\\x1B\\xFF: no such file or folder\n")
    let extract = try DipKBProcess.run(
        ["extract", "--format", "json"], in: folder,
        launcher: ["/bin/sh", "-c", #"exec "$0" "$@" "$(printf 'in/bad\377.txt')""#])
    #expect(extract.status == 0, "\(extract.stderr)")
    #expect(extract.stdout.contains("Sergei Lavrov"))
}

// MARK: Long runs without sentence ends

@Test func aTwoHundredKilobyteSentenceIsExtractedAndLoaded() throws {
    let folder = DipKBProcess.folder()
    // One line, no full stop: names and words of encounter, repeated with commas.
    let unit = "Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow, and "
    let text = String(repeating: unit, count: 200_000 / unit.utf8.count + 1)
    try text.write(to: folder.appendingPathComponent("long.txt"), atomically: true, encoding: .utf8)
    let extract = try DipKBProcess.run(["extract", "long.txt"], in: folder)
    #expect(extract.status == 0, "\(extract.stderr)")
    let facts = try #require(try JSONSerialization.jsonObject(with: Data(extract.stdout.utf8)) as? [String: Any])
    #expect((facts["people"] as? [Any])?.isEmpty == false)
    let load = try DipKBProcess.run(["load", "--db", "kb.sqlite", "long.txt"], in: folder)
    #expect(load.status == 0, "\(load.stderr)")
    #expect(load.stdout.hasPrefix("1 new, 0 skipped, 0 failed"))
}

@Test func pathsUsedAsTextThatAreNotUTF8AreRefusedNotReplaced() throws {
    let folder = try loadedDatabase()
    // A repaired spelling would name another file: a load would create a second database.
    let cases: [(command: String, message: String)] = [
        (#"exec "$0" load --db "$(printf 'kb\377.sqlite')" articles"#, "dipkb: --db needs a path in UTF-8; kb\\xFF.sqlite is not\n"),
        (#"exec "$0" load --db="$(printf 'kb\377.sqlite')" articles"#, "dipkb: --db needs a path in UTF-8; kb\\xFF.sqlite is not\n"),
        (#"exec "$0" graph --db kb.sqlite --output "$(printf 'g\377.dot')""#, "dipkb: --output needs a path in UTF-8; g\\xFF.dot is not\n"),
        (#"exec "$0" queries --queries "$(printf 'q\377.sql')""#, "dipkb: --queries needs a path in UTF-8; q\\xFF.sql is not\n"),
    ]
    let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
    for (command, message) in cases {
        let result = try DipKBProcess.run([], in: folder, launcher: ["/bin/sh", "-c", command])
        #expect(result.status == 2, "\(command)")
        #expect(result.stderr == message)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted() == before)
    // An input whose name merely ends like the database's is no reason to refuse.
    let fine = try DipKBProcess.run(
        ["load", "--db", "kb.sqlite"], in: folder,
        launcher: ["/bin/sh", "-c", #"exec "$0" "$@" "$(printf 'missing\377 kb.sqlite')""#])
    #expect(fine.stderr == "dipkb: missing\\xFF kb.sqlite: no such file or folder\n")
}

// MARK: Line ends and JSON escapes

@Test func carriageReturnLineEndsKeepTheHeaderAndEverySentence() throws {
    let folder = DipKBProcess.folder()
    let lines = [
        "Title: Ministers meet", "Date: 2019-01-16", "", "Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow on Monday",
        "Shinzo Abe is to meet Vladimir Putin in Osaka next week",
    ]
    // The same article with old Mac (CR), Windows (CR LF) and Unix (LF) line ends.
    for (name, end) in [("mac.txt", "\r"), ("windows.txt", "\r\n"), ("unix.txt", "\n")] {
        try (lines.joined(separator: end) + end).write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    var facts: [String] = []
    for name in ["unix.txt", "windows.txt", "mac.txt"] {
        let extract = try DipKBProcess.run(["extract", name], in: folder)
        #expect(extract.status == 0, "\(extract.stderr)")
        facts.append(extract.stdout)
    }
    // No line break runs two lines into one sentence: a full stop is missing on purpose.
    #expect(facts[0].contains("Vladimir Putin"))
    // CR and LF are one byte each, so even the evidence offsets agree; CR LF shifts them.
    #expect(facts[2] == facts[0])
    #expect(facts[1].contains("Vladimir Putin"))
    let load = try DipKBProcess.run(["load", "--db", "kb.sqlite", "mac.txt"], in: folder)
    #expect(load.status == 0)
    #expect(load.stderr == "")
    let stored = try DipKBProcess.run(
        [
            "sql", "--db", "kb.sqlite", "--format", "csv",
            "SELECT title, published, (SELECT count(*) FROM meetings) AS meetings FROM articles",
        ], in: folder)
    #expect(stored.stdout == "title,published,meetings\r\nMinisters meet,2019-01-16,2\r\n", "\(stored.stderr)")
}

@Test func aLoneSurrogateEscapeIsReplacedWithAWarning() throws {
    let folder = DipKBProcess.folder()
    // A high half alone, a low half alone, an escaped backslash before "ud800" (text, not an
    // escape) and a whole pair.
    try
        (#"{"text": "Kono met Lavrov \ud800 in Moscow.", "title": "Half \udc00"}"# + "\n"
        + #"{"text": "Kono met Lavrov in Tokyo: \\ud800 \ud83d\ude00."}"# + "\n")
        .write(to: folder.appendingPathComponent("halves.jsonl"), atomically: true, encoding: .utf8)
    let result = try DipKBProcess.run(["load", "--db", "kb.sqlite", "halves.jsonl"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("2 new, 0 skipped, 0 failed"))
    #expect(result.stderr == "dipkb: halves.jsonl:1: warning: lone surrogate escape (\\ud800) replaced with a replacement character\n")
    #expect(try storedBodies(folder) == ["Kono met Lavrov \u{FFFD} in Moscow.|Half \u{FFFD}", "Kono met Lavrov in Tokyo: \\ud800 \u{1F600}.|"])
}

// MARK: Results of any size

@Test func sqlStreamsAnEndlessResultInEveryFormat() throws {
    let folder = try loadedDatabase()
    let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x, 'row ' || x AS label FROM c"
    // Gathering the rows first would print nothing before memory (2 GiB here) or time ran out.
    let firstLines = ["/bin/sh", "-c", #"ulimit -v 2097152; timeout 60 "$0" "$@" | head -n 4"#]
    let expected = [
        "table": "   x  label\n----  --------\n   1  row 1\n   2  row 2\n",
        "json": "[\n  {\"x\":1,\"label\":\"row 1\"},\n  {\"x\":2,\"label\":\"row 2\"},\n  {\"x\":3,\"label\":\"row 3\"},\n",
        "csv": "x,label\r\n1,row 1\r\n2,row 2\r\n3,row 3\r\n",
    ]
    for (format, lines) in expected {
        let result = try DipKBProcess.run(["sql", "--db", "kb.sqlite", "--format", format, endless], in: folder, launcher: firstLines)
        #expect(result.stdout == lines, "\(format)")
        #expect(result.stderr == "", "\(format)")
    }
}
