import ArticleModel
import Foundation

@testable import Intake

/// A folder of fixture files for one test, removed when the test lets go of it.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "dipkb-intake-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        // Restore permissions a test took away, or removal fails.
        if let walker = FileManager.default.enumerator(atPath: path) {
            while let relative = walker.nextObject() as? String {
                chmod(path + "/" + relative, 0o755)
            }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let full = path + "/" + name
        try! FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: full, contents: Data(bytes)), "cannot write \(full)")
        return full
    }
}

/// What the reader delivered, flattened for checks.
struct Delivered {
    var items: [IntakeItem] = []

    var articles: [Article] {
        items.compactMap { if case .article(let a, _) = $0 { a } else { nil } }
    }
    var failures: [String] {
        items.compactMap { if case .failure(let o, let reason) = $0 { "\(o): \(reason)" } else { nil } }
    }
    var warnings: [String] {
        items.compactMap { if case .warning(let o, let message) = $0 { "\(o): \(message)" } else { nil } }
    }
    /// Articles and failures: exactly one per single-article file.
    var outcomes: Int { articles.count + failures.count }
}

func load(_ paths: [String], options: IntakeOptions = IntakeOptions(), chunkSize: Int? = nil) -> Delivered {
    var files = ArticleFiles(paths: paths, options: options)
    if let chunkSize { files.chunkSize = chunkSize }
    var delivered = Delivered()
    files.forEach { delivered.items.append($0) }
    return delivered
}

func load(_ path: String, options: IntakeOptions = IntakeOptions(), chunkSize: Int? = nil) -> Delivered {
    load([path], options: options, chunkSize: chunkSize)
}

/// Whether this process can read files whatever their permissions (root can).
var permissionsAreEnforced: Bool { geteuid() != 0 }
