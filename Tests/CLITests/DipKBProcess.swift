import Foundation

/// The built `dipkb` executable, run as a user would run it.
struct DipKBProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable sits next to the test bundle in the build folder (.build*/debug).
    static let executable: URL = {
        let candidates = [Bundle.main.executableURL, Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
        for case let url? in candidates {
            var folder = url.deletingLastPathComponent()
            for _ in 0..<4 {
                let binary = folder.appendingPathComponent("dipkb")
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDir), !isDir.boolValue { return binary }
                folder = folder.deletingLastPathComponent()
            }
        }
        fatalError("cannot find the built dipkb executable next to \(CommandLine.arguments[0])")
    }()

    /// A fresh temporary folder for a test's files and database.
    static func folder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dipkb-cli-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(
        _ arguments: [String], in folder: URL, stdin: String? = nil, environment: [String: String] = [:],
        launcher: [String] = [], stdout: String? = nil, stderr: String? = nil
    ) throws -> Output {
        let input = Pipe()
        let running = try launch(
            arguments, in: folder, launcher: launcher, environment: environment, input: input,
            stdout: stdout, stderr: stderr)
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        return try running.wait()
    }
}

extension DipKBProcess {
    /// A dipkb running in the background, its output going to files.
    final class Running {
        let process: Process
        private let out: URL
        private let err: URL

        init(process: Process, out: URL, err: URL) {
            self.process = process
            self.out = out
            self.err = err
        }

        var isRunning: Bool { process.isRunning }

        func kill() { Foundation.kill(process.processIdentifier, SIGKILL) }

        func wait() throws -> Output {
            process.waitUntilExit()
            defer {
                try? FileManager.default.removeItem(at: out)
                try? FileManager.default.removeItem(at: err)
            }
            return Output(
                status: process.terminationStatus,
                stdout: try String(contentsOf: out, encoding: .utf8),
                stderr: try String(contentsOf: err, encoding: .utf8))
        }
    }

    /// Starts dipkb without waiting for it. `launcher` runs it through another program
    /// (e.g. setpriv) when given.
    static func start(_ arguments: [String], in folder: URL, launcher: [String] = []) throws -> Running {
        try launch(arguments, in: folder, launcher: launcher, environment: [:], input: nil)
    }

    /// Starts dipkb in `folder`, without `$DIPKB_DB`, reading `input` (else nothing).
    /// `stdout` and `stderr`, when given, are files to write to instead (/dev/full, say); what
    /// the process writes there is not captured.
    private static func launch(
        _ arguments: [String], in folder: URL, launcher: [String],
        environment: [String: String], input: Pipe?,
        stdout: String? = nil, stderr: String? = nil
    ) throws -> Running {
        let process = Process()
        if let first = launcher.first {
            process.executableURL = URL(fileURLWithPath: first)
            process.arguments = Array(launcher.dropFirst()) + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "DIPKB_DB")
        env.merge(environment) { $1 }
        process.environment = env
        // Files rather than pipes, so a large output cannot fill a pipe and stall the child.
        let out = folder.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = folder.appendingPathComponent(".stderr-\(UUID().uuidString)")
        try Data().write(to: out)
        try Data().write(to: err)
        process.standardOutput = try FileHandle(forWritingTo: stdout.map(URL.init(fileURLWithPath:)) ?? out)
        process.standardError = try FileHandle(forWritingTo: stderr.map(URL.init(fileURLWithPath:)) ?? err)
        if let input { process.standardInput = input } else { process.standardInput = FileHandle.nullDevice }
        try process.run()
        return Running(process: process, out: out, err: err)
    }
}

/// The repository's root folder, found from this file's path.
func repositoryRoot() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// Writes small articles of our own into `folder/articles`.
@discardableResult
func writeArticles(in folder: URL) throws -> URL {
    let articles = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try """
    Title: Ministers meet in Moscow
    Date: 2019-01-16
    Source: https://example.org/one

    Japanese Foreign Minister Taro Kono held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Monday.
    """.write(to: articles.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
    try """
    Title: Leaders to meet, "again", in Osaka
    Date: 2019-06-20

    Shinzo Abe is to meet Vladimir Putin in Osaka, the capital of trade.
    """.write(to: articles.appendingPathComponent("sub/two.txt"), atomically: true, encoding: .utf8)
    return articles
}
