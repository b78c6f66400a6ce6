import Foundation
import PackagePlugin

/// Embeds the readable data files a target lists in its `embed.list` (one path per line,
/// relative to the package root; a folder stands for every file directly inside it), so the
/// binary carries its schema, queries and gazetteers and works from any folder.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let list = target.directoryURL.appendingPathComponent("embed.list")
        guard let text = try? String(contentsOf: list, encoding: .utf8) else { return [] }
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for line in text.split(separator: "\n") {
            let entry = line.trimmingCharacters(in: .whitespaces)
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            let url = root.appendingPathComponent(entry)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
                throw PluginError(message: "embed.list of \(target.name) names \(entry), which does not exist")
            }
            if isDir.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
                inputs += names.filter { !$0.hasPrefix(".") }.map { url.appendingPathComponent($0) }
            } else {
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("Embedded.swift")
        return [
            .buildCommand(
                displayName: "Embedding data files into \(target.name)",
                executable: try context.tool(named: "embed-data").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs + [list],
                outputFiles: [output])
        ]
    }
}

struct PluginError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
