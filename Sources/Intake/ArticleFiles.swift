import Foundation
import Extraction

/// The user's paths (files, folders read recursively, "-" for stdin) as a stream of articles
/// and problems, in a stable order (folders sorted by name).
public struct ArticleFiles: Sendable {
    public var paths: [String]
    public var options: IntakeOptions

    public init(paths: [String], options: IntakeOptions = IntakeOptions()) {
        self.paths = paths
        self.options = options
    }

    public func forEach(_ body: (IntakeItem) throws -> Void) rethrows {
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                try read(data, origin: Origin(path: "-"), body)
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                try body(.failure(Origin(path: path), reason: "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                for file in Self.files(under: path) { try readFile(file, body) }
            } else {
                try readFile(path, body)
            }
        }
    }

    static func files(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let full = (folder as NSString).appendingPathComponent(relative)
            var isDir: ObjCBool = false
            if (relative as NSString).lastPathComponent.hasPrefix(".") {
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), isDir.boolValue { walker.skipDescendants() }
                continue
            }
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { found.append(full) }
        }
        return found.sorted()
    }

    private func readFile(_ path: String, _ body: (IntakeItem) throws -> Void) rethrows {
        let origin = Origin(path: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            try body(.failure(origin, reason: "cannot be read"))
            return
        }
        try read(data, origin: origin, body)
    }

    private func read(_ data: Data, origin: Origin, _ body: (IntakeItem) throws -> Void) rethrows {
        if data.isEmpty {
            try body(.failure(origin, reason: "empty file"))
            return
        }
        if data.count > options.maxArticleBytes {
            try body(.failure(origin, reason: "article of \(data.count) bytes exceeds the limit of \(options.maxArticleBytes) bytes"))
            return
        }
        var article = PlainText.parse(String(decoding: data, as: UTF8.self))
        if article.date == nil { article.date = options.defaultDate }
        try body(.article(article, origin))
    }
}
