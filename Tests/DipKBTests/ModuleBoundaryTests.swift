import Foundation
import Testing

/// The package graph's promises, checked on the sources: SwiftPM on Linux lets a target import
/// a module it does not declare once that module is built, so the compiler alone does not
/// keep the layers apart.
struct ModuleBoundaryTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// The modules each Swift file of `target` imports (`@_exported` re-exports included).
    static func imports(of target: String) throws -> [String: Set<String>] {
        let folder = sources.appendingPathComponent(target)
        var found: [String: Set<String>] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let at = words.firstIndex(of: "import"), words[..<at].allSatisfy({ $0.hasPrefix("@") }),
                    at + 1 < words.count
                else { continue }
                found[name, default: []].insert(String(words[at + 1]))
            }
        }
        return found
    }

    static let system: Set<String> = ["Foundation", "Glibc", "Darwin", "Dispatch", "Synchronization"]

    @Test func storeReachesSQLiteOnlyThroughItsLayer() throws {
        for (file, modules) in try Self.imports(of: "Store") {
            #expect(!modules.contains("CSQLite"), "Sources/Store/\(file) imports CSQLite")
        }
    }

    @Test func intakeNeedsTheArticleModelNotTheExtractor() throws {
        for (file, modules) in try Self.imports(of: "Intake") {
            #expect(modules.isSubset(of: Self.system.union(["ArticleModel"])), "Sources/Intake/\(file) imports \(modules.sorted())")
        }
    }

    /// DipKBServer (`dipkb serve`) is the one other layer above DipKB the executable uses.
    @Test func theExecutableReachesTheRestThroughDipKB() throws {
        let files = try Self.imports(of: "dipkb")
        #expect(!files.isEmpty)
        for (file, modules) in files {
            #expect(modules.isSubset(of: Self.system.union(["DipKB", "DipKBServer", "ArgumentParser"])), "Sources/dipkb/\(file) imports \(modules.sorted())")
        }
    }
}
