// libFuzzer entry over the plain-text article reader and the extractor.
//
// `make fuzz` (bench/fuzz.sh) compiles everything with libFuzzer's coverage instrumentation and
// -DFUZZING, and links libFuzzer without its `main`; this top-level code then hands control to
// libFuzzer's driver. `swift build --sanitize fuzzer` cannot build this package: it compiles every
// executable, the embed-data build tool included, as a library with libFuzzer's `main`, and
// embed-data has top-level code; linking libFuzzer's `main` into it instead fails as a duplicate.
// In an ordinary build the same code replays the files named on the command line (crash inputs,
// say), so `swift build` and `swift test` need nothing special.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
    SlowestInput.measure(bytes) { ArticleInvariants.check(bytes) }
    return 0
}

#if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    atexit { SlowestInput.report() }
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
#else
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
#endif

/// stderr without touching C's global `stderr`, which Swift 6 treats as shared mutable state.
func writeError(_ message: String) {
    var message = message
    message.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}
