/// Where the lines of a body end: at LF, or at CR alone (old Mac files); in CR LF the CR is
/// trailing space of its line. Eight bytes are tested at a time: a body is mostly long
/// paragraphs, and a byte-by-byte test of every byte cost more than the test for page junk.
enum LineBreaks {
    /// The index of the first line break at or after `start`, `bytes.count` where none is left.
    static func next(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var i = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if hasByte(word, 10) || hasByte(word, 13) { break }
                i += 8
            }
        }
        while i < n {
            let b = bytes[i]
            if b == 10 || (b == 13 && (i + 1 == n || bytes[i + 1] != 10)) { return i }
            i += 1
        }
        return n
    }

    /// Whether any of the eight bytes of `word` is `byte` (the exact test for a zero byte after
    /// an xor: no false answers either way).
    @inline(__always) static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & 0x8080_8080_8080_8080 != 0
    }
}
