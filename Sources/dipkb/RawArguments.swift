import Foundation
import Intake

/// The command line as the system gave it, in bytes. ArgumentParser sees `CommandLine.arguments`,
/// where a file name that is not valid UTF-8 has already had its bad bytes replaced, and so
/// no longer names the file; paths are looked up here again to open them by their bytes.
enum RawArguments {
    /// The argument that reads as `argument`, as bytes; `argument` itself when none does.
    static func pathName(for argument: String) -> PathName {
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let length = strlen(pointer)
            let bytes = pointer.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
            if String(decoding: bytes, as: UTF8.self) == argument { return PathName(bytes: bytes) }
        }
        return PathName(argument)
    }
}
