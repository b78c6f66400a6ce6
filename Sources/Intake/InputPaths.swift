#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a list of command-line paths stands for, in order: standard input (`-`), each regular
/// file (a folder stands for the files under it), or a path that cannot be read, with the reason.
/// Article files and fact lines are read from the same kinds of paths, so both walk them here.
enum InputSource {
    case standardInput
    case file(PathName)
    case problem(Origin, reason: String)
}

enum InputPaths {
    static func forEach(_ names: [PathName], _ body: (InputSource) throws -> Void) rethrows {
        for path in names {
            if path.bytes == [UInt8(ascii: "-")] {
                try body(.standardInput)
                continue
            }
            var info = stat()
            guard path.withCString({ stat($0, &info) }) == 0 else {
                let code = errno
                let reason = code == ENOENT ? "no such file or folder" : "cannot be read: \(ChunkedInput.describe(errno: code))"
                try body(.problem(Origin(path: path.display), reason: reason))
                continue
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                try body(.file(path))
                continue
            }
            for entry in FolderWalker.entries(under: path) {
                switch entry {
                case .file(let file): try body(.file(file))
                case .problem(let where_, let reason): try body(.problem(Origin(path: where_.display), reason: reason))
                }
            }
        }
    }
}
