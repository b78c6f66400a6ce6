import ArgumentParser
import DipKB
import Foundation

/// The command line as the system gave it, in bytes. ArgumentParser sees `CommandLine.arguments`,
/// where a file name that is not valid UTF-8 has already had its bad bytes replaced, and so
/// no longer names the file; paths are looked up here again to open them by their bytes.
enum RawArguments {
    /// The argument that reads as `argument`, as bytes; `argument` itself when none does.
    static func pathName(for argument: String) -> PathName {
        for bytes in all where String(decoding: bytes, as: UTF8.self) == argument { return PathName(bytes: bytes) }
        return PathName(argument)
    }

    /// Refuses a path that was not valid UTF-8 on the command line (as `--option PATH` or
    /// `--option=PATH`) where dipkb can only use a path as text: the database and the files it
    /// writes or reads whole. Its repaired spelling would name another file, which a load would
    /// create and --output would write.
    static func requireText(_ path: String, for option: String) throws {
        let invalid = all.first { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            return String(validating: bytes, as: UTF8.self) == nil && (text == path || text == option + "=" + path)
        }
        guard let invalid else { return }
        var shown = DisplayText.escaping(invalid)
        if shown.hasPrefix(option + "=") { shown.removeFirst(option.count + 1) }
        throw ValidationError("\(option) needs a path in UTF-8; \(shown) is not")
    }

    /// Every argument after the program's name, as bytes.
    private static var all: [[UInt8]] {
        (1..<Int(CommandLine.argc)).compactMap { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return nil }
            let length = strlen(pointer)
            return pointer.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
        }
    }
}
