// libFuzzer entry over the plain-text article reader and the extractor.
// Built with `swift build -c release --sanitize fuzzer --product dipkb-fuzz` (see `make fuzz`),
// libFuzzer supplies `main` and calls LLVMFuzzerTestOneInput. In an ordinary build the top-level
// code below runs instead and replays the files named on the command line (crash inputs, say).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    ArticleInvariants.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

for path in CommandLine.arguments.dropFirst() {
    guard let f = fopen(path, "rb") else {
        writeError("dipkb-fuzz: \(path): cannot be read\n")
        exit(1)
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, $0.count, f) }
        if n == 0 { break }
        bytes += chunk[0..<n]
    }
    fclose(f)
    bytes.withUnsafeBufferPointer { ArticleInvariants.check($0) }
    print("\(path): ok (\(bytes.count) bytes)")
}

/// stderr without touching C's global `stderr`, which Swift 6 treats as shared mutable state.
func writeError(_ message: String) {
    var message = message
    message.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}
