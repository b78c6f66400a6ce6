import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files under a folder, recursively, in a stable order (names sorted in each folder,
/// depth first). Hidden names are skipped; symbolic links are followed, but each folder is
/// entered once, so a link back to an ancestor cannot loop.
struct FolderWalker {
    enum Entry: Equatable {
        case file(PathName)
        /// Something in the folder that cannot be read as a file; the reason is for the user.
        case problem(PathName, reason: String)
    }

    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    static func entries(under folder: String) -> [Entry] {
        entries(under: PathName(folder))
    }

    static func entries(under folder: PathName) -> [Entry] {
        var walker = FolderWalker()
        var found: [Entry] = []
        var info = stat()
        if folder.withCString({ stat($0, &info) }) == 0 {
            walker.visited.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
        }
        walker.walk(folder, into: &found)
        return found
    }

    private var visited: Set<FolderID> = []

    private mutating func walk(_ folder: PathName, into found: inout [Entry]) {
        let names: [[UInt8]]
        switch Self.names(in: folder) {
        case .success(let listed): names = listed
        case .failure(let failure):
            found.append(.problem(folder, reason: "cannot list folder: \(failure.reason)"))
            return
        }
        for name in names {
            let path = folder.appending(name)
            var info = stat()
            guard path.withCString({ stat($0, &info) }) == 0 else {
                let code = errno
                let reason =
                    switch code {
                    case ENOENT: "broken symbolic link (its target does not exist)"
                    case ELOOP: "symbolic link loop, skipped"
                    default: "cannot be read: \(ChunkedInput.describe(errno: code))"
                    }
                found.append(.problem(path, reason: reason))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                // Entered once, however many links lead here: a link to an ancestor ends the descent.
                if visited.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted {
                    walk(path, into: &found)
                }
            case S_IFREG:
                found.append(.file(path))
            default:
                // A FIFO or device inside a folder could block or never end; only named ones are read.
                found.append(.problem(path, reason: "not a regular file, skipped"))
            }
        }
    }

    /// The names in `folder` as bytes, since a name need not be UTF-8.
    private static func names(in folder: PathName) -> Result<[[UInt8]], ChunkedInput.ReadFailure> {
        guard let dir = folder.withCString({ opendir($0) }) else {
            return .failure(ChunkedInput.ReadFailure(reason: ChunkedInput.describe(errno: errno)))
        }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                let start = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
                return Array(UnsafeBufferPointer(start: start, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))))
            }
            if name.first == UInt8(ascii: ".") { continue }
            names.append(name)
        }
        // Byte order, so the order never depends on locale or Unicode normalisation.
        return .success(names.sorted { $0.lexicographicallyPrecedes($1) })
    }
}
