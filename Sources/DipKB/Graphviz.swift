import Foundation

/// Graphviz's `dot`, run to turn DOT text into an SVG or PNG picture.
public enum Graphviz {
    public enum Format: String, Sendable, CaseIterable {
        case svg, png
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notInstalled(format: String)
        case failed(status: Int32, message: String)

        public var description: String {
            switch self {
            case .notInstalled(let format):
                return
                    "--format \(format) needs Graphviz's dot, which is not installed (install it with `make setup` or `apt-get install graphviz`, or use --format dot)"
            case .failed(let status, let message):
                return "dot failed (exit status \(status)): \(message.isEmpty ? "no message" : message)"
            }
        }
    }

    /// The `dot` executable on PATH, if any.
    public static func executable(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Renders `dot` text with `dot -T<format>`. Input and output go through temporary files, so
    /// a large picture cannot fill a pipe and stall either side.
    public static func render(_ source: String, as format: Format) throws -> Data {
        guard let dot = executable() else { throw Failure.notInstalled(format: format.rawValue) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dipkb-graph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("graph.dot")
        let output = folder.appendingPathComponent("graph.\(format.rawValue)")
        let errors = folder.appendingPathComponent("stderr")
        try Data(source.utf8).write(to: input)
        try Data().write(to: errors)
        let process = Process()
        process.executableURL = dot
        process.arguments = ["-T\(format.rawValue)", "-o", output.path, input.path]
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw Failure.failed(
                status: process.terminationStatus,
                message: message.split(separator: "\n").first.map(String.init) ?? "")
        }
        return try Data(contentsOf: output)
    }
}
