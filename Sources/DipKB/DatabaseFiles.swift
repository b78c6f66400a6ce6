import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files that make up one database on disk: the file and the companions SQLite keeps next to
/// it. A path the user gives for something else (an `--output` file, an input met in a folder)
/// is one of them when it names the same file however it is spelt: through `.`/`..`, symbolic
/// links (even one whose target does not exist yet) or a hard link, compared by device and
/// inode where the file exists and by resolved folder and name where it does not yet.
public struct DatabaseFiles: Sendable {
    /// SQLite's companion files are named by appending these to the database's path.
    static let suffixes = ["", "-wal", "-shm", "-journal"]
    /// Symbolic links followed before giving up, as the kernel does (its ELOOP limit).
    static let maxLinks = 40

    public let path: String

    public init(path: String) {
        self.path = path
    }

    public func contains(_ candidate: String) -> Bool {
        // SQLite keeps the companions next to the file a symbolic link leads to.
        let bases = [path] + [Self.resolved(path)].compactMap { $0 }
        let files = bases.flatMap { base in Self.suffixes.map { base + $0 } }
        if let id = Self.fileID(candidate) {
            return files.contains { Self.fileID($0) == id }
        }
        guard let target = Self.resolved(candidate) else { return false }
        return files.contains { Self.resolved($0) == target }
    }

    private struct FileID: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    private static func fileID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The absolute path `path` leads to: its folder resolved by the system, and a final
    /// symbolic link followed by hand, since realpath(3) fails for a file that does not exist.
    static func resolved(_ path: String) -> String? {
        var current = path
        for _ in 0..<maxLinks {
            let url = URL(fileURLWithPath: current)
            let folder = url.deletingLastPathComponent().path
            let name = url.lastPathComponent
            guard let real = realpath(folder, nil) else { return nil }
            defer { free(real) }
            let resolvedFolder = String(cString: real)
            let full = (resolvedFolder == "/" ? "" : resolvedFolder) + "/" + name
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(full, &buffer, buffer.count - 1)
            guard count > 0 else { return full }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : resolvedFolder + "/" + target
        }
        return nil
    }
}
