#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The slowest input of a fuzzing run, kept for the run's report: libFuzzer's own
/// `-report_slow_units` counts whole seconds, while an input that is slow for its size (a cost
/// growing with the square of the input) shows in milliseconds long before it hits the
/// per-input time budget. The input is saved to `$FUZZ_SLOWEST` each time a slower one appears.
enum SlowestInput {
    nonisolated(unsafe) private static var nanoseconds: Int64 = 0
    nonisolated(unsafe) private static var size = 0
    nonisolated(unsafe) private static var runs = 0

    static func measure(_ bytes: UnsafeBufferPointer<UInt8>, _ body: () -> Void) {
        let started = ContinuousClock.now
        body()
        let elapsed = ContinuousClock.now - started
        let nanos = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        runs += 1
        guard nanos > nanoseconds else { return }
        nanoseconds = nanos
        size = bytes.count
        if let path = getenv("FUZZ_SLOWEST"), let file = fopen(path, "wb") {
            if let base = bytes.baseAddress { fwrite(base, 1, bytes.count, file) }
            fclose(file)
        }
    }

    /// One line for the run's report, written to stderr at exit.
    static func report() {
        guard runs > 0 else { return }
        let line = "slowest input: \(nanoseconds / 1_000_000) ms for \(size) bytes (of \(runs) runs)\n"
        writeError(line)
    }
}
